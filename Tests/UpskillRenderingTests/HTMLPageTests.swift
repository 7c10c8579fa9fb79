import Foundation
import Testing
import UpskillPlanner
import UpskillRendering

/// The roadmap page: well-formed (XHTML-compatible) markup, self-contained, and a graph
/// whose boxes never overlap — for the built-in data scientist → ML engineer roadmap.
@Suite("HTML page")
struct HTMLPageTests {
    let builtin: Roadmap

    init() throws {
        builtin = try RenderingFixtures.roadmap(
            try RenderingFixtures.builtinCatalog(), from: ["data-scientist"], to: ["ml-engineer"], hoursPerWeek: 8)
    }

    static let progress = RoadmapProgress(
        today: RenderingFixtures.start.adding(days: 70),
        skills: ["pytorch": .init(state: .done), "cpp": .init(state: .inProgress, hoursLogged: 20)])

    @Test("The whole page and each SVG in it parse as XML", arguments: [false, true])
    func wellFormed(withProgress: Bool) throws {
        let html = HTMLRenderer(options: RenderOptions()).render(builtin, progress: withProgress ? Self.progress : nil)
        let (error, document) = XMLCheck.check(html)
        #expect(error == nil, "\(error ?? "")")
        // The graph, and the timeline's header and rows.
        #expect(document.elements.filter { $0 == "svg" }.count == 3)
        for svg in Self.svgs(in: html) {
            let (svgError, _) = XMLCheck.check(svg)
            #expect(svgError == nil, "\(svgError ?? "")")
        }
    }

    @Test("Self-contained: no script but the inline highlight, no external stylesheet, font or image")
    func selfContained() {
        let html = HTMLRenderer(options: RenderOptions()).render(builtin, progress: Self.progress)
        let lower = html.lowercased()
        #expect(lower.components(separatedBy: "<script").count == 2 && html.contains(GraphHighlightScript.element))
        for forbidden in ["<script src", "<link", "<img", "<iframe", "@import", "url(http", "src=", "@font-face"] {
            #expect(!lower.contains(forbidden), "\(forbidden)")
        }
        #expect(lower.contains("@media print"))
        #expect(lower.contains("today"))
    }

    @Test("A dark theme sets every colour variable; on paper, links are followed by their address")
    func darkThemeAndPrint() throws {
        let html = HTMLRenderer(options: RenderOptions()).render(builtin, progress: Self.progress)
        /// The variables of the first `:root` block after `marker`.
        func variables(after marker: String) throws -> Set<String> {
            let media = try #require(html.firstRange(of: marker))
            let root = try #require(html[media.lowerBound...].firstRange(of: ":root {"))
            let block = html[root.upperBound...].prefix { $0 != "}" }
            return Set(block.matches(of: /(--[a-z-]+):/).map { String($0.output.1) })
        }
        let light = try variables(after: "<style")
        let dark = try variables(after: "@media screen and (prefers-color-scheme: dark)")
        #expect(light.count >= 20)
        #expect(dark == light)
        #expect(html.contains("td a[href^=\"http\"]::after { content: \" (\" attr(href) \")\""))
    }

    @Test("Below 700 px the steps are stacked cards, each field under its header; figures scroll, never shrink")
    func phoneLayout() throws {
        let html = HTMLRenderer(options: RenderOptions()).render(builtin, progress: Self.progress)
        let media = try #require(html.firstRange(of: "@media screen and (max-width: 700px) {"))
        let block = String(html[media.upperBound...].prefix { $0 != "@" })
        #expect(block.contains("table, tbody, tr, td { display: block;"))
        #expect(block.contains("colgroup, thead { display: none; }"))
        #expect(block.contains("td::before { content: attr(data-label);"))
        // Every cell of the table names its column, as its header says.
        let headers = try #require(html.firstMatch(of: /<thead><tr>(.*?)<\/tr><\/thead>/)).output.1
            .matches(of: /<th[^>]*>([^<]*)<\/th>/).map { String($0.output.1) }
        let labels = ["Step", "Skill", "Hours", "When", "Status", "Why", "Learn with"]
        #expect(headers.dropFirst().elementsEqual(labels.dropFirst()))
        let body = try #require(html.firstRange(of: "<tbody>"))
        let rows = html[body.upperBound...].matches(of: /<tr[^>]*>(.*?)<\/tr>/)
        #expect(rows.count == RoadmapView(builtin, progress: Self.progress).allSteps.count)
        for row in rows {
            let cells = row.output.1.matches(of: /<td[^>]*data-label="([^"]*)"/).map { String($0.output.1) }
            #expect(cells == labels)
        }
        // The graph and the timeline keep their size: their boxes scroll.
        #expect(html.contains("svg.graph { max-width: none;"))
        #expect(html.contains("svg.timeline { max-width: none;"))
        #expect(html.contains(".figure { overflow-x: auto; }"))
        // No text is cut by the style sheet.
        #expect(!html.contains("text-overflow"))
    }

    @Test("The Ready now card gives whole names, never cut with an ellipsis")
    func readyNames() throws {
        let html = HTMLRenderer(options: RenderOptions()).render(builtin, progress: Self.progress)
        let card = try #require(html.firstRange(of: "<div class=\"label\">Ready now</div>"))
        let note = try #require(html[card.upperBound...].firstRange(of: "<div class=\"note\">"))
        let text = html[note.upperBound...].prefix { $0 != "<" }
        #expect(!text.contains("…"), "\(text)")
        let view = RoadmapView(builtin, progress: Self.progress)
        let ready = view.steps.filter { $0.status == .ready }
        #expect(ready.count > 3)
        #expect(text.hasPrefix(XMLText.escape(ready[0].skill.name)))
        #expect(text.hasSuffix(" and \(ready.count - 3) more"))
    }

    @Test("Skills that need none of each other are listed, not drawn as a graph")
    func edgelessList() throws {
        let catalog = try RenderingFixtures.catalog(RenderingFixtures.small)
        let request = PlanRequest(goals: ["python", "git", "linux"])
        let plan = try Planner(catalog: catalog).plan(request)
        let roadmap = Roadmap(
            catalog: catalog, request: request, plan: plan,
            schedule: Schedule(stepHours: plan.steps.map(\.hours), hoursPerWeek: 10, start: RenderingFixtures.start))
        let html = HTMLRenderer(options: RenderOptions()).render(roadmap, progress: nil)
        #expect(html.contains("<ul class=\"skill-list\">"))
        #expect(!html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\""))
        #expect(!html.contains("Each skill sits below the skills it needs"))
        for name in ["Python", "Git", "Linux command line"] { #expect(html.contains("<strong>\(name)</strong>")) }
        // The built-in roadmap still has its graph.
        #expect(HTMLRenderer(options: RenderOptions()).render(builtin, progress: nil).contains("class=\"graph\""))
    }

    @Test("No two boxes of the built-in roadmap's graph overlap, and every edge goes down")
    func builtinLayout() throws {
        let view = RoadmapView(builtin, progress: nil)
        // The boxes as drawn: the <rect class="box"> of each node.
        let html = HTMLRenderer(options: RenderOptions()).render(builtin, progress: nil)
        let svg = try #require(Self.svgs(in: html).first)
        let (_, document) = XMLCheck.check(svg)
        let boxes = document.attributes.filter { $0["class"] == "box" }.compactMap { attributes -> LayeredLayout.Frame? in
            guard let x = attributes["x"].flatMap(Double.init), let y = attributes["y"].flatMap(Double.init),
                let width = attributes["width"].flatMap(Double.init), let height = attributes["height"].flatMap(Double.init)
            else { return nil }
            return LayeredLayout.Frame(x: x, y: y, width: width, height: height)
        }
        let roles = view.graph.nodes.filter { if case .role = $0 { true } else { false } }.count
        #expect(boxes.count == view.allSteps.count + roles)
        for a in boxes.indices {
            for b in boxes.indices where b > a {
                #expect(!boxes[a].overlaps(boxes[b], margin: 4), "boxes \(a) and \(b) overlap")
            }
        }
        // The layout itself.
        let skills = view.graph.nodes.indices.filter { if case .step = view.graph.nodes[$0] { true } else { false } }
        let edges = view.graph.edges.filter { skills.contains($0.from) && skills.contains($0.to) }.map { ($0.from, $0.to) }
        var options = LayeredLayout.Options()
        options.maxLayerWidth = 1072
        let sizes = skills.map { _ in LayeredLayout.Size(width: 176, height: 82) }
        let layout = LayeredLayout(sizes: sizes, edges: edges, options: options)
        LayeredLayoutTests.expectSound(layout, sizes: sizes, edges: edges)
    }

    @Test("Names are wrapped or cut to fit their boxes")
    func labelsFit() {
        let lines = TextMetrics.wrap(
            "Observability (Prometheus and Grafana) for machine learning services", width: 150, fontSize: 12.5, bold: true,
            maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines.last?.hasSuffix("…") == true)
        #expect(lines.allSatisfy { TextMetrics.width($0, fontSize: 12.5, bold: true) <= 150 })
        let long = TextMetrics.wrap(String(repeating: "x", count: 80), width: 100, fontSize: 12, maxLines: 2)
        #expect(long.count == 2 && long.allSatisfy { TextMetrics.width($0, fontSize: 12) <= 100 })
        #expect(TextMetrics.wrap("Git", width: 100, fontSize: 12, maxLines: 2) == ["Git"])
    }

    /// The `<svg>…</svg>` elements of a page.
    static func svgs(in html: String) -> [String] {
        html.components(separatedBy: "<svg ").dropFirst().compactMap { part in
            part.range(of: "</svg>").map { "<svg " + part[..<$0.upperBound] }
        }
    }
}
