import Testing
import UpskillPlanner
import UpskillRendering

/// The page's timeline: a header that stays in view, bars that stay legible on long plans,
/// whole names, work done during the plan drawn at its weeks, today marked from the
/// progress given, and a started step's meter that is never a sliver.
@Suite("HTML timeline")
struct TimelineDrawingTests {
    /// The built-in roadmap at `hoursPerWeek`, rendered without progress.
    static func builtinPage(hoursPerWeek: Double) throws -> (Roadmap, String) {
        let roadmap = try RenderingFixtures.roadmap(
            try RenderingFixtures.builtinCatalog(), from: ["data-scientist"], to: ["ml-engineer"],
            hoursPerWeek: hoursPerWeek)
        return (roadmap, HTMLRenderer(options: RenderOptions(generator: "test")).render(roadmap, progress: nil))
    }

    /// The timeline's `<svg>` whose class is `timeline <part>` (`head` or `rows`).
    static func svg(_ part: String, in html: String) throws -> String {
        let start = try #require(html.firstRange(of: "class=\"timeline \(part)\""))
        let rest = html[start.lowerBound...]
        let end = try #require(rest.firstRange(of: "</svg>"))
        return String(rest[..<end.upperBound])
    }

    /// The numbers of an attribute on the elements of a class, in order.
    static func values(_ attribute: String, ofClass cssClass: String, in svg: String) -> [Double] {
        svg.matches(of: /<rect class="([a-z-]+)"([^>]*)>/).compactMap { match -> Double? in
            guard match.output.1 == cssClass else { return nil }
            return String(match.output.2).matches(of: /([a-z]+)="([0-9.-]+)"/).first { $0.output.1 == attribute }
                .flatMap { Double($0.output.2) }
        }
    }

    /// The saved-goal fixture as `upskill export` schedules it: weeks numbered from the
    /// goal's start (4 Jan 2027), work from today's week (25 Jan).
    static func trackedFromGoalStart(progress: RoadmapProgress = RenderingFixtures.progress) throws -> Roadmap {
        let tracked = try RenderingFixtures.trackedRoadmap(
            try RenderingFixtures.catalog(RenderingFixtures.small), progress: progress)
        let hours = tracked.plan.steps.map { step in
            max(0, step.hours - (progress.skills[tracked.catalog.id(ofSkill: step.skill)]?.hoursLogged ?? 0))
        }
        return Roadmap(
            catalog: tracked.catalog, request: tracked.request, plan: tracked.plan,
            schedule: Schedule(
                stepHours: hours, hoursPerWeek: 10, start: progress.today, anchor: RenderingFixtures.start),
            deadline: tracked.deadline)
    }

    @Test("The date header is its own SVG, kept at the top of the timeline's scrolling box")
    func stickyHeader() throws {
        let (_, html) = try Self.builtinPage(hoursPerWeek: 8)
        let head = try Self.svg("head", in: html)
        let rows = try Self.svg("rows", in: html)
        #expect(head.contains("class=\"year\"") && head.contains("class=\"month\"") && head.contains(">Week<"))
        #expect(!rows.contains("class=\"year\"") && !rows.contains("class=\"month\""))
        #expect(rows.contains("class=\"bar\""))
        // Each part paints its own background first (readable under a browser's forced dark).
        for part in [head, rows] {
            #expect(part.split(separator: "\n").dropFirst().first { $0.hasPrefix("<rect") }?.hasPrefix("<rect class=\"backdrop\"") == true)
        }
        // The header comes first, in the sticky wrapper, inside the box that scrolls.
        let box = try #require(html.firstRange(of: "<div class=\"timeline-box\""))
        let wrapper = try #require(html.firstRange(of: "<div class=\"timeline-head\">"))
        let headAt = try #require(html.firstRange(of: "class=\"timeline head\""))
        let rowsAt = try #require(html.firstRange(of: "class=\"timeline rows\""))
        #expect(box.lowerBound < wrapper.lowerBound && wrapper.lowerBound < headAt.lowerBound)
        #expect(headAt.lowerBound < rowsAt.lowerBound)
        #expect(html.contains(".timeline-head { position: sticky; top: 0;"))
        #expect(html.contains(".timeline-box { overflow: auto; max-height: 80vh;"))
        // Both parts share one width, so their weeks line up.
        let width = /width="([0-9.]+)"/
        #expect(head.firstMatch(of: width)?.output.1 == rows.firstMatch(of: width)?.output.1)
    }

    @Test(
        "Every bar is at least 8 px wide and every week at least 4 px, however long the plan",
        arguments: [8.0, 1.4, 0.6])
    func legibleBars(hoursPerWeek: Double) throws {
        let (roadmap, html) = try Self.builtinPage(hoursPerWeek: hoursPerWeek)
        let rows = try Self.svg("rows", in: html)
        let bars = Self.values("width", ofClass: "bar", in: rows)
        #expect(bars.count == roadmap.plan.steps.count)
        #expect(bars.allSatisfy { $0 >= 8 }, "narrowest bar \(bars.min() ?? 0) px")
        // A week's width: the chart's width over its weeks.
        let total = try #require(rows.firstMatch(of: /width="([0-9.]+)"/).flatMap { Double($0.output.1) })
        let weekWidth = (total - 262 - 16) / Double(roadmap.schedule.weekCount)
        #expect(weekWidth >= 3.99, "\(roadmap.schedule.weekCount) weeks of \(weekWidth) px")
        if hoursPerWeek <= 1.4 { #expect(roadmap.schedule.weekCount >= 370) }
    }

    @Test("A plan of centuries stays within the widest chart, its bars still 8 px")
    func centuries() throws {
        let (roadmap, html) = try Self.builtinPage(hoursPerWeek: 0.25)
        let rows = try Self.svg("rows", in: html)
        let total = try #require(rows.firstMatch(of: /width="([0-9.]+)"/).flatMap { Double($0.output.1) })
        #expect(roadmap.schedule.weekCount > 2000)
        #expect(total <= 8000 + 262 + 16 + 0.1)
        #expect(Self.values("width", ofClass: "bar", in: rows).allSatisfy { $0 >= 8 })
    }

    @Test("Names are wrapped, never cut: each row's lines put together give the whole name")
    func wholeNames() throws {
        let (roadmap, html) = try Self.builtinPage(hoursPerWeek: 8)
        let rows = try Self.svg("rows", in: html)
        #expect(!rows.contains("…"))
        let labels = rows.matches(of: /<text class="label">(.*?)<\/text>/).map { match in
            String(match.output.1).matches(of: /<tspan[^>]*>([^<]*)<\/tspan>/).map { String($0.output.1) }
        }
        let view = RoadmapView(roadmap, progress: nil)
        #expect(labels.count == view.steps.count)
        #expect(labels.contains { $0.count >= 2 }, "no long name wrapped")
        for (lines, step) in zip(labels, view.steps) {
            #expect(lines.joined(separator: " ") == XMLText.escape("\(step.number). \(step.skill.name)"))
        }
    }

    @Test("Work done during the plan is drawn at its weeks, ticked, and today is a labelled line")
    func doneWorkAndToday() throws {
        let roadmap = try Self.trackedFromGoalStart()
        let html = HTMLRenderer(options: RenderOptions(generator: "test")).render(
            roadmap, progress: RenderingFixtures.progress)
        let rows = try Self.svg("rows", in: html)
        let head = try Self.svg("head", in: html)
        // Git, done 10 Jan (week 1), then the shell, done 20 Jan (week 3), before the steps.
        let done = rows.matches(of: /<g class="row done earlier">\n<title>([^<]*)<\/title>/).map { String($0.output.1) }
        #expect(done == ["Git: 10 h, done 10 Jan 2027", "Linux command line: 15 h, done 20 Jan 2027"])
        let bars = Self.values("x", ofClass: "bar", in: rows)
        let chartLeft = 262.0
        let weekWidth = (1120 - chartLeft - 16) / Double(roadmap.schedule.weekCount)
        #expect(abs(bars[0] - (chartLeft + 1)) < 0.1)
        #expect(abs(bars[1] - (chartLeft + 2 * weekWidth + 1)) < 0.1)
        #expect(rows.contains("<tspan x=\"4\" y=\"19\">✓ Git</tspan>"))
        // Today: its label in the header, its line over the rows, at the same x.
        let today = RenderingFixtures.progress.today
        let x = chartLeft + Double(today.daysSinceEpoch - RenderingFixtures.start.daysSinceEpoch) / 7 * weekWidth
        let label = try #require(head.firstMatch(of: /<g class="marker today"><line x1="([0-9.]+)"[^>]*>.*?>Today, 25 Jan<\/text>/))
        #expect(abs((Double(label.output.1) ?? 0) - x) < 0.1)
        let line = try #require(rows.firstMatch(of: /<g class="marker today"><line x1="([0-9.]+)"/))
        #expect(line.output.1 == label.output.1)
        // The same page without progress has no today.
        let plain = HTMLRenderer(options: RenderOptions(generator: "test")).render(roadmap, progress: nil)
        #expect(!plain.contains("marker today"))
        #expect(!plain.contains("row done earlier"))
    }

    @Test("Done during the plan or before it: the label says which, with the date")
    func doneLabels() throws {
        let view = RoadmapView(try Self.trackedFromGoalStart(), progress: RenderingFixtures.progress)
        let git = try #require(view.earlier.first { $0.skill.id == "git" })
        #expect(git.isFinishedDuringPlan)
        #expect(git.why() == "done 10 Jan 2027, during this plan")
        // Scheduled from today's week alone (no goal start), the same work predates the plan.
        let fromToday = RoadmapView(
            try RenderingFixtures.trackedRoadmap(try RenderingFixtures.catalog(RenderingFixtures.small)),
            progress: RenderingFixtures.progress)
        let before = try #require(fromToday.earlier.first { $0.skill.id == "git" })
        #expect(!before.isFinishedDuringPlan)
        #expect(before.why() == "done before this plan")
        // Skipped, with a date in the plan.
        var progress = RenderingFixtures.progress
        progress.skills["git"] = .init(state: .skipped, date: CivilDate(year: 2027, month: 1, day: 12))
        let skipped = RoadmapView(try Self.trackedFromGoalStart(progress: progress), progress: progress)
        #expect(skipped.earlier.first { $0.skill.id == "git" }?.why() == "skipped 12 Jan 2027, during this plan")
    }

    @Test(
        "A started step's meter is never a sliver, and says its hours and percent",
        arguments: [(8.0, "8 of 20 h · 40%"), (0.25, "0.25 of 20 h · 1%")])
    func meter(logged: Double, words: String) throws {
        var progress = RenderingFixtures.progress
        progress.skills["docker"] = .init(state: .inProgress, hoursLogged: logged, started: CivilDate(year: 2027, month: 1, day: 6))
        let roadmap = try Self.trackedFromGoalStart(progress: progress)
        let html = HTMLRenderer(options: RenderOptions(generator: "test")).render(roadmap, progress: progress)
        let rows = try Self.svg("rows", in: html)
        let meters = Self.values("width", ofClass: "meter", in: rows)
        #expect(meters.count == 1)
        #expect(meters.allSatisfy { $0 >= 4 })
        #expect(rows.contains(">\(words)</text>"))
        // Studied since 6 Jan, before this week: drawn as done work up to the bar.
        let studied = Self.values("x", ofClass: "studied", in: rows)
        #expect(studied.count == 1)
        // The table's meter, with the same words.
        #expect(html.contains("<span class=\"meter-words\">\(words)</span>"))
        #expect(html.contains("class=\"study-meter-fill\" style=\"width: "))
    }
}
