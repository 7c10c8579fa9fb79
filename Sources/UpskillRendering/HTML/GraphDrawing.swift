import UpskillCurriculum

/// The prerequisite graph as inline SVG: the roadmap's skills laid out in layers by
/// ``LayeredLayout``, each box coloured by status with its name, hours, weeks and best
/// resource; the target roles at the bottom.
struct GraphDrawing {
    /// Box sizes and fonts, in SVG pixels.
    static let nodeWidth = 176.0
    static let nodeHeight = 82.0
    static let targetWidth = 240.0
    static let targetHeight = 46.0
    static let nameFont = 12.5
    static let metaFont = 11.0
    static let resourceFont = 10.5
    static let padding = 9.0

    let view: RoadmapView
    let layout: LayeredLayout
    /// The graph nodes drawn as boxes (the skills), as indices into the view's graph.
    let drawn: [Int]
    /// The drawn edges, as indices into the view's graph edges.
    let drawnEdges: [Int]
    /// The target roles, drawn as a finish line under the graph rather than as a node
    /// every last skill points at (twenty edges converging on one box hide the rest).
    let targets: [Role]
    /// The view's graph, made once.
    let graph: RoadmapGraph
    static let finishHeight = 78.0

    /// Lays out the view's graph at its natural width (no wrapping of layers: the page
    /// scrolls the figure sideways instead, as long edges cost more than scrolling).
    init(view: RoadmapView) {
        self.view = view
        let graph = view.graph
        self.graph = graph
        var options = LayeredLayout.Options()
        options.horizontalGap = 18
        options.layerGap = 52
        var drawn: [Int] = []
        var targets: [Role] = []
        var box: [Int: Int] = [:]
        for (position, node) in graph.nodes.enumerated() {
            switch node {
            case .step:
                box[position] = drawn.count
                drawn.append(position)
            case .role(let role):
                targets.append(view.roadmap.catalog.roles[Int(role)])
            }
        }
        var edges: [(from: Int, to: Int)] = []
        var drawnEdges: [Int] = []
        for (index, edge) in graph.edges.enumerated() {
            guard let from = box[edge.from], let to = box[edge.to] else { continue }
            edges.append((from, to))
            drawnEdges.append(index)
        }
        self.drawn = drawn
        self.drawnEdges = drawnEdges
        self.targets = targets
        let sizes = drawn.map { _ in LayeredLayout.Size(width: Self.nodeWidth, height: Self.nodeHeight) }
        layout = LayeredLayout(sizes: sizes, edges: edges, options: options)
    }

    /// The `<svg>` element.
    func svg() -> String {
        let width = max(layout.width, Self.targetWidth + 40)
        let graphHeight = max(layout.height, 40)
        let height = graphHeight + (targets.isEmpty ? 0 : Self.finishHeight)
        var out: [String] = []
        out.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" viewBox=\"0 0 \(width.svg) \(height.svg)\" width=\"\(width.svg)\" height=\"\(height.svg)\" role=\"img\" aria-labelledby=\"graph-title\">"
        )
        out.append("<title id=\"graph-title\">Prerequisite graph: \(XMLText.escape(view.displayTitle()))</title>")
        out.append(
            "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 1 L 9 5 L 0 9 z\" class=\"arrowhead\"/></marker></defs>"
        )
        // Edges first, under the boxes.
        out.append("<g class=\"edges\">")
        let steps = view.allSteps
        for route in layout.routes {
            let edge = graph.edges[drawnEdges[route.edge]]
            var classes = "edge"
            if case .step(let index) = graph.nodes[edge.from], steps[index].status.isFinished { classes += " met" }
            out.append("<path class=\"\(classes)\" d=\"\(Self.path(route.points))\" marker-end=\"url(#arrow)\"/>")
        }
        out.append("</g>")
        out.append("<g class=\"nodes\">")
        for (box, position) in drawn.enumerated() {
            if case .step(let index) = graph.nodes[position] {
                out.append(stepNode(steps[index], frame: layout.frames[box]))
            }
        }
        out.append("</g>")
        if !targets.isEmpty {
            let lineY = graphHeight + 6
            out.append(
                "<line class=\"finish-line\" x1=\"16\" y1=\"\(lineY.svg)\" x2=\"\((width - 16).svg)\" y2=\"\(lineY.svg)\"/>")
            let gap = 16.0
            let total = Double(targets.count) * Self.targetWidth + Double(targets.count - 1) * gap
            var x = (width - total) / 2
            for role in targets {
                let frame = LayeredLayout.Frame(
                    x: x, y: lineY + (Self.finishHeight - 6 - Self.targetHeight) / 2, width: Self.targetWidth,
                    height: Self.targetHeight)
                out.append(roleNode(role, frame: frame))
                x += Self.targetWidth + gap
            }
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    /// A smooth path through a route: vertical tangents where it leaves and enters boxes
    /// and layers, straight down through layers it crosses.
    static func path(_ points: [LayeredLayout.Point]) -> String {
        guard let first = points.first else { return "" }
        var d = "M \(first.x.svg) \(first.y.svg)"
        var index = 1
        var previous = first
        while index < points.count {
            let point = points[index]
            if index % 2 == 1 {
                // Between layers: a cubic curve with vertical tangents.
                let middle = (previous.y + point.y) / 2
                d += " C \(previous.x.svg) \(middle.svg) \(point.x.svg) \(middle.svg) \(point.x.svg) \(point.y.svg)"
            } else {
                // Through a layer, beside the boxes.
                d += " L \(point.x.svg) \(point.y.svg)"
            }
            previous = point
            index += 1
        }
        return d
    }

    private func stepNode(_ step: RoadmapView.Step, frame: LayeredLayout.Frame) -> String {
        let padding = Self.padding
        let inner = frame.width - 2 * padding
        let mark = step.status == .done ? "✓ " : ""
        let nameLines = TextMetrics.wrap(
            mark + step.skill.name, width: inner - 4, fontSize: Self.nameFont, bold: true, maxLines: 2)
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
        var out: [String] = []
        out.append("<g class=\"node \(StatusPalette.cssClass(step.status))\">")
        out.append("<title>\(XMLText.escape(tooltip(step)))</title>")
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
        var y = frame.y + padding + Self.nameFont
        if nameLines.count == 1 { y += Self.nameFont * 0.6 }
        for line in nameLines {
            out.append("<text class=\"name\" x=\"\((frame.x + padding).svg)\" y=\"\(y.svg)\">\(XMLText.escape(line))</text>")
            y += Self.nameFont * 1.22
        }
        let metaY = frame.maxY - padding - Self.resourceFont * 1.45
        meta = TextMetrics.ellipsized(meta, width: inner, fontSize: Self.metaFont)
        out.append("<text class=\"meta\" x=\"\((frame.x + padding).svg)\" y=\"\(metaY.svg)\">\(XMLText.escape(meta))</text>")
        if let resource = step.resources.first {
            let title = TextMetrics.ellipsized(
                "↗ " + PlainText.singleLine(resource.title), width: inner, fontSize: Self.resourceFont)
            let text =
                "<text class=\"resource\" x=\"\((frame.x + padding).svg)\" y=\"\((frame.maxY - padding).svg)\">\(XMLText.escape(title))</text>"
            if let url = URLText.safe(resource.url) {
                out.append("<a href=\"\(XMLText.attribute(url))\" target=\"_blank\" rel=\"noopener noreferrer\">\(text)</a>")
            } else {
                out.append(text)
            }
        }
        out.append("</g>")
        return out.joined()
    }

    private func roleNode(_ role: Role, frame: LayeredLayout.Frame) -> String {
        let name = TextMetrics.ellipsized(
            PlainText.singleLine(role.name), width: frame.width - 40, fontSize: 14, bold: true)
        return "<g class=\"node target\"><title>\(XMLText.escape(role.name + (role.description.isEmpty ? "" : ": " + role.description)))</title>"
            + "<rect class=\"box\" x=\"\(frame.x.svg)\" y=\"\(frame.y.svg)\" width=\"\(frame.width.svg)\" height=\"\(frame.height.svg)\" rx=\"\((frame.height / 2).svg)\"/>"
            + "<text class=\"goal\" x=\"\(frame.midX.svg)\" y=\"\((frame.y + 17).svg)\" text-anchor=\"middle\">GOAL</text>"
            + "<text class=\"role\" x=\"\(frame.midX.svg)\" y=\"\((frame.y + 35).svg)\" text-anchor=\"middle\">\(XMLText.escape(name))</text></g>"
    }

    /// What hovering a box shows: the full name, status, description, why and resources.
    private func tooltip(_ step: RoadmapView.Step) -> String {
        var lines = ["\(step.skill.name) — \(step.status.label)"]
        if !step.skill.description.isEmpty { lines.append(step.skill.description) }
        if step.number > 0 { lines.append("Why: " + step.why()) }
        for (label, resource) in zip(["Learn", "Also"], step.resources) {
            lines.append("\(label): \(resource.title) (\(resource.details))")
        }
        return lines.joined(separator: "\n")
    }
}
