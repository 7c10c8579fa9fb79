import Foundation
import Testing
import UpskillPlanner
import UpskillRendering

/// Pace and deadline together, through the built binary: `plan --hours-per-week H --by
/// DATE`, `--by` alone, `init --by`, and what `status`, `plan` and `export` say about a
/// saved deadline.
@Suite("Deadlines (binary)")
struct DeadlineCommandTests {
    typealias P = ProgressTestSupport
    static let plan = ["plan", "--from", "data-scientist", "--to", "ml-engineer", "--start", "2026-01-05"]
    /// Whole weeks from 2026-01-05 to 2027-12-31.
    static let weeksTo2027End = 103

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try UpskillBinary.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try P.object(result.stdout)
    }

    /// The slowest half-hour pace that fits `hours` in `weeks`.
    static func required(_ hours: Double, weeks: Int) -> Double {
        (hours / Double(weeks) * 2 - 1e-9).rounded(.up) / 2
    }

    @Test("At a pace too slow for the date, plan says by how many weeks it misses and what pace meets it")
    func missed() throws {
        let arguments = Self.plan + ["--hours-per-week", "5", "--by", "2027-12-31"]
        let object = try Self.json(arguments)
        let total = try #require(object["totalHours"] as? Double)
        let weeks = try #require(object["weeks"] as? Int)
        let pace = Self.required(total, weeks: Self.weeksTo2027End)
        #expect(object["hoursPerWeek"] as? Double == 5)
        #expect(object["deadline"] as? String == "2027-12-31")
        #expect(object["meetsDeadline"] as? Bool == false)
        #expect(object["requiredHoursPerWeek"] as? Double == pace)

        let text = try UpskillBinary.run(arguments)
        #expect(text.status == 0, "\(text.stderr)")
        let late = weeks - Self.weeksTo2027End
        let line = "Deadline 2027-12-31: missed by \(late) week\(late == 1 ? "" : "s") at 5 h/week; \(Format.hours(pace)) h/week meets it\n"
        #expect(text.stdout.contains(line), "\(text.stdout.prefix(400))")
        #expect(!text.stdout.contains("To finish by"))
    }

    @Test("At a pace fast enough, plan says how many weeks it has to spare")
    func met() throws {
        let arguments = Self.plan + ["--hours-per-week", "20", "--by", "2027-12-31"]
        let object = try Self.json(arguments)
        let weeks = try #require(object["weeks"] as? Int)
        #expect(object["meetsDeadline"] as? Bool == true)
        #expect(object["requiredHoursPerWeek"] is Double)
        let text = try UpskillBinary.run(arguments)
        let spare = Self.weeksTo2027End - weeks
        #expect(text.stdout.contains("Deadline 2027-12-31: met with \(spare) weeks to spare\n"), "\(text.stdout.prefix(400))")
    }

    @Test("--by alone works out the pace, rounded up to a half hour, and the plan meets the date")
    func byAlone() throws {
        let object = try Self.json(Self.plan + ["--by", "2026-12-27"])
        let pace = try #require(object["hoursPerWeek"] as? Double)
        #expect((pace * 2).rounded() == pace * 2, "\(pace) is not a whole number of half hours")
        #expect(try #require(object["finish"] as? String) <= "2026-12-27")
        #expect(object["meetsDeadline"] as? Bool == true)
        #expect(object["requiredHoursPerWeek"] as? Double == pace)
        let text = try UpskillBinary.run(Self.plan + ["--by", "2026-12-27"])
        #expect(text.stdout.contains("To finish by 2026-12-27, study \(Format.hours(pace)) hours a week.\n"))
    }

    @Test("A date no pace meets: plan still plans at the pace given and says so; without a pace it is refused")
    func impossible() throws {
        let arguments = Self.plan + ["--hours-per-week", "6", "--by", "2026-01-20"]
        let object = try Self.json(arguments)
        #expect(object["meetsDeadline"] as? Bool == false)
        #expect(object["requiredHoursPerWeek"] is NSNull)
        let text = try UpskillBinary.run(arguments)
        #expect(text.status == 0)
        #expect(text.stdout.contains("no pace meets it: it would take "), "\(text.stdout.prefix(400))")
        #expect(text.stdout.contains("more than the 168 a week has"))
        let alone = try UpskillBinary.run(Self.plan + ["--by", "2026-01-20"])
        #expect(alone.status == 1)
        #expect(alone.stderr.contains("more than the 168 a week has; choose a later --by date"), "\(alone.stderr)")
    }

    @Test(
        "A date before the start, or less than a week after it, is a usage error with or without a pace",
        arguments: [
            (["--by", "2026-01-01"], "--by 2026-01-01 is before the start, 2026-01-05"),
            (["--by", "2026-01-01", "--hours-per-week", "6"], "--by 2026-01-01 is before the start, 2026-01-05"),
            (["--by", "2026-01-08", "--hours-per-week", "6"], "--by 2026-01-08 leaves less than one whole week"),
        ] as [([String], String)])
    func usage(extra: [String], message: String) throws {
        let result = try UpskillBinary.run(Self.plan + extra)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("JSON without a deadline has the fields, null")
    func noDeadline() throws {
        let object = try Self.json(Self.plan)
        #expect(object["deadline"] is NSNull)
        #expect(object["meetsDeadline"] is NSNull)
        #expect(object["requiredHoursPerWeek"] is NSNull)
    }

    @Test("init --by saves the deadline; status, plan and export measure the saved pace against it")
    func savedDeadline() throws {
        let home = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let today = P.today
        let deadline = today.adding(days: 7 * 104 - 1).description
        let goal = ["init", "--from", "data-scientist", "--to", "ml-engineer", "--start", today.description]

        let fast = try P.run(goal + ["--hours-per-week", "20", "--by", deadline], home: home)
        #expect(fast.status == 0, "\(fast.stderr)")
        #expect(fast.stdout.contains("Deadline \(deadline): met with "), "\(fast.stdout)")
        let state = try #require(P.file("state.json", in: home))
        #expect(state.contains("\"version\": 3,"))
        #expect(state.contains("\"deadline\": \"\(deadline)\""))
        #expect(try P.run(["status"], home: home).stdout.contains("On track for \(deadline)\n"))
        var status = try P.object(try P.run(["status", "--format", "json"], home: home).stdout)
        #expect(status["deadline"] as? String == deadline)
        #expect(status["meetsDeadline"] as? Bool == true)
        #expect(status["behindHours"] as? Double == 0)
        #expect((status["goal"] as? [String: Any])?["deadline"] as? String == deadline)

        let slow = try P.run(goal + ["--hours-per-week", "2", "--by", deadline, "--force"], home: home)
        #expect(slow.status == 0, "\(slow.stderr)")
        #expect(slow.stdout.contains("Deadline \(deadline): missed by "), "\(slow.stdout)")
        status = try P.object(try P.run(["status", "--format", "json"], home: home).stdout)
        let left = try #require(status["leftHours"] as? Double)
        let pace = Self.required(left, weeks: 104)
        #expect(status["meetsDeadline"] as? Bool == false)
        #expect(status["requiredHoursPerWeek"] as? Double == pace)
        #expect(status["behindHours"] as? Double == left - 2 * 104)
        let text = try P.run(["status"], home: home).stdout
        #expect(
            text.contains("Behind by \(Format.hours(left - 2 * 104)) h: \(Format.hours(pace)) h/week from now meets \(deadline)\n"),
            "\(text)")

        for arguments in [["plan", "--format", "json"], ["export", "--format", "json"]] {
            let object = try P.object(try P.run(arguments, home: home).stdout)
            #expect(object["deadline"] as? String == deadline, "\(arguments)")
            #expect(object["meetsDeadline"] as? Bool == false, "\(arguments)")
            #expect(object["hoursPerWeek"] as? Double == 2, "\(arguments)")
        }
        // --by on the command line works out a pace for the saved goal, as for any plan.
        let planned = try P.object(try P.run(["plan", "--by", deadline, "--format", "json"], home: home).stdout)
        #expect(planned["meetsDeadline"] as? Bool == true)
        #expect(try #require(planned["hoursPerWeek"] as? Double) > 2)
    }

    @Test("init --by alone saves the pace that meets the date; without --by the file keeps version 2")
    func initPace() throws {
        let home = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let goal = ["init", "--from", "data-scientist", "--to", "ml-engineer", "--start", P.today.description]
        #expect(try P.run(goal, home: home).status == 0)
        #expect(P.file("state.json", in: home)?.contains("\"version\": 2,") == true)

        let deadline = P.today.adding(days: 7 * 52 - 1).description
        let saved = try P.run(goal + ["--by", deadline, "--force"], home: home)
        #expect(saved.status == 0, "\(saved.stderr)")
        let status = try P.object(try P.run(["status", "--format", "json"], home: home).stdout)
        let pace = try #require((status["goal"] as? [String: Any])?["hoursPerWeek"] as? Double)
        #expect(pace == Self.required(try #require(status["leftHours"] as? Double), weeks: 52))
        #expect(status["meetsDeadline"] as? Bool == true)

        let before = try P.run(goal + ["--by", P.today.adding(days: -1).description, "--force"], home: home)
        #expect(before.status == 64)
        #expect(before.stderr.contains("is before the start, \(P.today)"), "\(before.stderr)")
    }

    @Test("A saved deadline that has passed is said plainly")
    func passed() throws {
        let home = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let deadline = P.today.adding(days: -30).description
        let saved = try P.run(
            [
                "init", "--from", "data-scientist", "--to", "ml-engineer", "--start", P.today.adding(days: -400).description,
                "--hours-per-week", "4", "--by", deadline,
            ], home: home)
        #expect(saved.status == 0, "\(saved.stderr)")
        let text = try P.run(["status"], home: home).stdout
        #expect(text.contains("The deadline, \(deadline), has passed with "), "\(text)")
        let status = try P.object(try P.run(["status", "--format", "json"], home: home).stdout)
        #expect(status["meetsDeadline"] as? Bool == false)
        #expect(status["requiredHoursPerWeek"] is NSNull)
    }
}
