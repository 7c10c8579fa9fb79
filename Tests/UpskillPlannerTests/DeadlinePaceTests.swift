import Testing
import UpskillPlanner

/// Hours against a deadline: whole weeks between the dates, the pace that meets it
/// rounded up to a half hour, and by how many weeks a pace misses it or has to spare.
@Suite("DeadlinePace")
struct DeadlinePaceTests {
    static let monday = CivilDate(year: 2026, month: 1, day: 5)

    @Test("Whole weeks are counted from the start to the deadline, the deadline included")
    func availableWeeks() {
        let start = Self.monday
        #expect(DeadlinePace(totalHours: 10, start: start, deadline: start.adding(days: 6)).availableWeeks == 1)
        #expect(DeadlinePace(totalHours: 10, start: start, deadline: start.adding(days: 5)).availableWeeks == 0)
        #expect(DeadlinePace(totalHours: 10, start: start, deadline: start.adding(days: 20)).availableWeeks == 3)
        #expect(DeadlinePace(totalHours: 10, start: start, deadline: start.adding(days: 26)).availableWeeks == 3)
        #expect(DeadlinePace(totalHours: 10, start: start, deadline: start.adding(days: -30)).availableWeeks == 0)
    }

    @Test(
        "The required pace is rounded up to a half hour",
        arguments: [
            (30.0, 4, 7.5), (31.0, 4, 8.0), (30.1, 4, 8.0), (8.5 * 3, 3, 8.5), (1.0, 10, 0.5), (0.0, 4, 0.25),
            (621.0, 60, 10.5),
        ] as [(Double, Int, Double)])
    func requiredPace(hours: Double, weeks: Int, pace: Double) {
        let check = DeadlinePace(totalHours: hours, start: Self.monday, deadline: Self.monday.adding(days: 7 * weeks - 1))
        #expect(check.availableWeeks == weeks)
        #expect(check.requiredHoursPerWeek == pace)
        #expect(check.meets(atHoursPerWeek: pace))
    }

    @Test("No pace meets a deadline that needs more than 168 hours a week or leaves no whole week")
    func impossible() {
        let start = Self.monday
        let tooMuch = DeadlinePace(totalHours: 626, start: start, deadline: start.adding(days: 6))
        #expect(tooMuch.exactHoursPerWeek == 626)
        #expect(tooMuch.requiredHoursPerWeek == nil)
        #expect(!tooMuch.meets(atHoursPerWeek: 168))
        let noWeek = DeadlinePace(totalHours: 5, start: start, deadline: start.adding(days: 3))
        #expect(noWeek.exactHoursPerWeek == nil)
        #expect(noWeek.requiredHoursPerWeek == nil)
        #expect(noWeek.weeksLate(atHoursPerWeek: 10) == 1)
        #expect(noWeek.shortfallHours(atHoursPerWeek: 10) == 5)
    }

    @Test("Weeks late and to spare, and the hours short, at a given pace")
    func missAndSpare() {
        // 626 hours from 2026-01-05 to 2027-12-31: 103 whole weeks.
        let check = DeadlinePace(totalHours: 626, start: Self.monday, deadline: CivilDate(year: 2027, month: 12, day: 31))
        #expect(check.availableWeeks == 103)
        #expect(check.weeksNeeded(atHoursPerWeek: 6) == 105)
        #expect(!check.meets(atHoursPerWeek: 6))
        #expect(check.weeksLate(atHoursPerWeek: 6) == 2)
        #expect(check.weeksToSpare(atHoursPerWeek: 6) == 0)
        #expect(check.shortfallHours(atHoursPerWeek: 6) == 626 - 6 * 103)
        #expect(check.requiredHoursPerWeek == 6.5)
        #expect(check.meets(atHoursPerWeek: 8))
        #expect(check.weeksToSpare(atHoursPerWeek: 8) == 103 - 79)
        #expect(check.weeksLate(atHoursPerWeek: 8) == 0)
        #expect(check.shortfallHours(atHoursPerWeek: 8) == 0)
    }

    @Test("The required pace meets the deadline and half an hour less does not", arguments: Array(UInt64(0)..<4))
    func requiredPaceIsTheSlowest(seed: UInt64) throws {
        var random = PlannerRandom(seed: seed | 0xDEAD_1000)
        for _ in 0..<200 {
            let start = CivilDate(daysSinceEpoch: random.int(0...30_000))
            let deadline = start.adding(days: random.int(6...800))
            let hours = Double(random.int(1...2_000)) / 4
            let check = DeadlinePace(totalHours: hours, start: start, deadline: deadline)
            let context: Comment = "\(hours) h from \(start) by \(deadline)"
            guard let pace = check.requiredHoursPerWeek else {
                #expect(try #require(check.exactHoursPerWeek) > 168, context)
                continue
            }
            #expect(Schedule(stepHours: [hours], hoursPerWeek: pace, start: start).finish <= deadline, context)
            #expect(check.meets(atHoursPerWeek: pace), context)
            if pace - 0.5 >= Schedule.minimumHoursPerWeek {
                #expect(!check.meets(atHoursPerWeek: pace - 0.5), context)
                #expect(check.shortfallHours(atHoursPerWeek: pace - 0.5) > 0, context)
            }
        }
    }
}
