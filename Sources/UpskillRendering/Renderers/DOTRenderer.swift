import UpskillPlanner

/// The plan's prerequisite graph for Graphviz (`dot -Tsvg roadmap.dot -o roadmap.svg`):
/// one box per skill with its hours and weeks, coloured by status, linking to its best
/// resource; left to right, the target roles at the right end in a "Goal" cluster with the
/// skills that lead only to them lined up in one column before them.
package struct DOTRenderer: RoadmapRenderer {
    package static let format = "dot"
    package static let fileExtension = "dot"
    package static let summary = "The prerequisite graph for Graphviz: dot -Tsvg roadmap.dot -o roadmap.svg."

    package init(options: RenderOptions) {}

    package func render(_ roadmap: Roadmap, progress: RoadmapProgress?) -> String {
        let view = RoadmapView(roadmap, progress: progress)
        let totals = view.totals
        let font = DOTText.quoted("Helvetica,Arial,sans-serif")
        let title =
            DOTText.escape("Roadmap: " + view.displayTitle()) + "\\n"
            + DOTText.escape(
                "\(Format.hours(totals.headlineHours)) hours · \(totals.weeksPhrase()) at \(Format.hours(totals.hoursPerWeek)) h/week · \(Format.date(totals.start)) → \(Format.date(totals.finish))"
            )
        var lines = [
            "digraph roadmap {",
            "    graph [label=\"\(title)\", labelloc=t, fontname=\(font), fontsize=16, rankdir=LR, nodesep=0.25, ranksep=0.5, bgcolor=\"white\"];",
            "    node [shape=box, style=\"rounded,filled\", fontname=\(font), fontsize=11, margin=\"0.15,0.07\", color=\"#94a3b8\", fillcolor=\"#f8fafc\", fontcolor=\"#334155\"];",
            "    edge [color=\"#94a3b8\", arrowsize=0.7];",
        ]
        let steps = view.allSteps
        let graph = view.graph
        for (position, node) in graph.nodes.enumerated() {
            switch node {
            case .step(let index):
                let step = steps[index]
                var detail = "\(Format.hours(step.hours)) h"
                if let weeks = step.weeks {
                    detail += weeks.count == 1 ? " · week \(weeks.lowerBound)" : " · weeks \(weeks.lowerBound)–\(weeks.upperBound)"
                }
                // "later" is every box that is not ready yet: noise. The colours say it.
                if step.status != .later { detail += " · " + step.status.label.lowercased() }
                let (fill, stroke, text) = Self.colors(step.status)
                var attributes = [
                    "label=\"\(DOTText.escape((step.status == .done ? "✓ " : "") + step.skill.name))\\n\(DOTText.escape(detail))\"",
                    "fillcolor=\"\(fill)\"", "color=\"\(stroke)\"", "fontcolor=\"\(text)\"",
                    "tooltip=\(DOTText.quoted(step.skill.description.isEmpty ? step.skill.name : step.skill.description))",
                ]
                if step.status == .ready || step.status == .inProgress { attributes.append("penwidth=2") }
                if step.status == .skipped { attributes.append("style=\"rounded,filled,dashed\"") }
                if let resource = step.resources.first, let url = URLText.safe(resource.url) {
                    attributes.append("URL=\(DOTText.quoted(url))")
                    attributes.append("target=\"_blank\"")
                }
                lines.append("    n\(position) [\(attributes.joined(separator: ", "))];")
            case .role(let role):
                let name = view.roadmap.catalog.roles[Int(role)].name
                lines.append(
                    "    n\(position) [label=\(DOTText.quoted(name)), shape=box, style=\"rounded,filled,bold\", fillcolor=\"#1e293b\", color=\"#0f172a\", fontcolor=\"white\", fontsize=13];"
                )
            }
        }
        for edge in graph.edges {
            lines.append("    n\(edge.from) -> n\(edge.to);")
        }
        lines.append(contentsOf: goalCluster(view))
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The target roles in a cluster with the skills whose only dependents are roles, those
    /// on one rank (`rank=same`), so the edges into the goal arrive side by side rather than
    /// fanning in from every column.
    func goalCluster(_ view: RoadmapView) -> [String] {
        let graph = view.graph
        let roles = graph.nodes.indices.filter { if case .role = graph.nodes[$0] { true } else { false } }
        guard !roles.isEmpty else { return [] }
        let isRole = Set(roles)
        var successors = [[Int]](repeating: [], count: graph.nodes.count)
        for edge in graph.edges { successors[edge.from].append(edge.to) }
        let feeders = graph.nodes.indices.filter { node in
            !isRole.contains(node) && !successors[node].isEmpty && successors[node].allSatisfy(isRole.contains)
        }
        let names = roles.compactMap { node -> String? in
            guard case .role(let role) = graph.nodes[node] else { return nil }
            return view.roadmap.catalog.roles[Int(role)].name
        }
        let label = (names.count == 1 ? "Goal: " : "Goals: ") + names.joined(separator: ", ")
        var lines = [
            "    subgraph cluster_goal {",
            "        label=\(DOTText.quoted(label)); labeljust=l; fontsize=12; style=\"rounded,dashed\"; color=\"#94a3b8\"; fontcolor=\"#334155\";",
        ]
        if !feeders.isEmpty {
            lines.append("        { rank=same; " + feeders.map { "n\($0);" }.joined(separator: " ") + " }")
        }
        lines.append("        { rank=same; " + roles.map { "n\($0);" }.joined(separator: " ") + " }")
        lines.append("    }")
        return lines
    }

    /// Fill, border and text colours; the palette matches the HTML page.
    static func colors(_ status: StepStatus) -> (String, String, String) {
        switch status {
        case .done: ("#dcfce7", "#16a34a", "#14532d")
        case .inProgress: ("#fef3c7", "#d97706", "#78350f")
        case .ready: ("#dbeafe", "#2563eb", "#1e3a8a")
        case .later: ("#f8fafc", "#94a3b8", "#334155")
        case .skipped: ("#f1f5f9", "#cbd5e1", "#64748b")
        }
    }
}
