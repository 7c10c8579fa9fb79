import UpskillGraph
import UpskillPlanner
import UpskillTracking

/// The figures of `upskill report`: per ISO week, hours logged against the planned pace,
/// skills finished, and the burn-up of credited hours, then the forecast.
///
/// *Credited* hours at the end of a week are the estimates of the goal's skills done or
/// skipped by then (by the day their state was recorded; undated records count from the
/// start), and of the skills known through them, as the planner closes them. The weeks
/// are read from the current state, so an undone or reverted change counts nowhere.
struct WeeklyReport {
    /// One week.
    struct Week {
        var week: ISOWeek
        /// Minutes logged that week, on every skill.
        var loggedMinutes: Int
        /// The planned pace for the week: the goal's hours a week from the week of its
        /// start, 0 before.
        var plannedHours: Double
        /// The skills marked done that week, by id.
        var done: [String]
        /// Credited hours at the end of the week (today, for the current week).
        var creditedHours: Double

        var loggedHours: Double { Double(loggedMinutes) / 60 }
    }

    /// A week ahead, at the planned pace.
    struct Forecast {
        var week: ISOWeek
        var creditedHours: Double
    }

    /// The weeks, oldest first, the last being today's.
    var weeks: [Week]
    /// The next weeks (at most four) at the planned pace, until the goal's total.
    var forecast: [Forecast]
    /// The goal's total hours, and the credited hours now.
    var totalHours: Double
    var creditedHours: Double
    /// The hours left to study, as `status` counts them.
    var leftHours: Double
    /// The finish at the planned pace.
    var finish: CivilDate

    /// - Parameters:
    ///   - count: How many weeks, up to today's.
    ///   - report: The progress report of today, for the total and the finish.
    ///   - assumed: What the plan assumes of the goal's `from` roles, closed under mandatory
    ///     requirements: part of the starting point, never credited (as in ``ProgressReport``).
    init(
        weeks count: Int, goal: Goal, catalog: Catalog, progress: ResolvedProgress, report: ProgressReport,
        assumed: [Bool], today: CivilDate
    ) {
        let scope = GoalScope(goal: goal, catalog: catalog)
        let current = ISOWeek(containing: today)
        let startWeek = ISOWeek(containing: goal.start)
        let sessions = progress.allSessions
        let complete = progress.records.filter { $0.record.state.isComplete }

        // Consecutive weeks often have the same skills complete: plan each set once.
        var last: (ids: [String], hours: Double)?
        func credited(by day: CivilDate) -> Double {
            let ids = complete.filter { ($0.record.date ?? .init(daysSinceEpoch: .min / 2)) <= day }
                .map { catalog.id(ofSkill: $0.skill) }.sorted()
            if let last, last.ids == ids { return last.hours }
            let known = KnownSkills(goal: goal, completed: ids, catalog: catalog)
            var hours = 0.0
            defer { last = (ids, hours) }
            for skill in 0..<catalog.skillCount where scope.contains[skill] && known.mask[skill] && !assumed[skill] {
                hours += catalog.hours(ofSkill: Int32(skill))
            }
            return hours
        }

        weeks = (0..<max(1, count)).reversed().map { back in
            let week = current.adding(weeks: -back)
            let done = progress.records.filter { $0.record.state == .done && $0.record.date.map(week.contains) == true }
                .map { catalog.id(ofSkill: $0.skill) }.sorted()
            return Week(
                week: week,
                loggedMinutes: sessions.filter { week.contains($0.date) }.reduce(0) { $0 + $1.minutes },
                plannedHours: week < startWeek ? 0 : goal.hoursPerWeek, done: done,
                creditedHours: credited(by: min(week.sunday, today)))
        }
        totalHours = report.totalHours
        // This week ends today: the credited hours `status` shows.
        if !weeks.isEmpty { weeks[weeks.count - 1].creditedHours = report.creditedHours }
        creditedHours = report.creditedHours
        leftHours = report.leftHours
        finish = report.plannedForecast.finish
        var ahead: [Forecast] = []
        var projected = creditedHours
        var week = current
        while ahead.count < 4, projected < totalHours, goal.hoursPerWeek > 0 {
            week = week.adding(weeks: 1)
            projected = min(totalHours, projected + goal.hoursPerWeek)
            ahead.append(Forecast(week: week, creditedHours: projected))
        }
        forecast = ahead
    }
}
