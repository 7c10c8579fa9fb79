import UpskillGraph
import UpskillPlanner

/// Where a learner stands on their goal: what `upskill status` shows.
///
/// The measures, precisely:
/// - The goal's **skills** are those of its ``GoalScope``.
/// - **Complete** hours: done and skipped skills of the goal count their full hours, as
///   do the skills they imply (their mandatory prerequisites, known with them); started
///   skills still in the plan count the hours logged on them, up to their estimate.
///   **Total** hours: the complete skills' hours plus the plan of what is left. Both are
///   also given per category.
/// - The **schedule** is studied work (done, plus the credit of started skills; skipped
///   skills were not studied) against the plan's pace from the goal's start: at
///   `hoursPerWeek` a week, how many hours should be done by today.
/// - The **forecasts** place the work left on weeks from today: at the planned pace, and
///   at the pace logged since the start (hours logged ÷ weeks elapsed, at least one).
/// - The **deadline**, when the goal has one, is measured the same way: the hours left
///   against the whole weeks from today (or the goal's start, if later) to the deadline.
///   Behind means the hours left exceed what the planned pace delivers in those weeks.
package struct ProgressReport: Sendable {
    /// The complete and total hours of one category.
    package struct Category: Sendable, Hashable {
        package var name: String
        package var completeHours: Double
        package var totalHours: Double
    }

    /// A finish date at a pace.
    package struct Forecast: Sendable, Hashable {
        package var hoursPerWeek: Double
        package var finish: CivilDate
    }

    /// Hours of the goal's skills done, skipped, or credited to started skills.
    package var completeHours: Double
    /// ``completeHours`` plus what the plan has left.
    package var totalHours: Double
    /// Hours of done skills.
    package var doneHours: Double
    /// Hours of skipped skills.
    package var skippedHours: Double
    /// Hours of the skills that done and skipped ones imply: their mandatory prerequisites,
    /// known without a record of their own.
    package var impliedHours: Double
    /// Hours left to study: the plan's hours less the credit of started skills.
    package var remainingHours: Double
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

    /// The week of the schedule today is in (0 before the start).
    package var week: Int
    /// The weeks the study takes at the planned pace, and the day that ends.
    package var plannedWeeks: Int
    package var plannedFinish: CivilDate
    /// Hours of study the schedule expects by today, and the hours studied.
    package var expectedHours: Double
    package var studiedHours: Double

    /// The finish at the planned pace.
    package var plannedForecast: Forecast
    /// The finish at the pace logged since the start; `nil` when nothing was logged.
    package var loggedForecast: Forecast?
    /// The hours left against the goal's deadline, from today or the goal's start,
    /// whichever is later; `nil` without a deadline.
    package var deadlinePace: DeadlinePace?

    /// The fraction of the goal complete, from 0 to 1 (1 for a goal with nothing to do).
    package var fraction: Double {
        totalHours > 0 ? min(1, completeHours / totalHours) : 1
    }

    /// Studied hours ahead of the schedule (negative: behind).
    package var aheadHours: Double {
        studiedHours - expectedHours
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
            categories[name, default: Category(name: name, completeHours: 0, totalHours: 0)].completeHours += complete
            categories[name, default: Category(name: name, completeHours: 0, totalHours: 0)].totalHours += total
        }
        var done = 0.0
        var skipped = 0.0
        var doneCount = 0
        var skippedCount = 0
        for (skill, record) in progress.bySkill.sorted(by: { $0.key < $1.key }) where scope.contains(skill) {
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
        for skill in remaining.known where scope.contains(skill) && !progress.record(of: skill).state.isComplete {
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
            add(step.skill, complete: stepCredit, total: step.hours)
        }

        completeHours = done + skipped + implied + credit
        totalHours = done + skipped + implied + remaining.totalHours
        doneHours = done
        skippedHours = skipped
        impliedHours = implied
        remainingHours = max(0, remaining.totalHours - credit)
        self.categories = categories.values.sorted { $0.name < $1.name }
        doneSkills = doneCount
        skippedSkills = skippedCount
        startedSkills = startedCount
        todoSkills = remaining.steps.count - startedCount

        let sessions = progress.allSessions
        let weekAgo = today.adding(days: -7)
        loggedMinutes = sessions.reduce(0) { $0 + $1.minutes }
        loggedMinutesLastWeek = sessions.filter { $0.date > weekAgo && $0.date <= today }.reduce(0) { $0 + $1.minutes }

        let pace = goal.hoursPerWeek
        let studyTotal = done + remaining.totalHours
        let elapsedDays = today.daysSinceEpoch - goal.start.daysSinceEpoch
        week = elapsedDays < 0 ? 0 : elapsedDays / 7 + 1
        let planned = Schedule(stepHours: [studyTotal], hoursPerWeek: pace, start: goal.start)
        plannedWeeks = planned.weekCount
        plannedFinish = planned.finish
        expectedHours = min(studyTotal, Double(max(0, elapsedDays)) / 7 * pace)
        studiedHours = done + credit

        let from = max(today, goal.start)
        let left = remainingHours
        deadlinePace = goal.deadline.map { DeadlinePace(totalHours: left, start: from, deadline: $0) }
        plannedForecast = Forecast(
            hoursPerWeek: pace, finish: Schedule(stepHours: [remainingHours], hoursPerWeek: pace, start: from).finish)
        let loggedSinceStart = sessions.filter { $0.date >= goal.start && $0.date <= today }.reduce(0) {
            $0 + $1.minutes
        }
        if elapsedDays >= 0, loggedSinceStart > 0 {
            let weeks = max(1, Double(elapsedDays + 1) / 7)
            let loggedPace = Double(loggedSinceStart) / 60 / weeks
            loggedForecast = Forecast(
                hoursPerWeek: loggedPace,
                finish: Schedule(stepHours: [remainingHours], hoursPerWeek: loggedPace, start: today).finish)
        } else {
            loggedForecast = nil
        }
    }
}
