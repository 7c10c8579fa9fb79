import Testing
import UpskillGraph
import UpskillPlanner
import UpskillTracking

/// `upskill status`'s figures on a catalog small enough to work them out by hand.
@Suite("Progress report")
struct ProgressReportTests {
    typealias F = TrackingFixtures

    func report(_ progress: Progress, today: String) throws -> ProgressReport {
        let catalog = try F.catalog()
        let resolved = progress.resolved(in: catalog)
        let plan = try Planner(catalog: catalog).plan(F.goal.planRequest(completed: resolved.completed))
        return ProgressReport(goal: F.goal, catalog: catalog, progress: resolved, remaining: plan, today: F.date(today))
    }

    @Test("Bars, counts, schedule and forecasts, worked out by hand")
    func byHand() throws {
        // Plan of newcomer → platform: git 10, docker 20, k8s 30, aws 15 (cheaper than gcp), deploy 10.
        var progress = Progress(goal: F.goal)
        _ = progress.setState(.done, of: ["git"], on: F.date("2026-01-06"))
        _ = progress.setState(.skipped, of: ["aws"], on: F.date("2026-01-06"))
        _ = progress.log(minutes: 300, on: "docker", date: F.date("2026-01-18"))
        _ = progress.log(minutes: 600, on: "gone", date: F.date("2025-12-01"))
        let report = try report(progress, today: "2026-01-19")

        #expect(report.creditedHours == 25)  // git 10 + aws 15; logged hours are not credited
        #expect(report.totalHours == 85)
        #expect(report.figures.percent == 29)  // 25 of 85, rounded down
        #expect(report.figures.loggedHours == 15)  // all of it, "gone" included
        #expect(report.leftHours == 55)  // docker 20 + k8s 30 + deploy 10, less 5 logged
        #expect(report.categories.map(\.name) == ["cloud", "foundations", "infrastructure"])
        #expect(report.categories.map(\.creditedHours) == [15, 10, 0])
        #expect(report.categories.map(\.totalHours) == [25, 10, 50])
        #expect([report.doneSkills, report.skippedSkills, report.startedSkills, report.todoSkills] == [1, 1, 1, 2])
        #expect(report.loggedMinutes == 900)
        #expect(report.loggedMinutesLastWeek == 300)
        // Two weeks in at 10 h a week: 20 h expected, 15 done (git, and 5 h logged on docker;
        // skipped is not study).
        #expect(report.week == 3)
        #expect(report.expectedHours == 20)
        #expect(report.workDoneHours == 15)
        #expect(report.aheadHours == -5)
        // 55 h left from week 3 at 10 h a week: weeks 3 to 8, to the Sunday of week 8.
        #expect(report.plannedWeeks == 8)
        #expect(report.plannedFinish == F.date("2026-03-01"))
        #expect(report.figures.finish == report.plannedFinish)
        #expect(report.plannedForecast.hoursPerWeek == 10)
        #expect(report.plannedForecast.finish == F.date("2026-03-01"))
        // 5 h logged since the start over 15 days: 7/3 h a week; 55 h take 24 weeks.
        let logged = try #require(report.loggedForecast)
        #expect(abs(logged.hoursPerWeek - 7.0 / 3) < 1e-9)
        #expect(logged.finish == F.date("2026-07-05"))
    }

    @Test("Skills a done skill implies count as known; nothing logged gives no logged forecast")
    func implied() throws {
        var progress = Progress(goal: F.goal)
        _ = progress.setState(.done, of: ["k8s"], on: F.date("2026-01-06"))
        let report = try report(progress, today: "2026-01-05")
        #expect(report.doneHours == 30)
        #expect(report.impliedHours == 20)  // docker, which k8s requires
        #expect(report.creditedHours == 50)
        #expect(report.totalHours == 85)
        #expect(report.loggedForecast == nil)
        #expect(report.week == 1)
        #expect(report.expectedHours == 0)
    }

    @Test("A goal with everything done is complete, before its start too")
    func reached() throws {
        var progress = Progress(goal: F.goal)
        _ = progress.setState(.done, of: ["git", "deploy", "k8s", "gcp"], on: F.date("2026-01-06"))
        let report = try report(progress, today: "2025-12-01")
        #expect(report.fraction == 1)
        #expect(report.leftHours == 0)
        #expect(report.todoSkills == 0)
        #expect(report.week == 0)
        #expect(report.plannedForecast.finish == F.goal.start)
    }
}
