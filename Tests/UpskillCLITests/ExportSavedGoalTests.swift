import Foundation
import Testing

/// `upskill export`: the saved goal with its progress, in every format, through the binary.
@Suite("upskill export of the saved goal (binary)")
struct ExportSavedGoalTests {
    @Test("export writes the saved goal with what is done, and -o writes a file")
    func exportsSavedGoal() throws {
        let home = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = ["UPSKILL_HOME": home.path]
        for arguments in [
            ["init", "--from", "data-scientist", "--to", "ml-engineer"], ["done", "pytorch"], ["start", "oop"],
            ["log", "oop", "3h"],
        ] {
            let result = try UpskillBinary.run(arguments, environment: environment)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let json = try UpskillBinary.run(["export", "--format", "json"], environment: environment)
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let steps = try #require(object["steps"] as? [[String: Any]])
        #expect(!steps.contains { $0["skill"] as? String == "pytorch" })
        let oop = try #require(steps.first { $0["skill"] as? String == "oop" })
        #expect(oop["status"] as? String == "in-progress")
        #expect(oop["hoursLogged"] as? Double == 3)
        let progress = try #require(object["progress"] as? [String: Any])
        #expect((progress["earlier"] as? [[String: Any]])?.first?["skill"] as? String == "pytorch")

        let page = home.appendingPathComponent("roadmap.html")
        let html = try UpskillBinary.run(["export", "-o", page.path], environment: environment)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.isEmpty)
        let contents = try String(contentsOf: page, encoding: .utf8)
        #expect(contents.hasPrefix("<!DOCTYPE html>"))
        #expect(contents.contains("<svg"))
        // PyTorch was marked done after `init`: done during the plan, drawn on the timeline.
        #expect(contents.contains(", during this plan</td>"))
        #expect(!contents.contains("done before this plan"))
        #expect(contents.contains("<g class=\"row done earlier\">\n<title>PyTorch: "))
        #expect(contents.contains("<g class=\"marker today\">"))
    }

    @Test("export without a saved goal says how to save one and exits 1")
    func noGoal() throws {
        let home = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try UpskillBinary.run(["export"], environment: ["UPSKILL_HOME": home.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no goal saved yet"))
        #expect(result.stderr.contains("upskill init"))
    }
}
