import UpskillCurriculum

/// The boxes of the graph: a skill's name, hours and weeks and best resource, each wrapped
/// to the box's width (never cut with "…"), and the target roles' pills.
extension GraphDrawing {
    /// A skill box's lines of text and the height they need.
    struct StepLabel {
        enum Kind { case name, meta, resource }
        var lines: [(kind: Kind, text: String)]
        var height: Double

        /// The height of a line of each kind.
        static func lineHeight(_ kind: Kind) -> Double {
            switch kind {
            case .name: GraphDrawing.nameFont * 1.22
            case .meta: GraphDrawing.metaFont * 1.3
            case .resource: GraphDrawing.resourceFont * 1.3
            }
        }

        /// The height of the text block: its lines and 4 pixels between name and the rest.
        var textHeight: Double { lines.reduce(0) { $0 + Self.lineHeight($1.kind) } + 4 }

        init(lines: [(kind: Kind, text: String)], height: Double) {
            self.lines = lines
            self.height = height
        }

        init(_ step: RoadmapView.Step) {
            let inner = GraphDrawing.nodeWidth - 2 * GraphDrawing.padding
            let mark = step.status == .done ? "✓ " : ""
            var lines: [(kind: Kind, text: String)] = []
            // Room on the first line's right for the milestone badge.
            for line in TextMetrics.wrap(
                mark + step.skill.name, width: inner - 8, fontSize: GraphDrawing.nameFont, bold: true, maxLines: .max)
            {
                lines.append((.name, line))
            }
            var meta = "\(Format.hours(step.hours)) h"
            if let weeks = step.weeks {
                meta += weeks.count == 1 ? " · week \(weeks.lowerBound)" : " · weeks \(weeks.lowerBound)–\(weeks.upperBound)"
            }
            switch step.status {
            case .inProgress: meta += " · \(Format.hours(step.hoursLogged)) h done"
            case .done where step.number == 0: meta += " · done"
            case .skipped: meta += " · skipped"
            default: break
            }
            for line in TextMetrics.wrap(meta, width: inner, fontSize: GraphDrawing.metaFont, maxLines: .max) {
                lines.append((.meta, line))
            }
            if let resource = step.resources.first {
                for line in TextMetrics.wrap(
                    "↗ " + PlainText.singleLine(resource.title), width: inner, fontSize: GraphDrawing.resourceFont,
                    maxLines: .max)
                {
                    lines.append((.resource, line))
                }
            }
            self.lines = lines
            height = 0
            height = max(GraphDrawing.nodeHeight, (textHeight + 2 * GraphDrawing.padding).rounded(.up))
        }
    }

    func stepNode(_ step: RoadmapView.Step, box: Int, frame: LayeredLayout.Frame, needs: [Int], needed: [Int]) -> String {
        let padding = Self.padding
        let label = labels[box]
        var out: [String] = []
        let milestone = milestoneOfBox[box]
        var attributes = "class=\"node \(StatusPalette.cssClass(step.status))\" id=\"\(Self.nodeID(box))\" tabindex=\"0\""
        attributes += " data-needs=\"\(needs.map(Self.nodeID).joined(separator: " "))\""
        attributes += " data-for=\"\(needed.map(Self.nodeID).joined(separator: " "))\""
        out.append("<g \(attributes)>")
        out.append("<title>\(XMLText.escape(tooltip(step, milestone: milestone)))</title>")
        out.append(
            "<rect class=\"box\" x=\"\(frame.x.svg)\" y=\"\(frame.y.svg)\" width=\"\(frame.width.svg)\" height=\"\(frame.height.svg)\" rx=\"9\"/>"
        )
        if step.status == .inProgress, step.hours > 0 {
            // How far along, as a bar on the bottom edge.
            let share = min(1, step.hoursLogged / step.hours)
            out.append(
                "<rect class=\"meter\" x=\"\(frame.x.svg)\" y=\"\((frame.maxY - 4).svg)\" width=\"\((frame.width * share).svg)\" height=\"4\" rx=\"2\"/>"
            )
        }
        if let milestone {
            let band = milestones[milestone].band
            let x = frame.maxX - 11, y = frame.y + 1
            out.append(
                "<g class=\"badge band-\(band)\"><circle cx=\"\(x.svg)\" cy=\"\(y.svg)\" r=\"8\"/><text x=\"\(x.svg)\" y=\"\((y + 3.5).svg)\" text-anchor=\"middle\">\(milestones[milestone].number)</text></g>"
            )
        }
        // The text block, centred in the box when the box is taller than it.
        var y = frame.y + max(padding, (frame.height - label.textHeight) / 2)
        var previous: StepLabel.Kind?
        var resourceLines: [String] = []
        for line in label.lines {
            if previous == .name && line.kind != .name { y += 4 }
            previous = line.kind
            let lineHeight = StepLabel.lineHeight(line.kind)
            y += lineHeight
            // The baseline sits a fifth of a line above the line's bottom.
            let baseline = y - lineHeight * 0.22
            switch line.kind {
            case .name:
                out.append(
                    "<text class=\"name\" x=\"\((frame.x + padding).svg)\" y=\"\(baseline.svg)\">\(XMLText.escape(line.text))</text>")
            case .meta:
                out.append(
                    "<text class=\"meta\" x=\"\((frame.x + padding).svg)\" y=\"\(baseline.svg)\">\(XMLText.escape(line.text))</text>")
            case .resource:
                resourceLines.append(
                    "<text class=\"resource\" x=\"\((frame.x + padding).svg)\" y=\"\(baseline.svg)\">\(XMLText.escape(line.text))</text>")
            }
        }
        if let resource = step.resources.first, !resourceLines.isEmpty {
            if let url = URLText.safe(resource.url) {
                out.append(
                    "<a href=\"\(XMLText.attribute(url))\" target=\"_blank\" rel=\"noopener noreferrer\">\(resourceLines.joined())</a>")
            } else {
                out.append(resourceLines.joined())
            }
        }
        out.append("</g>")
        return out.joined()
    }

    /// A role's name in lines that fit its pill.
    func roleLines(_ role: Role) -> [String] {
        TextMetrics.wrap(
            PlainText.singleLine(role.name), width: Self.targetWidth - 40, fontSize: Self.roleFont, bold: true,
            maxLines: .max)
    }

    /// The height of a role's pill with `lines` lines of name.
    static func roleHeight(lines: Int) -> Double {
        targetHeight + Double(max(0, lines - 1)) * roleFont * 1.2
    }

    func roleNode(_ role: Role, lines: [String], frame: LayeredLayout.Frame) -> String {
        var out =
            "<g class=\"node target\"><title>\(XMLText.escape(role.name + (role.description.isEmpty ? "" : ": " + role.description)))</title>"
            + "<rect class=\"box\" x=\"\(frame.x.svg)\" y=\"\(frame.y.svg)\" width=\"\(frame.width.svg)\" height=\"\(frame.height.svg)\" rx=\"\(min(frame.height / 2, 23).svg)\"/>"
            + "<text class=\"goal\" x=\"\(frame.midX.svg)\" y=\"\((frame.y + 17).svg)\" text-anchor=\"middle\">GOAL</text>"
        var y = frame.y + 35
        for line in lines {
            out +=
                "<text class=\"role\" x=\"\(frame.midX.svg)\" y=\"\(y.svg)\" text-anchor=\"middle\">\(XMLText.escape(line))</text>"
            y += Self.roleFont * 1.2
        }
        return out + "</g>"
    }

    /// What hovering a box shows: the full name, status, milestone, description, why and
    /// resources.
    func tooltip(_ step: RoadmapView.Step, milestone: Int?) -> String {
        var lines = ["\(step.skill.name) — \(step.status.label)"]
        if let milestone { lines.append(milestones[milestone].title) }
        if !step.skill.description.isEmpty { lines.append(step.skill.description) }
        if step.number > 0 { lines.append("Why: " + step.why()) }
        for (label, resource) in zip(["Learn", "Also"], step.resources) {
            lines.append("\(label): \(resource.title) (\(resource.details))")
        }
        return lines.joined(separator: "\n")
    }
}
