/// A plan placed on the calendar: study weeks of a fixed number of hours, filled in plan
/// order. For one learner whose study of a skill may be split across weeks this is
/// optimal: the plan takes ⌈total ÷ hours per week⌉ weeks.
///
/// Weeks are ISO weeks, Monday to Sunday, numbered from the week of an anchor day: a saved
/// goal's start, so that week 5 is the same week in every view and every later export, or
/// the plan's own start. Work begins in the week of ``start`` (week 1 when that is the
/// anchor's week), with that week's full hours.
package struct Schedule: Sendable, Hashable {
    /// Hours of study per week.
    package var hoursPerWeek: Double
    /// The first day of study: the plan's start, or today for the rest of a saved goal.
    package var start: CivilDate
    /// The Monday of week 1: of the anchor's week.
    package var weekOne: CivilDate
    /// The week the work begins in (1 for a plan from its own start).
    package var firstWeek: Int
    /// For each step of the plan, the first and last week it falls in, numbered from
    /// week 1.
    package var weeks: [ClosedRange<Int>]
    /// The hours each step was scheduled with, in plan order (a started step's hours still
    /// to study), so that a finer schedule (the calendar's sessions) agrees with this one.
    package var stepHours: [Double]
    /// The number of the last week with work: the plan takes weeks 1 to `weekCount`
    /// (``firstWeek`` − 1 when there is no work).
    package var weekCount: Int
    /// The hours scheduled: the sum of the step hours.
    package var totalHours: Double

    /// The slowest pace a schedule takes: a quarter of an hour a week.
    package static let minimumHoursPerWeek = 0.25
    /// The fastest: every hour of the week.
    package static let maximumHoursPerWeek = 168.0

    /// The most weeks a schedule counts: 2^40 (about 21 billion years). Week numbers are
    /// kept below it, so that no sum of hours, however large, makes the week or date
    /// arithmetic trap (issue 16, finding 5); the format's bound on hours keeps real
    /// plans far below it.
    package static let maximumWeeks = 1 << 40

    /// The whole number of weeks in `weeks`, rounded as asked and kept in
    /// `0...maximumWeeks` (NaN counts as 0, +infinity as the maximum).
    package static func wholeWeeks(_ weeks: Double, rounding rule: FloatingPointRoundingRule) -> Int {
        let rounded = weeks.rounded(rule)
        guard rounded > 0 else { return 0 }
        return rounded < Double(maximumWeeks) ? Int(rounded) : maximumWeeks
    }

    /// Whether a pace is one a schedule takes, from ``minimumHoursPerWeek`` to
    /// ``maximumHoursPerWeek``.
    package static func accepts(hoursPerWeek: Double) -> Bool {
        hoursPerWeek.isFinite && hoursPerWeek >= minimumHoursPerWeek && hoursPerWeek <= maximumHoursPerWeek
    }

    /// Schedules the given step hours, in order. A pace outside the accepted range (which
    /// commands refuse up front; a hand-edited file might hold one) is brought into it, so
    /// that no input can make the week arithmetic overflow.
    /// - Parameters:
    ///   - stepHours: Hours of each step, in plan order.
    ///   - requested: Hours of study per week.
    ///   - start: The first day of study.
    ///   - anchor: The day whose week is week 1; `start` unless given (a saved goal's
    ///     start, for the rest of it). A `start` before the anchor's week starts in week 1.
    package init(stepHours: [Double], hoursPerWeek requested: Double, start: CivilDate, anchor: CivilDate? = nil) {
        let hoursPerWeek =
            requested.isFinite
            ? min(max(requested, Self.minimumHoursPerWeek), Self.maximumHoursPerWeek) : 8
        self.hoursPerWeek = hoursPerWeek
        self.start = start
        let weekOne = (anchor ?? start).mondayOfWeek
        self.weekOne = weekOne
        let firstWeek = max(1, (start.mondayOfWeek.daysSinceEpoch - weekOne.daysSinceEpoch) / 7 + 1)
        self.firstWeek = firstWeek
        let offset = min(firstWeek - 1, Self.maximumWeeks)
        var elapsed = 0.0
        var weeks: [ClosedRange<Int>] = []
        weeks.reserveCapacity(stepHours.count)
        let tolerance = 1e-9
        for hours in stepHours {
            // A step occupies the study time (elapsed, elapsed + hours]; a milestone of zero
            // hours sits in the week where the work before it ends.
            let first =
                hours > tolerance
                ? min(Self.wholeWeeks((elapsed + tolerance) / hoursPerWeek, rounding: .down) + 1, Self.maximumWeeks)
                : max(1, Self.wholeWeeks((elapsed - tolerance) / hoursPerWeek, rounding: .up))
            // A step of negative or NaN hours (which validation refuses) adds nothing.
            if hours > 0 { elapsed += hours }
            let last = max(first, Self.wholeWeeks((elapsed - tolerance) / hoursPerWeek, rounding: .up))
            weeks.append((first + offset)...(last + offset))
        }
        self.weeks = weeks
        self.stepHours = stepHours
        totalHours = elapsed
        self.weekCount =
            offset + (elapsed > tolerance ? Self.wholeWeeks((elapsed - tolerance) / hoursPerWeek, rounding: .up) : 0)
    }

    /// How many weeks the work takes from ``firstWeek``.
    package var weeksOfWork: Int {
        weekCount - (firstWeek - 1)
    }

    /// The Monday of a week (1-based). (Week numbers are brought into
    /// `-maximumWeeks...maximumWeeks`, so the day arithmetic cannot overflow.)
    package func firstDay(ofWeek week: Int) -> CivilDate {
        weekOne.adding(days: 7 * (Self.bounded(week) - 1))
    }

    /// The Sunday of a week (1-based).
    package func lastDay(ofWeek week: Int) -> CivilDate {
        weekOne.adding(days: 7 * Self.bounded(week) - 1)
    }

    private static func bounded(_ week: Int) -> Int {
        min(max(week, -maximumWeeks), maximumWeeks)
    }

    /// The day the plan is finished: the Sunday of its last week (the start, when there
    /// is no work).
    package var finish: CivilDate {
        weeksOfWork == 0 ? start : lastDay(ofWeek: weekCount)
    }
}
