import Foundation
import Testing
import UpskillPlanner
import UpskillRendering

/// The HTML graph's edges cross no more often than Graphviz's `dot` draws the same graph,
/// counted on the drawn SVG paths. The `dot` figures were measured with Graphviz 2.43
/// (`dot -Tsvg`, the DOT export without the goal node, which the page draws as a finish
/// line) and are checked again against a live `dot` when one is installed.
///
/// Measured: the built-in roadmap, 97 edges: 70 crossings here (the old drawing, five
/// boxes a row, had 162; median sweeps alone, 76), `dot` 74. The synthetic plan, 255 steps
/// and 435 edges: 390 here (median sweeps alone, 450), `dot` 430. The iterated local search
/// after the sweeps (``LayeredLayout``) is what brings both under `dot`.
@Suite("Graph crossings")
struct GraphCrossingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        /// Crossings in `dot`'s drawing of the same graph.
        let dotCrossings: Int
        let roadmap: @Sendable () throws -> Roadmap
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "built-in roadmap", dotCrossings: 74) {
            try RenderingFixtures.roadmap(
                try RenderingFixtures.builtinCatalog(), from: ["data-scientist"], to: ["ml-engineer"], hoursPerWeek: 8)
        },
        Case(name: "synthetic plan", dotCrossings: 429) { try SyntheticPlan.roadmap() },
    ]

    static func drawnCrossings(_ roadmap: Roadmap) -> (edges: Int, crossings: Int) {
        let html = HTMLRenderer(options: RenderOptions(generator: "test")).render(roadmap, progress: nil)
        let svg = HTMLPageTests.svgs(in: html).first ?? ""
        let paths = SVGCrossings.paths(in: svg, marker: "<path class=\"edge")
        return (paths.count, SVGCrossings.count(paths))
    }

    /// The DOT export without the target roles, top to bottom, as the page draws the graph
    /// (the export itself reads left to right).
    static func dotWithoutRoles(_ roadmap: Roadmap) -> String {
        let dot = DOTRenderer(options: RenderOptions(generator: "test")).render(roadmap, progress: nil)
            .replacingOccurrences(of: "rankdir=LR", with: "rankdir=TB")
        let view = RoadmapView(roadmap, progress: nil)
        let roles = view.graph.nodes.indices.filter { if case .role = view.graph.nodes[$0] { true } else { false } }
        let names = Set(roles.map { "n\($0)" })
        // Without the goal cluster either: its rank=same line would bend dot's layout.
        var inCluster = false
        return dot.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            if line.hasPrefix("    subgraph cluster_goal") { inCluster = true }
            defer { if inCluster && line == "    }" { inCluster = false } }
            return !inCluster && !line.split(whereSeparator: { " ;[".contains($0) }).contains { names.contains(String($0)) }
        }.joined(separator: "\n")
    }

    @Test("No more crossings than Graphviz dot", arguments: cases)
    func crossings(_ example: Case) throws {
        let roadmap = try example.roadmap()
        let drawn = Self.drawnCrossings(roadmap)
        #expect(drawn.edges > 0)
        #expect(drawn.crossings <= example.dotCrossings, "\(drawn.crossings) crossings on \(drawn.edges) edges")
        if let svg = try GraphvizCheck.expectRenders(Self.dotWithoutRoles(roadmap)) {
            let dot = SVGCrossings.count(SVGCrossings.graphvizPaths(in: svg))
            #expect(drawn.crossings <= dot, "dot: \(dot) crossings, ours \(drawn.crossings)")
            if let folder = ProcessInfo.processInfo.environment["UPSKILL_PREVIEW_DIR"] {
                let report = "\(example.name): \(drawn.edges) edges, ours \(drawn.crossings), dot \(dot)\n"
                let base = URL(fileURLWithPath: folder)
                try Data(report.utf8).write(to: base.appendingPathComponent("crossings-\(example.name).txt"))
                try Data(svg.utf8).write(to: base.appendingPathComponent("dot-\(example.name).svg"))
                let html = HTMLRenderer(options: RenderOptions(generator: "test")).render(roadmap, progress: nil)
                try Data(html.utf8).write(to: base.appendingPathComponent("graph-\(example.name).html"))
                try Data(SyntheticPlan.json().utf8).write(to: base.appendingPathComponent("synthetic.json"))
            }
        }
    }

    @Test("The crossing counter counts a crossing once and ignores shared ends")
    func counter() {
        // An X, two edges leaving one point, and a curve crossing a line.
        #expect(SVGCrossings.count(["M 0 0 L 10 10", "M 10 0 L 0 10"]) == 1)
        #expect(SVGCrossings.count(["M 0 0 L 10 10", "M 0 0 L -10 10"]) == 0)
        #expect(SVGCrossings.count(["M 0 0 C 0 5 10 5 10 10", "M 10 0 L 0 9"]) == 1)
        #expect(SVGCrossings.count(["M 0 0 L 0 10", "M 5 0 L 5 10"]) == 0)
    }
}
