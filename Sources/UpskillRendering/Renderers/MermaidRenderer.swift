import UpskillPlanner

/// The plan's prerequisite graph as a Mermaid flowchart, which GitHub draws inside
/// Markdown: one box per skill with its hours and weeks, the target roles at the bottom,
/// coloured by status with `classDef`.
package struct MermaidRenderer: RoadmapRenderer {
    package static let format = "mermaid"
    package static let fileExtension = "mmd"
    package static let summary = "The prerequisite graph as a Mermaid flowchart (GitHub draws it in Markdown)."

    package init(options: RenderOptions) {}

    package func render(_ roadmap: Roadmap, progress: RoadmapProgress?) -> String {
        Self.lines(RoadmapView(roadmap, progress: progress)).joined(separator: "\n") + "\n"
    }

    /// The flowchart's lines, for this renderer and the Markdown one.
    static func lines(_ view: RoadmapView) -> [String] {
        var lines = ["flowchart TD"]
        let steps = view.allSteps
        var used: Set<String> = []
        let graph = view.graph
        for (position, node) in graph.nodes.enumerated() {
            switch node {
            case .step(let index):
                let step = steps[index]
                var detail = "\(Format.hours(step.hours)) h"
                if let weeks = step.weeks {
                    detail += weeks.count == 1 ? " · week \(weeks.lowerBound)" : " · weeks \(weeks.lowerBound)–\(weeks.upperBound)"
                }
                let mark = step.status == .done ? "✓ " : ""
                let className = self.className(step.status)
                used.insert(className)
                lines.append(
                    "    \(id(position))[\"\(mark)\(MermaidText.label(step.skill.name))<br/>\(detail)\"]:::\(className)")
            case .role(let role):
                let name = view.roadmap.catalog.roles[Int(role)].name
                used.insert("target")
                lines.append("    \(id(position))([\"\(MermaidText.label(name))\"]):::target")
            }
        }
        let edges = Self.edgesWithinLimit(graph.edges.map { ($0.from, $0.to) }, nodeCount: graph.nodes.count)
        if edges.dropped > 0 {
            lines.insert(
                "    %% \(graph.edges.count) edges are more than Mermaid draws by default (\(maximumEdges)): showing "
                    + "\(edges.kept.count) (those no other path implies, in order); the full graph is in --format dot or html",
                at: 1)
        }
        for edge in edges.kept {
            lines.append("    \(id(edge.from)) --> \(id(edge.to))")
        }
        for (name, style) in classes where used.contains(name) {
            lines.append("    classDef \(name) \(style)")
        }
        return lines
    }

    /// Mermaid's default `maxEdges`: past it, GitHub refuses to draw the chart.
    static let maximumEdges = 500

    /// The edges to draw: all of them up to ``maximumEdges``; past it, first those no other
    /// path implies (the transitive reduction: a prerequisite reached through another one
    /// goes), then, if still too many, the first ``maximumEdges`` in order.
    /// - Complexity: O(e) below the limit; past it O(k · (n + e)), where k is the number of
    ///   edges looked at until ``maximumEdges`` are kept (the rest are not tested: a
    ///   100,000-skill roadmap took minutes when every edge was).
    static func edgesWithinLimit(_ edges: [(from: Int, to: Int)], nodeCount: Int)
        -> (kept: [(from: Int, to: Int)], dropped: Int)
    {
        guard edges.count > maximumEdges else { return (edges, 0) }
        var next = [[Int]](repeating: [], count: nodeCount)
        for edge in edges where edge.from < nodeCount && edge.to < nodeCount { next[edge.from].append(edge.to) }
        // The search of each edge marks the nodes it saw with the edge's number: no array
        // to clear between two searches.
        var seenBy = [Int](repeating: -1, count: nodeCount)
        var stack: [Int] = []
        /// Whether `target` is reachable from `source` without the direct edge.
        func reachableIndirectly(_ source: Int, _ target: Int, search: Int) -> Bool {
            stack.removeAll(keepingCapacity: true)
            stack += next[source].lazy.filter { $0 != target }
            while let node = stack.popLast() {
                if node == target { return true }
                guard seenBy[node] != search else { continue }
                seenBy[node] = search
                stack += next[node]
            }
            return false
        }
        var kept: [(from: Int, to: Int)] = []
        for (search, edge) in edges.enumerated() {
            guard kept.count < maximumEdges else { break }
            if edge.from >= nodeCount || edge.to >= nodeCount || !reachableIndirectly(edge.from, edge.to, search: search) {
                kept.append(edge)
            }
        }
        return (kept, edges.count - kept.count)
    }

    /// `n0`, `n1`, …: ids Mermaid cannot mistake for a keyword.
    static func id(_ node: Int) -> String { "n\(node)" }

    static func className(_ status: StepStatus) -> String {
        switch status {
        case .done: "done"
        case .inProgress: "inProgress"
        case .skipped: "skipped"
        case .ready: "ready"
        case .later: "later"
        }
    }

    /// The class definitions, in a fixed order; the palette matches the HTML page.
    static let classes: [(String, String)] = [
        ("done", "fill:#dcfce7,stroke:#16a34a,color:#14532d"),
        ("inProgress", "fill:#fef3c7,stroke:#d97706,color:#78350f,stroke-width:2px"),
        ("ready", "fill:#dbeafe,stroke:#2563eb,color:#1e3a8a,stroke-width:2px"),
        ("later", "fill:#f8fafc,stroke:#94a3b8,color:#334155"),
        ("skipped", "fill:#f1f5f9,stroke:#cbd5e1,color:#64748b,stroke-dasharray:4 3"),
        ("target", "fill:#1e293b,stroke:#0f172a,color:#ffffff"),
    ]
}
