import Foundation
import Testing
import UpskillPlanner
import UpskillRendering

/// One saved goal, several weeks of use recorded with `--date`: every view that prints a
/// figure of it prints the same one.
@Suite("One progress truth (binary)")
struct ProgressAgreementTests {
    typealias P = ProgressTestSupport

    /// The figures every view shares, as `status --format json` names them.
    static let keys = ["totalHours", "creditedHours", "loggedHours", "leftHours", "percent", "week", "finishWeek", "finish"]

    /// A goal started 40 days ago, with work logged, done and skipped on several days.
    static func homeWithWeeksOfUse() throws -> (home: URL, start: CivilDate) {
        let home = try UpskillBinary.temporaryFolder()
        let start = P.today.adding(days: -40)
        func run(_ arguments: [String]) throws {
            let result = try P.run(arguments, home: home)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        try run(["init", "--from", "data-scientist", "--to", "ml-engineer", "--hours-per-week", "8", "--start", start.description])
        try run(["log", "python-packaging", "3h", "--date", start.adding(days: 1).description])
        try run(["done", "python-packaging", "--date", start.adding(days: 6).description])
        try run(["log", "oop", "90m", "--date", start.adding(days: 10).description])
        try run(["done", "oop", "--date", start.adding(days: 12).description])
        try run(["skip", "sql-databases", "--date", start.adding(days: 20).description])
        try run(["log", "docker", "2h30m", "--date", start.adding(days: 37).description])
        return (home, start)
    }

    @Test("status, plan and export (json, text, markdown, csv, html, ics) agree on every shared figure")
    func agree() throws {
        let (home, start) = try Self.homeWithWeeksOfUse()
        defer { try? FileManager.default.removeItem(at: home) }
        let status = try P.object(try P.run(["status", "--format", "json"], home: home).stdout)
        let plan = try P.object(try P.run(["plan", "--format", "json"], home: home).stdout)
        let export = try P.object(try P.run(["export", "--format", "json"], home: home).stdout)
        let planProgress = try #require(plan["progress"] as? [String: Any])
        let exportProgress = try #require(export["progress"] as? [String: Any])
        for key in Self.keys {
            let value = try #require(status[key].map { "\($0)" }, "status lacks \(key)")
            #expect(planProgress[key].map { "\($0)" } == value, "plan's \(key)")
            #expect(exportProgress[key].map { "\($0)" } == value, "export's \(key)")
        }
        // By hand: python-packaging 8 h and oop 6 h done, sql-databases 8 h skipped.
        #expect(status["creditedHours"] as? Double == 22)
        #expect(status["loggedHours"] as? Double == 7)
        let total = try #require(status["totalHours"] as? Double)
        let left = try #require(status["leftHours"] as? Double)
        let percent = try #require(status["percent"] as? Double)
        let finish = try #require(status["finish"] as? String)
        let week = try #require(status["week"] as? Int)
        let finishWeek = try #require(status["finishWeek"] as? Int)
        #expect(percent == (22 / total * 100).rounded(.down))
        // The week of the goal: ISO weeks from the Monday of the start's week.
        #expect(week == (P.today.mondayOfWeek.daysSinceEpoch - start.mondayOfWeek.daysSinceEpoch) / 7 + 1)
        // The hours left fill whole weeks from this week: the finish is their last Sunday.
        #expect(finishWeek == week - 1 + Int((left / 8 - 1e-9).rounded(.up)))
        #expect(finish == start.mondayOfWeek.adding(days: 7 * finishWeek - 1).description)
        // The JSON roadmaps end on the same day, and their steps' weeks keep the goal's numbering.
        for roadmap in [plan, export] {
            #expect(roadmap["finish"] as? String == finish)
            let steps = try #require(roadmap["steps"] as? [[String: Any]])
            #expect(steps.first?["startWeek"] as? Int == week)
            #expect(steps.last?["endWeek"] as? Int == finishWeek)
        }

        func hours(_ value: Double) -> String { Format.hours(value) }
        let text = try P.run(["status"], home: home).stdout
        let overall = try #require(text.split(separator: "\n").first { $0.hasPrefix("Overall") })
        #expect(overall.contains(" \(Int(percent))% ") && overall.hasSuffix(" \(hours(22)) of \(hours(total)) h"), "\(text)")
        #expect(text.contains("week \(week) of \(finishWeek) (to \(finish)), \(hours(left)) h left"), "\(text)")
        #expect(text.contains("Forecast: \(finish) at the planned 8 h/week"), "\(text)")
        let planText = try P.run(["plan"], home: home).stdout
        #expect(planText.contains("Progress: \(hours(22)) of \(hours(total)) hours (\(Int(percent))%)"), "\(planText)")
        #expect(planText.contains("done by \(finish)"), "\(planText)")
        #expect(planText.contains("\(hours(left)) hours to study - weeks \(week)-\(finishWeek) at 8 h/week"), "\(planText)")

        let finishDate = try #require(CivilDate(iso: finish))
        let markdown = try P.run(["export", "--format", "markdown"], home: home).stdout
        #expect(markdown.contains("\(hours(left)) hours to study · weeks \(week)–\(finishWeek) at 8 h/week"))
        #expect(markdown.contains("**Progress:** \(hours(22)) of \(hours(total)) hours done (\(Int(percent))%)"))
        #expect(markdown.contains("done by **\(Format.date(finishDate))**"))
        let html = try P.run(["export", "--format", "html"], home: home).stdout
        #expect(html.contains("\(hours(left)) hours to study · weeks \(week)–\(finishWeek) at 8 h/week"))
        #expect(html.contains(">\(Int(percent))%<"))
        #expect(html.contains("\(hours(22)) of \(hours(total)) h"))
        #expect(html.contains("\(hours(left)) h"))
        #expect(html.contains(Format.date(finishDate)))
        let report = try P.object(try P.run(["report", "--format", "json"], home: home).stdout)
        for key in ["totalHours", "creditedHours", "leftHours", "finish"] {
            #expect(report[key].map { "\($0)" } == status[key].map { "\($0)" }, "report's \(key)")
        }
        let next = try P.object(try P.run(["next", "--format", "json"], home: home).stdout)
        #expect(next["leftHours"] as? Double == left)
        #expect(next["finish"] as? String == finish)
        #expect(try P.run(["next"], home: home).stdout.contains(" \(hours(left)) h to study)"))
        let dashboard = try P.run([], home: home).stdout
        #expect(dashboard.contains(" \(Int(percent))% ") && dashboard.contains("finish \(finish)"), "\(dashboard)")
        let csv = try P.run(["export", "--format", "csv"], home: home).stdout
        let lastRow = try #require(csv.split(separator: "\r\n").last ?? csv.split(separator: "\n").last)
        #expect(lastRow.contains(",\(finishWeek),"), "\(lastRow)")
        #expect(lastRow.contains(",\(finish),"), "\(lastRow)")
    }

    @Test("A calendar exported later keeps each week's number, date and event id")
    func stableCalendar() throws {
        let (home, start) = try Self.homeWithWeeksOfUse()
        defer { try? FileManager.default.removeItem(at: home) }
        let first = try P.run(["export", "--format", "ics"], home: home).stdout
        // More work, then export again: the weeks move on, their ids and dates do not.
        #expect(try P.run(["done", "docker"], home: home).status == 0)
        let second = try P.run(["export", "--format", "ics"], home: home).stdout
        func events(_ ics: String) -> [String: String] {
            var result: [String: String] = [:]
            var uid: String?
            for line in ics.components(separatedBy: "\r\n") {
                if line.hasPrefix("UID:") { uid = String(line.dropFirst(4)) }
                if line.hasPrefix("DTSTART;VALUE=DATE:"), let id = uid { result[id] = String(line.dropFirst(19)) }
            }
            return result
        }
        let before = events(first), after = events(second)
        #expect(!before.isEmpty && !after.isEmpty)
        let shared = Set(before.keys).intersection(after.keys)
        #expect(shared.count > 10)
        for id in shared { #expect(before[id] == after[id], "\(id)") }
        // Week N starts on the Monday N − 1 weeks after the Monday of the goal's start.
        for (id, date) in after {
            let week = try #require(Int(id.split(separator: "-").last?.split(separator: "@").first ?? ""))
            let monday = start.mondayOfWeek.adding(days: 7 * (week - 1))
            #expect(date == monday.description.replacingOccurrences(of: "-", with: ""), "\(id)")
        }
    }
}
