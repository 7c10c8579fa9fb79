import Testing
import UpskillPlanner

/// Placing a plan on the calendar: weeks filled in plan order, steps spanning weeks,
/// zero-hour steps, `weekCount == ⌈total ÷ hoursPerWeek⌉`, the days of each week, and the
/// pace needed to finish by a deadline.
@Suite("Schedule")
struct ScheduleTests {
    static let monday = CivilDate(year: 2026, month: 1, day: 5)

    @Test("Weeks are filled in plan order and a step may span weeks")
    func fillsInOrder() {
        let schedule = Schedule(stepHours: [3, 5, 2], hoursPerWeek: 4, start: Self.monday)
        #expect(schedule.weeks == [1...1, 1...2, 3...3])
        #expect(schedule.weekCount == 3)
        #expect(schedule.finish == CivilDate(year: 2026, month: 1, day: 25))

        let long = Schedule(stepHours: [10, 0.5], hoursPerWeek: 4, start: Self.monday)
        #expect(long.weeks == [1...3, 3...3])
        #expect(long.weekCount == 3)
    }

    @Test("A step that ends a week exactly does not spill into the next one")
    func exactWeeks() {
        let schedule = Schedule(stepHours: [4, 4, 2, 2], hoursPerWeek: 4, start: Self.monday)
        #expect(schedule.weeks == [1...1, 2...2, 3...3, 3...3])
        #expect(schedule.weekCount == 3)
    }

    @Test("Zero-hour steps take no time and sit where the work is")
    func zeroHourSteps() {
        let schedule = Schedule(stepHours: [0, 3, 0, 2], hoursPerWeek: 4, start: Self.monday)
        #expect(schedule.weeks == [1...1, 1...1, 1...1, 1...2])
        #expect(schedule.weekCount == 2)

        let between = Schedule(stepHours: [4, 0, 2], hoursPerWeek: 4, start: Self.monday)
        #expect(between.weeks == [1...1, 1...1, 2...2])

        let milestonesOnly = Schedule(stepHours: [0, 0], hoursPerWeek: 4, start: Self.monday)
        #expect(milestonesOnly.weekCount == 0)
        #expect(milestonesOnly.weeks == [1...1, 1...1])
        #expect(milestonesOnly.finish == Self.monday)
    }

    @Test("A zero-hour step after a full last week stays inside the schedule")
    func trailingMilestone() {
        // Regression: a final milestone (a 0-hour target) after work that fills its last
        // week exactly used to be put in week 2 of a 1-week schedule: JSON output said
        // "weeks": 1 and the milestone's startWeek 2, for a plan finishing with week 1.
        let schedule = Schedule(stepHours: [4, 0], hoursPerWeek: 4, start: Self.monday)
        #expect(schedule.weekCount == 1)
        #expect(schedule.weeks == [1...1, 1...1])
        #expect(schedule.weeks.allSatisfy { $0.upperBound <= max(schedule.weekCount, 1) }, "\(schedule.weeks)")
    }

    @Test("An empty plan takes no weeks and finishes at the start")
    func empty() {
        let schedule = Schedule(stepHours: [], hoursPerWeek: 10, start: Self.monday)
        #expect(schedule.weeks.isEmpty)
        #expect(schedule.weekCount == 0)
        #expect(schedule.finish == Self.monday)
    }

    @Test("The days of a week")
    func weekDays() {
        let schedule = Schedule(stepHours: [30], hoursPerWeek: 10, start: Self.monday)
        #expect(schedule.firstDay(ofWeek: 1) == Self.monday)
        #expect(schedule.lastDay(ofWeek: 1) == CivilDate(year: 2026, month: 1, day: 11))
        #expect(schedule.firstDay(ofWeek: 2) == CivilDate(year: 2026, month: 1, day: 12))
        #expect(schedule.lastDay(ofWeek: 4) == CivilDate(year: 2026, month: 2, day: 1))
        #expect(schedule.finish == CivilDate(year: 2026, month: 1, day: 25))
    }

    @Test("Random plans: each positive step spans the weeks its hours fall in", arguments: Array(UInt64(0)..<8))
    func randomSchedules(seed: UInt64) {
        var random = PlannerRandom(seed: seed | 0x5C4E_D000_0000)
        let paces: [Double] = [0.5, 1, 2.5, 4, 7.5, 10, 12, 40]
        for _ in 0..<100 {
            // Everything in half hours, so the expected weeks are exact integer arithmetic.
            let halves = (0..<random.int(0...12)).map { _ in random.chance(0.2) ? 0 : random.int(1...40) }
            let pace = random.element(of: paces) ?? 10
            let paceHalves = Int(pace * 2)
            let schedule = Schedule(stepHours: halves.map { Double($0) / 2 }, hoursPerWeek: pace, start: Self.monday)
            let total = halves.reduce(0, +)
            let context = Comment(rawValue: "\(halves) half hours at \(pace) h/week: \(schedule.weeks)")
            #expect(schedule.weekCount == (total + paceHalves - 1) / paceHalves, context)
            #expect(schedule.weeks.count == halves.count, context)
            var elapsed = 0
            var previousLast = 1
            for (hours, weeks) in zip(halves, schedule.weeks) {
                if hours > 0 {
                    let first = elapsed / paceHalves + 1
                    let last = (elapsed + hours + paceHalves - 1) / paceHalves
                    #expect(weeks == first...last, context)
                } else {
                    // A milestone sits in the week where the work before it ends.
                    let week = max(1, (elapsed + paceHalves - 1) / paceHalves)
                    #expect(weeks == week...week, context)
                }
                #expect(weeks.upperBound <= max(schedule.weekCount, 1), context)
                #expect(weeks.lowerBound >= previousLast, context)
                previousLast = weeks.upperBound
                elapsed += hours
            }
        }
    }

    @Test("The pace to finish by a deadline counts whole ISO weeks, the deadline's included")
    func paceForDeadline() {
        let start = Self.monday
        func pace(from start: CivilDate = start, by deadline: CivilDate) -> Double? {
            DeadlinePace(totalHours: 30, start: start, deadline: deadline).exactHoursPerWeek
        }
        #expect(pace(by: CivilDate(year: 2026, month: 1, day: 11)) == 30)
        #expect(pace(by: CivilDate(year: 2026, month: 1, day: 10)) == nil)
        #expect(pace(by: CivilDate(year: 2026, month: 2, day: 1)) == 7.5)
        #expect(pace(by: CivilDate(year: 2026, month: 2, day: 3)) == 7.5)
        #expect(pace(by: start) == nil)
        #expect(pace(by: start.adding(days: -30)) == nil)
        // A Wednesday start is in the week of the Monday before: that week ends on Sunday.
        #expect(pace(from: start.adding(days: 2), by: CivilDate(year: 2026, month: 1, day: 11)) == 30)
    }

    @Test("At the pace worked out from a deadline the schedule finishes by it", arguments: Array(UInt64(0)..<4))
    func paceMeetsDeadline(seed: UInt64) throws {
        var random = PlannerRandom(seed: seed | 0xDEAD_0000)
        for _ in 0..<100 {
            let start = CivilDate(daysSinceEpoch: random.int(0...30_000))
            let deadline = start.adding(days: random.int(6...800))
            let steps = (0..<random.int(1...10)).map { _ in Double(random.int(0...60)) / 2 }
            guard steps.reduce(0, +) > 0 else { continue }
            guard let pace = DeadlinePace(totalHours: steps.reduce(0, +), start: start, deadline: deadline)
                .exactHoursPerWeek
            else {
                // Only when the deadline's week ends before a whole week fits.
                #expect(deadline < start.mondayOfWeek.adding(days: 6), "\(start) by \(deadline)")
                continue
            }
            let schedule = Schedule(stepHours: steps, hoursPerWeek: pace, start: start)
            #expect(schedule.finish <= deadline, "\(steps) from \(start) by \(deadline) at \(pace)")
            #expect(schedule.finish.isoWeekday == 7 || schedule.weeksOfWork == 0)
            // Below the slowest accepted pace the schedule runs at that pace, finishing early.
            if pace >= Schedule.minimumHoursPerWeek {
                #expect(
                    schedule.finish > deadline.adding(days: -7), "\(steps) from \(start) by \(deadline) at \(pace)")
            }
        }
    }

    @Test("A pace outside 0.25…168 hours a week is brought into range, never trapping")
    func paceIsClamped() {
        let start = Self.monday
        for pace in [1e-300, 0, -5, .infinity, .nan, 1e300] {
            let schedule = Schedule(stepHours: [626], hoursPerWeek: pace, start: start)
            #expect(Schedule.accepts(hoursPerWeek: schedule.hoursPerWeek), "\(pace)")
            #expect(schedule.weekCount == Int((626 / schedule.hoursPerWeek).rounded(.up)), "\(pace)")
        }
        #expect(!Schedule.accepts(hoursPerWeek: 0.2))
        #expect(Schedule.accepts(hoursPerWeek: 0.25))
        #expect(Schedule.accepts(hoursPerWeek: 168))
        #expect(!Schedule.accepts(hoursPerWeek: 168.5))
    }
}
