/// The figures of a saved goal that every view prints — `status`, `plan`, `next`,
/// `export` in every format — worked out once, so that they agree to the hour and the day.
///
/// Two kinds of hours, never mixed:
/// - **Credited** hours are estimates: those of the goal's skills done or skipped, and of
///   the skills known through them (their mandatory prerequisites).
/// - **Logged** hours are time recorded with `upskill log`.
///
/// The **total** is the credited hours plus the plan of what is left (started skills at
/// their full estimate); the **percent** is credited ÷ total. The hours **left** to study are
/// the plan of what is left less the hours logged on its started skills (up to each
/// one's estimate). The **schedule** places them from the current week at the goal's
/// pace, in ISO weeks numbered from the week of the goal's start, so that week 5 is the
/// same week in every view and every later export; the **finish** is the Sunday of its
/// last week.
package struct ProgressFigures: Sendable, Hashable {
    /// Credited hours plus the plan of what is left.
    package var totalHours: Double
    /// Estimates of the goal's skills done or skipped, and of those known through them.
    package var creditedHours: Double
    /// Time recorded, in all.
    package var loggedHours: Double
    /// Hours left to study.
    package var leftHours: Double
    /// The hours left on the calendar: from today's week, numbered from the goal's start.
    package var schedule: Schedule

    package init(totalHours: Double, creditedHours: Double, loggedHours: Double, leftHours: Double, schedule: Schedule) {
        self.totalHours = totalHours
        self.creditedHours = creditedHours
        self.loggedHours = loggedHours
        self.leftHours = leftHours
        self.schedule = schedule
    }

    /// Credited ÷ total, 0 to 100, rounded down: 100 only when nothing is left (and for a
    /// goal with nothing to learn).
    package var percent: Int {
        guard totalHours > 1e-9 else { return 100 }
        let exact = creditedHours / totalHours * 100
        return min(100, Int((exact + 1e-9).rounded(.down)))
    }

    /// The day the hours left are done at the goal's pace: the Sunday of the schedule's
    /// last week (today when nothing is left).
    package var finish: CivilDate {
        schedule.finish
    }

    /// The week of the goal today is in (the schedule's first week).
    package var week: Int {
        schedule.firstWeek
    }

    /// The number of the goal's last week of study (the week of ``finish``).
    package var finishWeek: Int {
        max(schedule.weekCount, schedule.firstWeek)
    }
}
