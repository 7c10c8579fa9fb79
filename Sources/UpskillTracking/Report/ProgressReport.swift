import UpskillGraph
import UpskillPlanner

/// Where a learner stands on their goal: what `upskill status` shows.
///
/// The measures, precisely:
/// - The goal's **skills** are those of its ``GoalScope``.
/// - The shared ``figures`` (total, credited, logged and left hours, percent, the schedule
///   of what is left and its finish), as every other view prints them; see
///   ``ProgressFigures``. Credited and total hours are also given per category.
/// - **Work done** is the estimates of done skills (skipped ones were not studied) plus
///   the hours logged on started skills, up to their estimates; the schedule compares it
///   with what the goal's pace plans by today since the goal's start.
/// - The **forecasts** are the finish at the planned pace (the figures' finish) and at the
///   pace logged since the start (hours logged ÷ weeks elapsed, at least one), both from
///   today's week.
/// - The **deadline**, when the goal has one, is measured the same way: the hours left
///   against the whole ISO weeks from today's week (or the goal's start, if later) to the
///   deadline. Behind means the hours left exceed what the planned pace delivers in them.
package struct ProgressReport: Sendable {
    /// The credited and total hours of one category.
    package struct Category: Sendable, Hashable {
        package var name: String
        package var creditedHours: Double
        package var totalHours: Double
    }

    /// A finish date at a pace.
    package struct Forecast: Sendable, Hashable {
        package var hoursPerWeek: Double
        package var finish: CivilDate
    }

    /// The figures every view shares.
    package var figures: ProgressFigures
    /// Estimates of the goal's skills done or skipped, and of those known through them.
    package var creditedHours: Double { figures.creditedHours }
    /// ``creditedHours`` plus what the plan has left.
    package var totalHours: Double { figures.totalHours }
    /// Hours logged on started skills of the plan, up to their estimates.
    package var startedCreditHours: Double
    /// Hours of done skills.
    package var doneHours: Double
    /// Hours of skipped skills.
    package var skippedHours: Double
    /// Hours of the skills that done and skipped ones imply: their mandatory prerequisites,
    /// known without a record of their own.
    package var impliedHours: Double
    /// Hours left to study: the plan's hours less the hours logged on started skills.
    package var leftHours: Double { figures.leftHours }
    /// Per category, by name.
    package var categories: [Category]

    /// Counts of the goal's skills.
    package var doneSkills: Int
    package var skippedSkills: Int
    package var startedSkills: Int
    /// Skills of the plan not started.
    package var todoSkills: Int

    /// Minutes logged in all, and in the 7 days up to today.
    package var loggedMinutes: Int
    package var loggedMinutesLastWeek: Int

    /// The week of the goal today is in (0 before the start).
    package var week: Int
    /// The goal's last week of study at the planned pace, and the day that ends.
    package var plannedWeeks: Int { figures.finishWeek }
    package var plannedFinish: CivilDate { figures.finish }
    /// Hours of work the goal's pace plans by today, and the work done (see above).
    package var expectedHours: Double
    package var workDoneHours: Double

    /// The finish at the planned pace.
    package var plannedForecast: Forecast
    /// The finish at the pace logged since the start; `nil` when nothing was logged.
    package var loggedForecast: Forecast?
    /// The hours left against the goal's deadline, from today or the goal's start,
    /// whichever is later; `nil` without a deadline.
    package var deadlinePace: DeadlinePace?

    /// The fraction of the goal credited, from 0 to 1 (1 for a goal with nothing to do).
    package var fraction: Double {
        totalHours > 0 ? min(1, creditedHours / totalHours) : 1
    }

    /// Work done ahead of the schedule (negative: behind).
    package var aheadHours: Double {
        workDoneHours - expectedHours
    }

    /// Works out the report.
    /// - Parameters:
    ///   - goal: The saved goal.
    ///   - catalog: The catalog the goal is planned over.
    ///   - progress: The progress, resolved in `catalog`.
    ///   - remaining: The plan of the goal with the done and skipped skills known.
    ///   - today: Today.
    package init(goal: Goal, catalog: Catalog, progress: ResolvedProgress, remaining: Plan, today: CivilDate) {
        let scope = GoalScope(goal: goal, catalog: catalog)

        var categories: [String: Category] = [:]
        func add(_ skill: Int32, complete: Double, total: Double) {
            let name = catalog.skills[Int(skill)].category
            // One look-up of the category a skill.
            func credit(_ category: inout Category) {
                category.creditedHours += complete
                category.totalHours += total
            }
            credit(&categories[name, default: Category(name: name, creditedHours: 0, totalHours: 0)])
        }
        var done = 0.0
        var skipped = 0.0
        var doneCount = 0
        var skippedCount = 0
        for entry in progress.records where scope.contains(entry.skill) {
            let skill = entry.skill, record = entry.record
            let hours = catalog.hours(ofSkill: skill)
            switch record.state {
            case .done:
                done += hours
                doneCount += 1
            case .skipped:
                skipped += hours
                skippedCount += 1
            case .todo, .started:
                continue
            }
            add(skill, complete: hours, total: hours)
        }
        // Skills that done or skipped ones imply (their mandatory prerequisites) count as
        // known, like skipped ones.
        var implied = 0.0
        // What the plan assumes of the goal's `from` roles (PyTorch of a data scientist) is
        // part of the starting point, as for `init`: neither credited nor in the total.
        let assumed = catalog.mandatoryClosureMask(of: remaining.assumed.map(\.assumed))
        for skill in remaining.known
        where scope.contains(skill) && !assumed[Int(skill)] && !progress.record(of: skill).state.isComplete {
            implied += catalog.hours(ofSkill: skill)
            add(skill, complete: catalog.hours(ofSkill: skill), total: catalog.hours(ofSkill: skill))
        }
        var credit = 0.0
        var startedCount = 0
        for step in remaining.steps {
            let record = progress.record(of: step.skill)
            let stepCredit = record.state == .started ? min(record.hours, step.hours) : 0
            if record.state == .started { startedCount += 1 }
            credit += stepCredit
            add(step.skill, complete: 0, total: step.hours)
        }

        let sessions = progress.allSessions
        // Sums of minutes in Double: a hand-edited store cannot make them overflow.
        let loggedHoursInAll = sessions.reduce(0.0) { $0 + Double($1.minutes) } / 60
        let pace = goal.hoursPerWeek
        let from = max(today, goal.start)
        let leftSchedule = Schedule(
            stepHours: remaining.steps.map { step in
                let record = progress.record(of: step.skill)
                return record.state == .started ? max(0, step.hours - record.hours) : step.hours
            }, hoursPerWeek: pace, start: from, anchor: goal.start)
        figures = ProgressFigures(
            totalHours: done + skipped + implied + remaining.totalHours, creditedHours: done + skipped + implied,
            loggedHours: loggedHoursInAll, leftHours: max(0, remaining.totalHours - credit), schedule: leftSchedule)
        startedCreditHours = credit
        doneHours = done
        skippedHours = skipped
        impliedHours = implied
        self.categories = categories.values.sorted { $0.name < $1.name }
        doneSkills = doneCount
        skippedSkills = skippedCount
        startedSkills = startedCount
        todoSkills = remaining.steps.count - startedCount

        let weekAgo = today.adding(days: -7)
        loggedMinutes = sessions.reduce(0) { $0 + $1.minutes }
        loggedMinutesLastWeek = sessions.filter { $0.date > weekAgo && $0.date <= today }.reduce(0) { $0 + $1.minutes }

        let studyTotal = done + remaining.totalHours
        let elapsedDays = today.daysSinceEpoch - goal.start.daysSinceEpoch
        week = elapsedDays < 0 ? 0 : leftSchedule.firstWeek
        expectedHours = min(studyTotal, Double(max(0, elapsedDays)) / 7 * pace)
        workDoneHours = done + credit

        let left = figures.leftHours
        deadlinePace = goal.deadline.map { DeadlinePace(totalHours: left, start: from, deadline: $0, anchor: goal.start) }
        plannedForecast = Forecast(hoursPerWeek: pace, finish: leftSchedule.finish)
        let loggedSinceStart = sessions.filter { $0.date >= goal.start && $0.date <= today }.reduce(0) {
            $0 + $1.minutes
        }
        if elapsedDays >= 0, loggedSinceStart > 0 {
            let weeks = max(1, Double(elapsedDays + 1) / 7)
            let loggedPace = Double(loggedSinceStart) / 60 / weeks
            loggedForecast = Forecast(
                hoursPerWeek: loggedPace,
                finish: Schedule(stepHours: [left], hoursPerWeek: loggedPace, start: today, anchor: goal.start).finish)
        } else {
            loggedForecast = nil
        }
    }
}
