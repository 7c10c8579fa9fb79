import Foundation
import Testing

/// The advice in the built-in roadmap, checked against other views of the same catalog:
/// assumptions from the `from` role, alternatives priced by re-planning, and the two
/// orders.
@Suite("upskill plan advice (binary)")
struct PlanAdviceTests {
    static let base = ["plan", "--from", "data-scientist", "--to", "ml-engineer", "--start", "2027-01-04"]

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try UpskillBinary.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    static func builtinRoles() throws -> [String] {
        let result = try UpskillBinary.run(["roles", "--format", "json"])
        let roles = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        return roles.compactMap { $0["id"] as? String }
    }

    @Test("Planning from a role to itself is empty, for every built-in role")
    func fromRoleToItself() throws {
        let roles = try Self.builtinRoles()
        #expect(roles.count >= 7)
        for role in roles {
            let plan = try Self.json(["plan", "--from", role, "--to", role])
            #expect((plan["steps"] as? [Any])?.isEmpty == true, "\(role) → \(role) is not empty")
        }
    }

    @Test("The data scientist's framework is assumed and said; --know and --no-assume change that")
    func assumption() throws {
        // Wide, so that the sentence stays on one line.
        let text = try UpskillBinary.run(Self.base, environment: ["COLUMNS": "200"])
        #expect(
            text.stdout.contains(
                "Assumed from data-scientist: you know pytorch (one of pytorch, tensorflow). If it is another, add --know tensorflow."
            ), "\(text.stdout.prefix(600))")
        let assumed = try #require(try Self.json(Self.base)["assumed"] as? [[String: Any]])
        #expect(assumed.count == 1)
        #expect(assumed.first?["role"] as? String == "data-scientist")
        #expect(assumed.first?["members"] as? [String] == ["pytorch", "tensorflow"])
        #expect(assumed.first?["assumed"] as? String == "pytorch")
        // Knowing TensorFlow settles the requirement: nothing is assumed.
        let known = try Self.json(Self.base + ["--know", "tensorflow"])
        #expect((known["assumed"] as? [Any])?.isEmpty == true)
        // Without assumptions a framework is planned.
        let none = try Self.json(Self.base + ["--no-assume"])
        #expect((none["assumed"] as? [Any])?.isEmpty == true)
        let steps = try #require(none["steps"] as? [[String: Any]])
        #expect(steps.contains { ["pytorch", "tensorflow"].contains($0["skill"] as? String) })
        let noAssumeTotal = try #require(none["totalHours"] as? Double)
        let assumeTotal = try #require(try Self.json(Self.base)["totalHours"] as? Double)
        #expect(noAssumeTotal > assumeTotal)
    }

    @Test("Each alternative's extra hours equal a re-plan that includes it", arguments: [false, true])
    func alternativesMatchReplanning(noAssume: Bool) throws {
        // The same known set for the re-plan: the assumed framework passed with --know.
        let arguments = Self.base + (noAssume ? ["--no-assume"] : ["--know", "pytorch", "--no-assume"])
        let plan = try Self.json(arguments)
        let total = try #require(plan["totalHours"] as? Double)
        let steps = try #require(plan["steps"] as? [[String: Any]])
        var checked = 0
        for step in steps {
            for alternative in step["alternatives"] as? [[String: Any]] ?? [] {
                let skill = try #require(alternative["skill"] as? String)
                #expect(alternative["extraHoursExact"] as? Bool == true, "\(skill) is not priced exactly")
                let extra = try #require(alternative["extraHours"] as? Double, "\(skill) has no price")
                let replanned = try Self.json(arguments + ["--goal", skill])
                let withSkill = try #require(replanned["totalHours"] as? Double)
                #expect(withSkill - total == extra, "\(skill): +\(extra) h claimed, re-plan says +\(withSkill - total) h")
                checked += 1
            }
        }
        #expect(checked >= 5)
    }

    @Test("--order depth keeps the depth-first order; the delivery order completes requirements earlier")
    func orders() throws {
        let depth = try Self.json(Self.base + ["--order", "depth"])
        let delivery = try Self.json(Self.base)
        #expect(depth["order"] as? String == "depth")
        #expect(delivery["order"] as? String == "delivery")
        #expect(depth["totalHours"] as? Double == delivery["totalHours"] as? Double)
        let ids = { (plan: [String: Any]) in ((plan["steps"] as? [[String: Any]]) ?? []).compactMap { $0["skill"] as? String } }
        #expect(Set(ids(depth)) == Set(ids(delivery)))
        #expect(ids(depth) != ids(delivery))
        let depthMean = try #require(depth["meanTargetCompletionWeek"] as? Double)
        let deliveryMean = try #require(delivery["meanTargetCompletionWeek"] as? Double)
        #expect(deliveryMean < depthMean)
        let bad = try UpskillBinary.run(Self.base + ["--order", "fastest"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--order takes one of delivery, depth, not 'fastest'"))
    }
}
