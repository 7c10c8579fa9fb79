/// Hours of study measured against a deadline: how many whole study weeks fit from the
/// start to the deadline, whether a pace finishes in them (and by how many weeks it misses
/// or has to spare), and the pace that meets it.
///
/// Weeks are counted as ``Schedule`` counts them: ISO weeks, Monday to Sunday, from the
/// week of `start` (a week of the anchor's numbering); a week fits when its Sunday is on or
/// before the deadline. A pace meets the deadline exactly
/// when the schedule at that pace finishes on or before it.
package struct DeadlinePace: Sendable, Hashable {
    /// The hours to study.
    package var totalHours: Double
    /// The first day of study.
    package var start: CivilDate
    /// The day whose week is week 1 (`start` unless a saved goal began earlier).
    package var anchor: CivilDate
    /// The date to finish by.
    package var deadline: CivilDate
    /// Whole study weeks from `start` to `deadline`, the deadline included; 0 when not one
    /// fits (the deadline is less than a week away, or before the start).
    package var availableWeeks: Int

    /// Paces are rounded up to this many hours, so that the pace told really meets the date.
    package static let paceStep = 0.5

    package init(totalHours: Double, start: CivilDate, deadline: CivilDate, anchor: CivilDate? = nil) {
        self.totalHours = max(0, totalHours)
        self.start = start
        self.deadline = deadline
        self.anchor = anchor ?? start
        // Weeks from the Monday of the start's week whose Sunday is on or before the deadline.
        availableWeeks = max(0, (deadline.daysSinceEpoch - start.mondayOfWeek.daysSinceEpoch + 1) / 7)
    }

    /// The hours a week that spread ``totalHours`` evenly over ``availableWeeks``, not
    /// rounded; `nil` when not one week fits.
    package var exactHoursPerWeek: Double? {
        availableWeeks > 0 ? totalHours / Double(availableWeeks) : nil
    }

    /// The slowest pace, in steps of ``paceStep`` and not below
    /// ``Schedule/minimumHoursPerWeek``, that finishes by the deadline; `nil` when not one
    /// week fits or when it would take more than ``Schedule/maximumHoursPerWeek``.
    package var requiredHoursPerWeek: Double? {
        guard let exact = exactHoursPerWeek else { return nil }
        // The tolerance keeps 8.5000000001 (a sum of step hours) at 8.5.
        let rounded = max(
            Schedule.minimumHoursPerWeek, ((exact / Self.paceStep) - 1e-9).rounded(.up) * Self.paceStep)
        return rounded <= Schedule.maximumHoursPerWeek ? rounded : nil
    }

    /// The weeks ``totalHours`` take at a pace (as ``Schedule`` places them).
    package func weeksNeeded(atHoursPerWeek hoursPerWeek: Double) -> Int {
        Schedule(stepHours: [totalHours], hoursPerWeek: hoursPerWeek, start: start, anchor: anchor).weeksOfWork
    }

    /// Whether studying at a pace finishes on or before the deadline.
    package func meets(atHoursPerWeek hoursPerWeek: Double) -> Bool {
        weeksNeeded(atHoursPerWeek: hoursPerWeek) <= availableWeeks
    }

    /// Whole weeks the finish at a pace falls after the deadline (0 when it meets it).
    package func weeksLate(atHoursPerWeek hoursPerWeek: Double) -> Int {
        max(0, weeksNeeded(atHoursPerWeek: hoursPerWeek) - availableWeeks)
    }

    /// Whole weeks between the finish at a pace and the deadline (0 when it misses it).
    package func weeksToSpare(atHoursPerWeek hoursPerWeek: Double) -> Int {
        max(0, availableWeeks - weeksNeeded(atHoursPerWeek: hoursPerWeek))
    }

    /// The hours a pace leaves unstudied at the deadline: ``totalHours`` less what the
    /// available weeks hold at that pace (0 when it meets the deadline).
    package func shortfallHours(atHoursPerWeek hoursPerWeek: Double) -> Double {
        let shortfall = totalHours - Double(availableWeeks) * hoursPerWeek
        return shortfall > 1e-9 ? shortfall : 0
    }
}
