import UpskillPlanner

/// The numbers a manager asks for: how much, how far along, and when it will be done.
package struct RoadmapTotals: Sendable, Hashable {
    /// Skills to learn (skipped ones left out), including those already done.
    package var stepCount: Int
    /// A saved goal's figures, which the totals below follow when given.
    package var figures: ProgressFigures?
    /// Of those, the ones done.
    package var doneCount: Int
    /// Plan steps that can be started now.
    package var readyCount: Int
    /// Hours of every skill to learn, done ones included (skipped ones left out); for a
    /// saved goal, its total (``ProgressFigures/totalHours``).
    package var plannedHours: Double
    /// Hours done: done skills in full, plus what was logged on started ones; for a saved
    /// goal, its credited hours.
    package var doneHours: Double
    /// Hours still to study.
    package var remainingHours: Double
    /// The plan's own total, as the planner computed it.
    package var planHours: Double
    /// Whether the planner proved the plan shortest.
    package var optimal: Bool
    /// Hours a week.
    package var hoursPerWeek: Double
    /// Weeks the schedule takes: the number of its last week.
    package var weeks: Int
    /// The week the schedule's work begins in (1, or today's week of a saved goal).
    package var firstWeek: Int
    /// The schedule's first and last day.
    package var start: CivilDate
    package var finish: CivilDate
    /// The date asked to finish by, if any.
    package var deadline: CivilDate?
    /// Today, when progress is given.
    package var today: CivilDate?

    /// Adds up the skills done before the plan and the plan's steps, in one pass that
    /// copies no step.
    init(earlier: [RoadmapView.Step], steps: [RoadmapView.Step], schedule: Schedule, plan: Plan, deadline: CivilDate?,
        today: CivilDate?, figures: ProgressFigures? = nil)
    {
        self.figures = figures
        stepCount = 0
        doneCount = 0
        readyCount = 0
        plannedHours = 0
        remainingHours = 0
        for list in [earlier, steps] {
            for index in list.indices where list[index].status != .skipped {
                stepCount += 1
                if list[index].status == .done { doneCount += 1 }
                if list[index].status == .ready { readyCount += 1 }
                plannedHours += list[index].hours
                remainingHours += list[index].hoursLeft
            }
        }
        doneHours = max(0, plannedHours - remainingHours)
        if let figures {
            // A saved goal: the hours every view shares (credited and total, hours left).
            plannedHours = figures.totalHours
            doneHours = figures.creditedHours
            remainingHours = figures.leftHours
        }
        planHours = plan.totalHours
        optimal = plan.optimal
        hoursPerWeek = schedule.hoursPerWeek
        weeks = schedule.weekCount
        firstWeek = schedule.firstWeek
        start = schedule.start
        finish = schedule.finish
        self.deadline = deadline
        self.today = today
    }

    /// The hours a headline gives: a saved goal's hours left to study, or the plan's total.
    package var headlineHours: Double {
        figures?.leftHours ?? planHours
    }

    /// `68 weeks`, or `weeks 6–68` for the rest of a saved goal (weeks keep its numbering).
    package func weeksPhrase(dash: String = "–") -> String {
        firstWeek > 1 ? "weeks \(firstWeek)\(dash)\(max(weeks, firstWeek))" : Format.count(weeks, "week")
    }

    /// `57 skills` (`57 skills left` for the rest of a saved goal), `hours` or `hours to
    /// study`: the words of a headline.
    package func skillsPhrase(_ count: Int, left: String = " left") -> String {
        Format.count(count, "skill") + (figures != nil ? left : "")
    }

    /// The share of the hours done, 0 to 100, rounded down (100 only when all is done).
    package var percentDone: Int {
        if let figures { return figures.percent }
        guard plannedHours > 0 else { return stepCount == doneCount && stepCount > 0 ? 100 : 0 }
        let percent = (doneHours / plannedHours * 100 + 1e-9).rounded(.down)
        return percent.isFinite ? Int(min(max(percent, 0), 100)) : 0
    }

    /// Whole weeks left at ``hoursPerWeek``.
    package var weeksLeft: Int {
        guard remainingHours > 1e-9, hoursPerWeek > 0 else { return 0 }
        return Schedule.wholeWeeks(remainingHours / hoursPerWeek - 1e-9, rounding: .up)
    }

    /// When the remaining hours are done at ``hoursPerWeek`` studying from today (the last
    /// day of the last week), or the schedule's finish when there is no today.
    package var forecast: CivilDate {
        if let figures { return figures.finish }
        guard let today else { return finish }
        return weeksLeft == 0 ? today : today.adding(days: 7 * weeksLeft - 1)
    }

    /// Whether the forecast meets the deadline; `nil` without one.
    package var onTrack: Bool? {
        deadline.map { forecast <= $0 }
    }
}
