import Foundation
import Testing
import UpskillPlanner
import UpskillRendering

/// The built-in data scientist → ML engineer roadmap in the formats people open in other
/// tools: a spreadsheet, Graphviz, Mermaid, Markdown.
@Suite("Built-in roadmap in every format")
struct BuiltinFormatsTests {
    let roadmap: Roadmap
    /// The first step done, C++ in progress.
    let progress: RoadmapProgress
    /// The first step's skill.
    let first: (id: String, name: String)

    init() throws {
        roadmap = try RenderingFixtures.roadmap(
            try RenderingFixtures.builtinCatalog(), from: ["data-scientist"], to: ["ml-engineer"], hoursPerWeek: 8)
        let skill = try #require(roadmap.plan.steps.first.map(roadmap.skill(of:)))
        first = (skill.id, skill.name)
        progress = RoadmapProgress(
            today: RenderingFixtures.start.adding(days: 60),
            skills: [skill.id: .init(state: .done, hoursLogged: 1), "cpp": .init(state: .inProgress, hoursLogged: 12)])
    }

    func render(_ type: any RoadmapRenderer.Type) -> String {
        type.init(options: RenderOptions()).render(roadmap, progress: progress)
    }

    @Test("CSV: a header and one row per step, every row as wide, CRLF, and it reads back")
    func csv() throws {
        let text = render(CSVRenderer.self)
        #expect(text.hasPrefix("\u{FEFF}Step,Skill ID,Skill,"))
        let records = try CSVParser.parse(text)
        #expect(records.count == roadmap.plan.steps.count + 1)
        #expect(records.allSatisfy { $0.count == CSVRenderer.columns.count })
        #expect(records[1][1] == first.id && records[1][9] == "Done")
        #expect(records.dropFirst().map { $0[1] } == roadmap.plan.steps.map { roadmap.catalog.id(ofSkill: $0.skill) })
        let hours = records.dropFirst().compactMap { Double($0[4]) }.reduce(0, +)
        #expect(abs(hours - roadmap.plan.totalHours) < 1e-9)
    }

    @Test("Graphviz renders the graph without a warning, with a box per skill", .enabled(if: GraphvizCheck.dot != nil))
    func dot() throws {
        let text = render(DOTRenderer.self)
        guard let svg = try GraphvizCheck.expectRenders(text) else { return }
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == roadmap.plan.steps.count + 1)
    }

    @Test("Mermaid: a node per skill and the target, done skills in the done class")
    func mermaid() {
        let lines = render(MermaidRenderer.self).split(separator: "\n")
        #expect(lines.filter { $0.contains("[\"") }.count == roadmap.plan.steps.count + 1)
        #expect(lines.contains { $0.contains("✓ \(first.name)") && $0.hasSuffix(":::done") })
        #expect(lines.contains { $0.hasPrefix("    classDef done ") })
    }

    @Test("Markdown: a task per step, a section per milestone and a heading per month, the done one ticked")
    func markdown() {
        let text = render(MarkdownRenderer.self)
        let lines = text.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("- [ ] ") || $0.hasPrefix("- [x] ") }.count == roadmap.plan.steps.count)
        #expect(lines.contains { $0.hasPrefix("- [x] **\(first.name)**") })
        #expect(!lines.contains { $0.hasPrefix("## Week ") })
        // One month heading per milestone and month the steps start in, in order.
        var expected: [String] = []
        var group: Int?
        for (step, weeks) in zip(roadmap.plan.steps, roadmap.schedule.weeks) {
            if roadmap.showsGroups, step.group != group {
                group = step.group
                expected.append("## " + roadmap.heading(ofGroup: step.group ?? 0).title)
            }
            let month = "### " + Format.month(of: roadmap.schedule.firstDay(ofWeek: weeks.lowerBound))
            if expected.last != month { expected.append(month) }
        }
        #expect(roadmap.showsGroups)
        #expect(lines.filter { $0.hasPrefix("## ") || $0.hasPrefix("### ") }.map(String.init).suffix(expected.count) == expected[...])
        #expect(text.contains("```mermaid\nflowchart TD\n"))
    }
}
