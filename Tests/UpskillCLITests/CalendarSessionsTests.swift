import Foundation
import Testing
import UpskillPlanner
import UpskillRendering

/// `--format ics --ics-sessions`: timed study sessions on the study days, checked against
/// the same plan's JSON (its steps' weeks, its hours, its finish), through the binary.
@Suite("Calendar study sessions (binary)")
struct CalendarSessionsTests {
    /// One calendar event, unfolded: its first day, minutes, and how it repeats.
    struct Event {
        var uid: String
        var first: CivilDate
        var minutes: Int
        var count: Int
        var weekdays: [StudySessions.Weekday]
        var description: String

        /// Every day it happens: the first, then the next study days of `weekdays`.
        var days: [CivilDate] {
            var days = [first]
            var day = first
            while days.count < count {
                day = day.adding(days: 1)
                if weekdays.contains(StudySessions.Weekday(of: day)) { days.append(day) }
            }
            return days
        }
    }

    static func events(in calendar: String) throws -> [Event] {
        let unfolded = calendar.replacingOccurrences(of: "\r\n ", with: "")
        var events: [Event] = []
        for block in unfolded.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst() {
            var fields: [String: String] = [:]
            for line in block.components(separatedBy: "\r\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                fields[String(line[..<colon])] = String(line[line.index(after: colon)...])
            }
            let start = try #require(fields["DTSTART"])
            let date = String(start.prefix(8))
            let first = try #require(
                CivilDate(iso: "\(date.prefix(4))-\(date.dropFirst(4).prefix(2))-\(date.suffix(2))"))
            let duration = try #require(fields["DURATION"])
            let parts = duration.dropFirst(2).split(whereSeparator: { $0 == "H" || $0 == "M" }).compactMap { Int($0) }
            #expect(parts.count == 2, "DURATION:\(duration)")
            var count = 1, weekdays: [StudySessions.Weekday] = []
            if let rule = fields["RRULE"] {
                for part in rule.split(separator: ";") {
                    if part.hasPrefix("COUNT=") { count = Int(part.dropFirst(6)) ?? 0 }
                    if part.hasPrefix("BYDAY=") {
                        let names = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
                        weekdays = part.dropFirst(6).split(separator: ",").compactMap { name in
                            names.firstIndex(of: String(name)).flatMap(StudySessions.Weekday.init(rawValue:))
                        }
                    }
                }
            }
            events.append(
                Event(
                    uid: try #require(fields["UID"]), first: first, minutes: parts.reduce(0) { $0 * 60 + $1 },
                    count: count, weekdays: weekdays,
                    description: (fields["DESCRIPTION"] ?? "").replacingOccurrences(of: "\\n", with: "\n")
                        .replacingOccurrences(of: "\\,", with: ",").replacingOccurrences(of: "\\;", with: ";")))
        }
        return events
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var start: String
        var hoursPerWeek: String
        var days: String
        var testDescription: String { "from \(start) at \(hoursPerWeek) h/week on \(days)" }
    }

    @Test(
        "Sessions fall on the study days, in each step's weeks of the plan, and add up to its hours",
        arguments: [
            Case(start: "2026-12-09", hoursPerWeek: "8", days: "mon,wed,sat"),  // a Wednesday
            Case(start: "2027-01-04", hoursPerWeek: "10", days: "tue,thu"),  // a Monday
            Case(start: "2027-01-10", hoursPerWeek: "6", days: "mon,wed"),  // a Sunday: no study day left
            Case(start: "2027-01-07", hoursPerWeek: "5", days: "sunday"),
            Case(start: "2027-02-02", hoursPerWeek: "3.5", days: "mon,tue,wed,thu,fri,sat,sun"),
        ])
    func sessionsAgreeWithThePlan(_ example: Case) throws {
        let plan = [
            "plan", "--from", "data-scientist", "--to", "ml-engineer", "--start", example.start, "--hours-per-week",
            example.hoursPerWeek,
        ]
        let json = try UpskillBinary.run(plan + ["--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let steps = try #require(object["steps"] as? [[String: Any]])
        let totalHours = try #require(object["totalHours"] as? Double)
        let finish = try #require((object["finish"] as? String).flatMap(CivilDate.init(iso:)))
        let start = try #require(CivilDate(iso: example.start))
        let studyDays = try StudySessions.days(from: example.days).get()

        let arguments = plan + ["--format", "ics", "--ics-sessions", "--study-days", example.days]
        let result = try UpskillBinary.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try UpskillBinary.run(arguments).stdout == result.stdout, "the same file twice")
        let events = try Self.events(in: result.stdout)
        #expect(!events.isEmpty)
        #expect(Set(events.map(\.uid)).count == events.count, "every event has its own UID")

        var allDays: [CivilDate] = []
        var minutes = 0
        for event in events {
            let days = event.days
            allDays += days
            minutes += event.minutes * event.count
            for day in days {
                #expect(day >= start && day <= finish, "\(day) is outside \(start)…\(finish)")
                // A session is on a study day, but for the start day itself when its week has no study day left.
                #expect(studyDays.contains(StudySessions.Weekday(of: day)) || day == start, "\(day)")
            }
            // Each step the session studies is in its weeks of the plan.
            let named = steps.filter { step in
                (step["name"] as? String).map { event.description.contains("• \($0): ") } ?? false
            }
            #expect(!named.isEmpty, "\(event.description)")
            for step in named {
                let first = try #require((step["startDate"] as? String).flatMap(CivilDate.init(iso:)))
                let last = try #require((step["endDate"] as? String).flatMap(CivilDate.init(iso:)))
                for day in days {
                    #expect(day >= first && day <= last, "\(step["skill"] ?? "?") on \(day), planned \(first)…\(last)")
                }
            }
        }
        #expect(allDays == allDays.sorted() && Set(allDays).count == allDays.count, "one session a day, in order")
        // Each event's minutes are rounded: at most half a minute off per event.
        #expect(abs(Double(minutes) - totalHours * 60) <= Double(events.count) / 2 + 1e-6)
    }

    @Test(
        "Session options are for the calendar and are checked",
        arguments: [
            (["--format", "csv", "--ics-sessions"], "are for the calendar"),
            (["--study-days", "mon"], "are for the calendar"),
            (["--format", "ics", "--study-days", "mon,someday"], "'someday' is not a day"),
            (["--format", "ics", "--study-days", ""], "is not a day"),
            (["--format", "ics", "--study-time", "7pm"], "not '7pm'"),
            (["--format", "ics", "--study-time", "24:00"], "not '24:00'"),
        ])
    func refusals(arguments: [String], message: String) throws {
        let result = try UpskillBinary.run(["plan", "--from", "data-scientist", "--to", "ml-engineer"] + arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("A study time and an .ics file name are enough to ask for sessions")
    func impliedSessions() throws {
        let folder = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try UpskillBinary.run(
            ["plan", "--from", "data-scientist", "--to", "ml-engineer", "--start", "2027-01-04", "-o", "study.ics",
             "--study-time", "7:30"],
            directory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let calendar = try String(contentsOf: folder.appendingPathComponent("study.ics"), encoding: .utf8)
        #expect(calendar.contains("DTSTART:20270104T073000\r\n"))
        #expect(calendar.contains("RRULE:FREQ=WEEKLY;BYDAY=MO,WE,SA;COUNT="))
    }
}
