import Testing
import UpskillGraph
import UpskillPlanner
import UpskillRendering

/// Progress laid over a roadmap: statuses, totals, forecast, skills done before the plan,
/// and the graph every graph format draws.
@Suite("Roadmap with progress")
struct RoadmapViewTests {
    let small: Catalog

    init() throws {
        small = try RenderingFixtures.catalog(RenderingFixtures.small)
    }

    func statuses(_ view: RoadmapView) -> [String: StepStatus] {
        Dictionary(uniqueKeysWithValues: view.allSteps.map { ($0.skill.id, $0.status) })
    }

    @Test("Without progress: ready steps are those whose needs are known, the rest later")
    func untracked() throws {
        let view = RoadmapView(try RenderingFixtures.roadmap(small), progress: nil)
        // The delivery order: git and testing complete two requirements in a few hours.
        #expect(view.steps.map(\.skill.id) == ["git", "testing", "linux", "docker", "gcp", "kubernetes"])
        #expect(statuses(view) == ["linux": .ready, "docker": .later, "gcp": .ready, "kubernetes": .later, "git": .ready, "testing": .later])
        #expect(view.earlier.isEmpty)
        #expect(view.totals.percentDone == 0)
        #expect(view.totals.forecast == view.roadmap.schedule.finish)
        #expect(view.today == nil)
    }

    @Test("Progress over the full plan: done, in progress, and what becomes ready")
    func overlay() throws {
        let view = RoadmapView(try RenderingFixtures.roadmap(small), progress: RenderingFixtures.progress)
        #expect(statuses(view) == ["linux": .done, "docker": .inProgress, "gcp": .ready, "kubernetes": .later, "git": .done, "testing": .ready])
        let totals = view.totals
        #expect(totals.plannedHours == 117)
        #expect(totals.doneHours == 10 + 15 + 8)
        #expect(totals.remainingHours == 117 - 33)
        #expect(totals.percentDone == 28)
        #expect(totals.doneCount == 2 && totals.stepCount == 6)
        // 84 hours at 10 a week: 9 weeks from Monday 25 Jan, to Sunday 28 Mar.
        #expect(totals.weeksLeft == 9)
        #expect(totals.forecast == CivilDate(year: 2027, month: 3, day: 28))
    }

    @Test("Progress over the plan of what is left: done skills come back as done before the plan")
    func tracked() throws {
        let view = RoadmapView(try RenderingFixtures.trackedRoadmap(small), progress: RenderingFixtures.progress)
        #expect(view.earlier.map(\.skill.id) == ["git", "linux"])
        #expect(view.earlier.map(\.status) == [.done, .done])
        #expect(view.earlier.first?.finishedOn == CivilDate(year: 2027, month: 1, day: 10))
        // Docker was started, so it comes first.
        #expect(view.steps.map(\.skill.id) == ["docker", "testing", "gcp", "kubernetes"])
        #expect(view.totals.plannedHours == 117)
        #expect(view.totals.onTrack == true)
    }

    @Test("Skipped skills count as known, not as hours; an alias finds its skill; unknown ids are ignored")
    func skippedAndAliases() throws {
        var curriculum = RenderingFixtures.small
        let linux = try #require(curriculum.skills.firstIndex { $0.id == "linux" })
        curriculum.skills[linux].aliases = ["shell"]
        let catalog = try RenderingFixtures.catalog(curriculum)
        let progress = RoadmapProgress(
            today: RenderingFixtures.start, skills: ["shell": .init(state: .skipped), "no-such-skill": .init(state: .done)])
        let view = RoadmapView(try RenderingFixtures.roadmap(catalog), progress: progress)
        #expect(statuses(view)["linux"] == .skipped)
        #expect(statuses(view)["docker"] == .ready)
        #expect(view.totals.plannedHours == 117 - 15)
        #expect(view.totals.stepCount == 5)
    }

    @Test("The graph: prerequisite edges without the ones a longer path implies, the target last")
    func graph() throws {
        let view = RoadmapView(try RenderingFixtures.roadmap(small), progress: nil)
        let ids = view.graph.nodes.map { node -> String in
            switch node {
            case .step(let index): view.allSteps[index].skill.id
            case .role(let role): view.roadmap.catalog.roles[Int(role)].id
            }
        }
        let edges = Set(view.graph.edges.map { "\(ids[$0.from])>\(ids[$0.to])" })
        // ml-engineer needs kubernetes, testing and git; git → testing makes git → ml-engineer redundant.
        #expect(edges == ["linux>docker", "docker>kubernetes", "gcp>kubernetes", "git>testing", "kubernetes>ml-engineer", "testing>ml-engineer"])
        #expect(ids.last == "ml-engineer")
    }

    @Test("An empty plan renders in every format", arguments: RoadmapFormats.names)
    func empty(format: String) throws {
        let roadmap = try RenderingFixtures.roadmap(small, from: ["ml-engineer"], to: ["analyst"])
        #expect(roadmap.plan.steps.isEmpty)
        let type = try #require(RoadmapFormats.renderer(named: format))
        let text = type.init(options: RenderOptions()).render(roadmap, progress: RenderingFixtures.progress)
        #expect(text.utf8.last == UInt8(ascii: "\n"))
        if format == "html" { #expect(XMLCheck.check(text).error == nil) }
        if format == "ics" { try ICalendarTests.expectWellFormed(text) }
        if format == "csv" { #expect(try CSVParser.parse(text).count >= 1) }
    }

    @Test("Formats are found by name and by file extension")
    func lookup() {
        #expect(RoadmapFormats.names == ["text", "json", "markdown", "csv", "mermaid", "dot", "ics", "html"])
        #expect(RoadmapFormats.renderer(forPath: "out/roadmap.HTML")?.format == "html")
        #expect(RoadmapFormats.renderer(forPath: "ROADMAP.md")?.format == "markdown")
        #expect(RoadmapFormats.renderer(forPath: "a.markdown")?.format == "markdown")
        #expect(RoadmapFormats.renderer(forPath: "study.ics")?.format == "ics")
        #expect(RoadmapFormats.renderer(forPath: "g.gv")?.format == "dot")
        #expect(RoadmapFormats.renderer(forPath: "plan")?.format == nil)
        #expect(RoadmapFormats.renderer(forPath: ".md")?.format == nil)
        #expect(Set(RoadmapFormats.builtin.map { $0.fileExtension }).count == RoadmapFormats.builtin.count)
    }
}
