import Foundation
import Testing

/// `upskill show SKILL` includes the learner's state and notes from the progress store,
/// including progress recorded under an alias.
@Suite("upskill show with progress (binary)")
struct ShowProgressTests {
    @Test("State, hours logged and notes appear in text and JSON")
    func showsProgress() throws {
        let home = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = ["UPSKILL_HOME": home.path]
        for arguments in [
            ["init", "--from", "data-scientist", "--to", "ml-engineer", "--start", "2026-01-05"],
            ["start", "containers"],  // an alias of docker
            ["log", "docker", "90m", "--date", "2026-01-06"],
            ["note", "docker", "Try the compose tutorial"],
        ] {
            let result = try UpskillBinary.run(arguments, environment: environment)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let text = try UpskillBinary.run(["show", "docker"], environment: environment)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Your progress: in progress, 1.5 h logged"), "\(text.stdout)")
        #expect(text.stdout.contains("Try the compose tutorial"))

        let json = try UpskillBinary.run(["show", "docker", "--format", "json"], environment: environment)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let progress = try #require(object["progress"] as? [String: Any])
        #expect(progress["state"] as? String == "in progress, 1.5 h logged")
        #expect((progress["notes"] as? [[String: Any]])?.first?["text"] as? String == "Try the compose tutorial")

        let untouched = try UpskillBinary.run(["show", "kubernetes", "--format", "json"], environment: environment)
        let other = try #require(try JSONSerialization.jsonObject(with: Data(untouched.stdout.utf8)) as? [String: Any])
        #expect(other["progress"] is NSNull)
    }
}
