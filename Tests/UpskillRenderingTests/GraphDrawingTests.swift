import Foundation
import Testing
import UpskillCurriculum
import UpskillPlanner
import UpskillRendering

/// The page's prerequisite graph beyond its layout: text never cut, milestones as
/// labelled lanes, the highlight script and what it reads, and the DOT export's goal.
@Suite("HTML graph")
struct GraphDrawingTests {
    static let longName =
        "Observability for machine learning services with Prometheus, Grafana, OpenTelemetry and alerting that wakes someone"
    static let longResource =
        "The ML test score: a rubric for ML production readiness and technical debt reduction, with worked examples"
    static let longRole = "Senior machine learning platform engineer for regulated financial services"

    /// A three-skill chain whose names, resource and role are far wider than a box.
    static func longNames() throws -> Roadmap {
        let curriculum = Curriculum(
            id: "long", title: "Long",
            skills: [
                Skill(id: "base", name: "Python", category: "programming", hours: 10),
                Skill(id: "observability", name: longName, category: "operations", hours: 12, requires: ["base"]),
                Skill(id: "capstone", name: "Capstone", category: "projects", hours: 8, requires: ["observability"]),
            ],
            roles: [Role(id: "platform", name: longRole, requires: ["capstone"])],
            resources: [
                Resource(
                    id: "rubric", title: longResource, kind: .article, url: "https://example.org/rubric", hours: 2, cost: 0,
                    teaches: ["observability"])
            ])
        return try RenderingFixtures.roadmap(try RenderingFixtures.catalog(curriculum), from: [], to: ["platform"])
    }

    static func graphSVG(_ html: String) throws -> String {
        try #require(HTMLPageTests.svgs(in: html).first { $0.contains("class=\"graph\"") })
    }

    /// The text of every `<text class="…">` element of that class, in order.
    static func texts(_ svg: String, class name: String) -> [String] {
        svg.components(separatedBy: "<text class=\"\(name)\"").dropFirst().compactMap { part in
            guard let start = part.firstIndex(of: ">") else { return nil }
            return String(part[part.index(after: start)...].prefix { $0 != "<" })
        }
    }

    @Test("A long name, resource and role appear whole, wrapped over lines, and their boxes grow")
    func wrappedNotCut() throws {
        let html = HTMLRenderer(options: RenderOptions(generator: "test")).render(try Self.longNames(), progress: nil)
        let svg = try Self.graphSVG(html)
        #expect(!svg.contains("…"))
        let names = Self.texts(svg, class: "name")
        #expect(names.count > 3, "the long name takes several lines")
        #expect(names.joined(separator: " ").contains(XMLText.escape(Self.longName)))
        #expect(Self.texts(svg, class: "resource").joined(separator: " ").contains(XMLText.escape("↗ " + Self.longResource)))
        #expect(Self.texts(svg, class: "role").joined(separator: " ") == Self.longRole)
        // Every line fits its box, and the long box is taller than the others.
        #expect(names.allSatisfy { TextMetrics.width($0, fontSize: 12.5, bold: true) <= 176 - 18 })
        let heights = svg.matches(of: /<rect class="box" x="[^"]*" y="[^"]*" width="176" height="([0-9.]+)"/).compactMap {
            Double($0.output.1)
        }
        #expect(heights.count == 3)
        #expect(heights.max() ?? 0 > heights.min() ?? 0)
    }

    @Test("Each milestone of the built-in plan is a labelled lane, and its boxes carry its number")
    func milestoneLanes() throws {
        let roadmap = try RenderingFixtures.roadmap(
            try RenderingFixtures.builtinCatalog(), from: ["data-scientist"], to: ["ml-engineer"], hoursPerWeek: 8)
        let html = HTMLRenderer(options: RenderOptions(generator: "test")).render(roadmap, progress: nil)
        let svg = try Self.graphSVG(html)
        let titles = roadmap.milestoneSpans.map { roadmap.heading(ofGroup: $0.group).title }
        #expect(titles.count == 4)
        for (number, title) in titles.enumerated() {
            #expect(svg.contains("<g class=\"milestone band-\(number + 1)\"><title>\(XMLText.escape(title))</title>"), "\(title)")
            #expect(html.contains("\(number + 1)</span>\(XMLText.escape(title))</li>"), "legend: \(title)")
        }
        #expect(Self.texts(svg, class: "lane-label").count == 4)
        // A badge on every box of a milestone step: here every step is in one.
        let boxes = svg.components(separatedBy: "<g class=\"node ").count - 1
        let badges = svg.components(separatedBy: "<g class=\"badge band-").count - 1
        #expect(badges == boxes - 1, "every skill box but none of the role pill")
    }

    @Test("The highlight script reads only ids and attributes the graph has; boxes are focusable and titled")
    func highlightScript() throws {
        let roadmap = try RenderingFixtures.roadmap(
            try RenderingFixtures.builtinCatalog(), from: ["data-scientist"], to: ["ml-engineer"], hoursPerWeek: 8)
        let html = HTMLRenderer(options: RenderOptions(generator: "test")).render(roadmap, progress: nil)
        let svg = try Self.graphSVG(html)
        let (_, document) = XMLCheck.check(svg)
        let nodes = document.attributes.filter { $0["data-needs"] != nil }
        let ids = Set(nodes.compactMap { $0["id"] })
        #expect(ids.count == nodes.count && ids.count == RoadmapView(roadmap, progress: nil).allSteps.count)
        #expect(nodes.allSatisfy { $0["tabindex"] == "0" })
        #expect(svg.matches(of: /tabindex="0" data-needs="[^"]*" data-for="[^"]*"><title>[^<]+<\/title>/).count == ids.count)
        // Every id named is a box, and the edges agree with the boxes' lists.
        var needs: [String: Set<String>] = [:]
        for node in nodes {
            let named = (node["data-needs"] ?? "").split(separator: " ").map(String.init)
            let needed = (node["data-for"] ?? "").split(separator: " ").map(String.init)
            #expect(Set(named + needed).isSubset(of: ids))
            needs[node["id"] ?? ""] = Set(named)
        }
        let edges = document.attributes.filter { $0["data-from"] != nil }
        #expect(edges.count >= 90)
        for edge in edges {
            let from = edge["data-from"] ?? "", to = edge["data-to"] ?? ""
            #expect(ids.contains(from) && ids.contains(to))
            #expect(needs[to]?.contains(from) == true, "\(from) → \(to)")
        }
        #expect(needs.values.reduce(0) { $0 + $1.count } == edges.count)
        // One inline script, fetching nothing, free of XML's special characters.
        let scripts = html.components(separatedBy: "<script>").dropFirst()
        #expect(scripts.count == 1)
        let script = try #require(scripts.first?.components(separatedBy: "</script>").first)
        for forbidden in ["<", "&", "http", "fetch", "XMLHttpRequest", "import", "eval"] {
            #expect(!script.contains(forbidden), "\(forbidden)")
        }
        // The selectors it uses match the drawing.
        for selector in ["svg.graph", ".node[data-needs]", ".edge[data-from]", "data-needs", "data-for", "data-from", "data-to"] {
            #expect(script.contains(selector), "\(selector)")
        }
        #expect(svg.contains("class=\"graph\"") && svg.contains("<path class=\"edge\" data-from=\""))
    }

    @Test("The DOT export puts the goal and the skills that lead only to it in a cluster")
    func dotGoalCluster() throws {
        let roadmap = try RenderingFixtures.roadmap(
            try RenderingFixtures.builtinCatalog(), from: ["data-scientist"], to: ["ml-engineer"], hoursPerWeek: 8)
        let dot = DOTRenderer(options: RenderOptions(generator: "test")).render(roadmap, progress: nil)
        let view = RoadmapView(roadmap, progress: nil)
        let role = try #require(view.graph.nodes.indices.first { if case .role = view.graph.nodes[$0] { true } else { false } })
        let into = view.graph.edges.filter { $0.to == role }.map(\.from)
        let lines = dot.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex(of: "    subgraph cluster_goal {"))
        let cluster = lines[start...].prefix { $0 != "    }" }
        #expect(cluster.contains("        { rank=same; n\(role); }"))
        #expect(cluster.contains { $0.contains("label=\"Goal: Machine learning engineer\"") })
        let feeders = try #require(cluster.first { $0.hasPrefix("        { rank=same;") && !$0.contains("n\(role);") })
        let successors = Dictionary(grouping: view.graph.edges, by: \.from)
        for node in into where successors[node]?.allSatisfy({ $0.to == role }) == true {
            #expect(feeders.contains(" n\(node);"), "n\(node) leads only to the goal")
        }
        #expect(dot.contains("rankdir=LR"))
        try GraphvizCheck.expectRenders(dot)
    }
}
