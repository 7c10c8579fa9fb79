import Testing
import UpskillPlanner

/// Calendar dates: day numbers and dates round-trip over a wide range (leap years 2000
/// and 2100 included), ISO `YYYY-MM-DD` parsing accepts only dates that exist, and
/// `adding(days:)` crosses months and years.
@Suite("CivilDate")
struct CivilDateTests {
    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    @Test("Known day numbers", arguments: [
        (1970, 1, 1, 0), (1969, 12, 31, -1), (2000, 2, 29, 11_016), (2000, 3, 1, 11_017),
        (2100, 2, 28, 47_540), (2100, 3, 1, 47_541), (1900, 2, 28, -25_509), (1900, 3, 1, -25_508),
        (2026, 11, 23, 20_780),
    ])
    func knownDays(year: Int, month: Int, day: Int, number: Int) {
        let date = CivilDate(year: year, month: month, day: day)
        #expect(date.daysSinceEpoch == number)
        #expect(CivilDate(daysSinceEpoch: number) == date)
    }

    @Test("Every day from 1600 to 2400 follows the one before it")
    func consecutiveDays() {
        var year = 1600, month = 1, day = 1
        var number = CivilDate(year: 1600, month: 1, day: 1).daysSinceEpoch
        var mismatches = 0
        while year <= 2400 {
            let date = CivilDate(year: year, month: month, day: day)
            if CivilDate(daysSinceEpoch: number) != date || date.daysSinceEpoch != number {
                mismatches += 1
                if mismatches <= 5 { Issue.record("day \(number) ↔ \(date)") }
            }
            number += 1
            day += 1
            if day > Self.days(inMonth: month, year: year) {
                day = 1
                month += 1
                if month > 12 {
                    month = 1
                    year += 1
                }
            }
        }
        #expect(mismatches == 0)
    }

    @Test("Day numbers round-trip far from the epoch", arguments: Array(UInt64(0)..<4))
    func wideRoundTrip(seed: UInt64) {
        var random = PlannerRandom(seed: seed | 0xDA7E_0000)
        for _ in 0..<2_000 {
            let number = random.int(-3_000_000...3_000_000)
            let date = CivilDate(daysSinceEpoch: number)
            #expect(date.daysSinceEpoch == number, "\(number) → \(date)")
            #expect((1...12).contains(date.month) && (1...Self.days(inMonth: date.month, year: date.year)).contains(date.day),
                "\(number) → \(date.year)-\(date.month)-\(date.day)")
            #expect(date.adding(days: 1) > date)
        }
    }

    @Test("Valid ISO dates parse and print back", arguments: ["2026-11-23", "2000-02-29", "2024-02-29", "1999-12-31", "0005-01-01", "2100-12-31"])
    func parsesValid(text: String) throws {
        let date = try #require(CivilDate(iso: text))
        #expect(date.description == text)
    }

    @Test("Invalid ISO dates are rejected", arguments: [
        "2026-02-30", "2026-13-01", "2026-1-01", "2026-01-1", "2100-02-29", "1900-02-29", "2026-00-10", "2026-01-00",
        "2026-04-31", "26-01-01", "2026/01/01", "2026-01-01T00:00", "", "2026-01-01 ", " 2026-01-01", "+026-01-01",
        "-2026-01-01", "２０２６-01-01", "2026-01", "2026--01-01", "2026-1a-01",
    ])
    func rejectsInvalid(text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test("Adding days crosses leap days, months and years")
    func addingDays() {
        let date = CivilDate(year: 2024, month: 2, day: 28)
        #expect(date.adding(days: 1) == CivilDate(year: 2024, month: 2, day: 29))
        #expect(date.adding(days: 2) == CivilDate(year: 2024, month: 3, day: 1))
        #expect(CivilDate(year: 2100, month: 2, day: 28).adding(days: 1) == CivilDate(year: 2100, month: 3, day: 1))
        #expect(CivilDate(year: 2000, month: 2, day: 28).adding(days: 1) == CivilDate(year: 2000, month: 2, day: 29))
        #expect(CivilDate(year: 2026, month: 12, day: 31).adding(days: 1) == CivilDate(year: 2027, month: 1, day: 1))
        #expect(CivilDate(year: 2027, month: 1, day: 1).adding(days: -1) == CivilDate(year: 2026, month: 12, day: 31))
        #expect(date.adding(days: 366).adding(days: -366) == date)
    }

    @Test("Dates order like their day numbers")
    func ordering() {
        var random = PlannerRandom(seed: 99)
        for _ in 0..<500 {
            let a = random.int(-200_000...200_000), b = random.int(-200_000...200_000)
            #expect((CivilDate(daysSinceEpoch: a) < CivilDate(daysSinceEpoch: b)) == (a < b))
        }
    }
}
