import Foundation
import Testing

/// The resources a plan shows for each step, through the built binary: JSON keeps every
/// one, best first; text shows the one to take and the next.
@Suite("upskill plan resources (binary)")
struct PlanResourcesTests {
    @Test("JSON lists every resource of cpp, a substantial course or book first, not a 1 h pointer page")
    func cppResourcesInJSON() throws {
        let plan = try UpskillBinary.run(["plan", "--from", "data-scientist", "--to", "edge-inference-engineer", "--format", "json"])
        #expect(plan.status == 0, "\(plan.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])
        let steps = try #require(object["steps"] as? [[String: Any]])
        let cpp = try #require(steps.first { $0["skill"] as? String == "cpp" })
        let resources = try #require(cpp["resources"] as? [[String: Any]])

        let show = try UpskillBinary.run(["show", "cpp", "--format", "json"])
        let skill = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        let all = try #require(skill["resources"] as? [[String: Any]])
        #expect(resources.count == all.count)
        #expect(resources.count >= 3)
        #expect(resources.compactMap { $0["id"] as? String } == all.compactMap { $0["id"] as? String })

        let first = try #require(resources.first)
        let skillHours = try #require(cpp["hours"] as? Double)
        #expect(["course", "book"].contains(first["kind"] as? String))
        #expect(try #require(first["hours"] as? Double) >= skillHours / 2)
        #expect(first["id"] as? String != "isocpp-get-started")
        #expect(resources.last?["id"] as? String == "isocpp-get-started")
    }

    @Test("Text shows the resource to take on 'learn:' and the next on 'also:', in the same form")
    func learnAndAlsoInText() throws {
        let plan = try UpskillBinary.run(
            ["plan", "--from", "data-scientist", "--to", "edge-inference-engineer"], environment: ["COLUMNS": "200"])
        let lines = plan.stdout.split(separator: "\n").map(String.init)
        let step = try #require(lines.firstIndex { $0.contains("(cpp)") })
        let learn = try #require(lines[step...].first { $0.contains("learn: ") })
        let also = try #require(lines[step...].first { $0.contains("also: ") })
        #expect(learn.hasSuffix("learn: LearnCpp.com (course, 60 h, free) https://www.learncpp.com/"))
        #expect(also.hasPrefix("      also: "))
        #expect(also.contains(" h, free) https://"))
        // A skill with one resource has no "also:" line.
        let docker = try #require(lines.firstIndex { $0.contains("(docker)") })
        #expect(!lines[(docker + 1)...].prefix { !$0.contains(". ") }.contains { $0.contains("also: ") })
    }
}
