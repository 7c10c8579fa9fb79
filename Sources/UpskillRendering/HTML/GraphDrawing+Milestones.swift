import UpskillPlanner

/// The plan's milestones in the graph: a lane per milestone down the left side, a band
/// from the top of its first box to the bottom of its last, with its number and title;
/// each box carries its milestone's number in a badge of the same colour. The layout is
/// not bent to group the milestones (keeping each one's boxes side by side doubled the
/// built-in roadmap's crossings, 72 to 135), so a milestone is read by its lane and its
/// badges rather than by a region.
extension GraphDrawing {
    /// A milestone that holds drawn steps.
    struct Milestone {
        /// "Milestone 1 of 4: Ship one of your models".
        var title: String
        /// Its short title: "Ship one of your models".
        var name: String
        /// Its number among the plan's milestones (1 for the first).
        var number: Int
        /// Its colour, 1 to ``GraphDrawing/bandColours``.
        var band: Int
    }

    /// How many band colours the page style defines (`--band-1` …); more milestones reuse them.
    static let bandColours = 6
    /// The width of a milestone's lane.
    static let laneStep = 24.0

    /// The milestones of the plan that hold drawn steps, in plan order, and each box's.
    static func milestones(of view: RoadmapView, boxes: [Int], graph: RoadmapGraph) -> (
        milestones: [Milestone], ofBox: [Int?]
    ) {
        let roadmap = view.roadmap
        let steps = view.allSteps
        // Each box's milestone group, if it has one.
        let groups = boxes.map { position -> Int? in
            guard case .step(let index) = graph.nodes[position], let group = steps[index].planStep?.group,
                group < roadmap.plan.groups.count, case .milestone = roadmap.plan.groups[group].kind
            else { return nil }
            return group
        }
        // Numbered in plan order, as the other formats number them.
        var milestones: [Milestone] = []
        var indexOfGroup: [Int: Int] = [:]
        for group in Set(groups.compactMap { $0 }).sorted() {
            guard case .milestone(_, let milestone) = roadmap.plan.groups[group].kind else { continue }
            indexOfGroup[group] = milestones.count
            milestones.append(
                Milestone(
                    title: roadmap.heading(ofGroup: group).title, name: PlainText.singleLine(milestone.title),
                    number: roadmap.plan.groups[...group].filter { if case .milestone = $0.kind { true } else { false } }.count,
                    band: milestones.count % bandColours + 1))
        }
        return (milestones, groups.map { $0.flatMap { indexOfGroup[$0] } })
    }

    /// The room the lanes take on the left of the drawing.
    var laneWidth: Double {
        milestones.isEmpty ? 0 : Double(milestones.count) * Self.laneStep + 8
    }

    /// Each milestone's lane: a bar from the top of its first box to the bottom of its
    /// last, its number at the top and its title along it (or "Milestone N" when the
    /// title is longer than the bar; the whole title is in the legend and the tooltip).
    func milestoneLanes() -> [String] {
        guard !milestones.isEmpty else { return [] }
        var out = ["<g class=\"milestones\">"]
        for (index, milestone) in milestones.enumerated() {
            let frames = milestoneOfBox.indices.filter { milestoneOfBox[$0] == index }.map { layout.frames[$0] }
            guard let top = frames.map(\.y).min(), let bottom = frames.map(\.maxY).max() else { continue }
            let barX = 16 + Double(index) * Self.laneStep
            let length = bottom - top
            let labelSpace = length - 24
            var label = milestone.name
            if TextMetrics.width(label, fontSize: 11, bold: true) > labelSpace { label = "Milestone \(milestone.number)" }
            out.append("<g class=\"milestone band-\(milestone.band)\"><title>\(XMLText.escape(milestone.title))</title>")
            out.append(
                "<rect class=\"lane\" x=\"\(barX.svg)\" y=\"\(top.svg)\" width=\"6\" height=\"\(length.svg)\" rx=\"3\"/>")
            out.append(
                "<g class=\"badge\"><circle cx=\"\((barX + 3).svg)\" cy=\"\((top + 8).svg)\" r=\"8\"/><text x=\"\((barX + 3).svg)\" y=\"\((top + 11.5).svg)\" text-anchor=\"middle\">\(milestone.number)</text></g>"
            )
            if TextMetrics.width(label, fontSize: 11, bold: true) <= labelSpace {
                let x = barX + 18, y = top + 22
                out.append(
                    "<text class=\"lane-label\" transform=\"translate(\(x.svg) \(y.svg)) rotate(-90)\" text-anchor=\"end\">\(XMLText.escape(label))</text>"
                )
            }
            out.append("</g>")
        }
        out.append("</g>")
        return out
    }

    /// The milestones as a list above the drawing, each with its colour and whole title;
    /// empty when the plan has none.
    func milestoneLegend() -> String {
        guard !milestones.isEmpty else { return "" }
        let items = milestones.map { milestone in
            "<li><span class=\"band-number band-\(milestone.band)\">\(milestone.number)</span>\(XMLText.escape(milestone.title))</li>"
        }
        return "<ul class=\"legend milestone-legend\">" + items.joined() + "</ul>"
    }
}
