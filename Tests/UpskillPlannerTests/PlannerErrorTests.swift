import Testing
import UpskillCurriculum
import UpskillGraph
import UpskillPlanner

/// Requests the planner refuses: unknown ids (with a suggestion), no target, and targets
/// that the avoided skills make unreachable, whose error names the target and the avoided
/// skill to drop from `--avoid`; and, on random catalogs, that it refuses exactly when
/// brute force finds no plan.
@Suite("Planner errors")
struct PlannerErrorTests {
    typealias S = PlannerScenario

    static func scenario() throws -> PlannerScenario {
        try PlannerScenario(
            [
                S.skill("python", 20), S.skill("statistics", 8), S.skill("kubernetes", 30, "docker"),
                S.skill("docker", 10, "linux"), S.skill("linux", 5),
            ],
            roles: [S.role("scientist", "python", "statistics"), S.role("platform", "kubernetes")])
    }

    @Test("An unknown role is reported with the closest role", arguments: [
        (PlanRequest(to: ["scientst"]), "scientst", "scientist"),
        (PlanRequest(from: ["platfrom"], to: ["scientist"]), "platfrom", "platform"),
        (PlanRequest(to: ["chef"]), "chef", nil),
    ])
    func unknownRole(request: PlanRequest, id: String, suggestion: String?) throws {
        let error = try #require(try Self.scenario().error(request))
        #expect(error == .unknownRole(id, suggestion: suggestion))
        #expect(error.description.contains("unknown role '\(id)'"))
        if let suggestion { #expect(error.description.contains("did you mean '\(suggestion)'?")) }
    }

    @Test("An unknown skill in any field is reported with the closest skill", arguments: [
        (PlanRequest(know: ["pyton"], to: ["scientist"]), "pyton", "python"),
        (PlanRequest(completed: ["dokcer"], to: ["scientist"]), "dokcer", "docker"),
        (PlanRequest(goals: ["kube"]), "kube", "kubernetes"),
        (PlanRequest(to: ["platform"], avoid: ["linuz"]), "linuz", "linux"),
        (PlanRequest(goals: ["haskell"]), "haskell", nil),
    ])
    func unknownSkill(request: PlanRequest, id: String, suggestion: String?) throws {
        let error = try #require(try Self.scenario().error(request))
        #expect(error == .unknownSkill(id, suggestion: suggestion))
        if let suggestion { #expect(error.description.contains("did you mean '\(suggestion)'?")) }
    }

    @Test("No role and no goal is no target", arguments: [
        PlanRequest(), PlanRequest(from: ["scientist"]), PlanRequest(know: ["python"], avoid: ["docker"]),
    ])
    func noTarget(request: PlanRequest) throws {
        #expect(try Self.scenario().error(request) == .noTarget)
    }

    @Test("A role whose chain leads to an avoided skill is unreachable")
    func unreachableRole() throws {
        let scenario = try Self.scenario()
        let error = try #require(scenario.error(PlanRequest(to: ["platform"], avoid: ["linux"])))
        #expect(error == .unreachable(target: "platform", chain: ["'kubernetes'", "'docker'"], blocked: "'linux'", avoided: ["linux"]))
        #expect(error.description.hasPrefix("cannot reach 'platform'"))
        #expect(error.description.contains("'linux' is avoided"))
        #expect(error.description.contains("--avoid"))
    }

    @Test("A goal whose every alternative is avoided is unreachable")
    func unreachableAlternatives() throws {
        let scenario = try PlannerScenario([S.skill("a", 1), S.skill("b", 2), S.skill("t", 1, .anyOf(["a", "b"]))])
        let error = try #require(scenario.error(PlanRequest(goals: ["t"], avoid: ["b", "a"])))
        guard case .unreachable(let target, _, _, let avoided) = error else {
            Issue.record("expected unreachable, got \(error)")
            return
        }
        #expect(target == "t")
        #expect(Set(avoided) == ["a", "b"])
        #expect(error.description.contains("every alternative is avoided"))
        #expect(error.description.contains("--avoid"))

        // An avoided goal is unreachable too.
        let itself = try #require(scenario.error(PlanRequest(goals: ["a"], avoid: ["a"])))
        #expect(itself == .unreachable(target: "a", chain: [], blocked: "'a'", avoided: ["a"]))
    }

    @Test("For a goal the chain starts below the goal, as it does for a role")
    func unreachableGoalChain() throws {
        // Regression: the chain of a goal target used to repeat the goal: "cannot reach
        // 'kubernetes': it needs 'kubernetes', which needs 'docker', which needs 'linux'".
        let scenario = try Self.scenario()
        let error = try #require(scenario.error(PlanRequest(goals: ["kubernetes"], avoid: ["linux"])))
        #expect(error == .unreachable(target: "kubernetes", chain: ["'docker'"], blocked: "'linux'", avoided: ["linux"]))
        #expect(!error.description.contains("it needs 'kubernetes'"), "\(error)")
    }

    @Test("The error names the avoided skill when alternatives share a prerequisite")
    func unreachableThroughSharedPrerequisite() throws {
        // Regression: r needs any of (a | b); a needs b; b needs z, avoided. The explanation
        // used to walk r → a → b, stop at b because b had been seen as a member of r's
        // item, and report "every alternative is avoided ()" with no avoided skill at all.
        let scenario = try PlannerScenario(
            [S.skill("z", 1), S.skill("b", 1, "z"), S.skill("a", 1, "b")],
            roles: [S.role("r", .anyOf(["a", "b"]))])
        let error = try #require(scenario.error(PlanRequest(to: ["r"], avoid: ["z"])))
        guard case .unreachable(let target, _, _, let avoided) = error else {
            Issue.record("expected unreachable, got \(error)")
            return
        }
        #expect(target == "r")
        #expect(avoided == ["z"], "\(error)")
        #expect(error.description.contains("'z' is avoided"), "\(error)")
    }

    @Test("On random catalogs an unreachable error names a target brute force cannot reach and skills the request avoids",
        arguments: Array(0..<6))
    func unreachableProperty(batch: Int) throws {
        var errors = 0
        for instance in 0..<PlannerOracleTests.instancesPerBatch {
            // Without assumptions: which member of a `from` role's "any of" is assumed
            // depends on the targets, and this test plans a target alone.
            let test = try PlannerOracleTests.makeCase(
                batch: batch, instance: instance, salt: 0xE440_0000_0000, avoidCount: 2...6, assume: false)
            let error: PlanningError
            do {
                let plan = try Planner(catalog: test.catalog).plan(test.request)
                #expect(test.audit.problems(plan).isEmpty, "seed \(test.seed)")
                continue
            } catch let caught {
                error = caught
            }
            errors += 1
            let context = Comment(rawValue: "seed \(test.seed), request \(test.request): \(error)")
            guard case .unreachable(let target, _, _, let avoided) = error else {
                Issue.record("unexpected error; \(context)")
                continue
            }
            #expect(!avoided.isEmpty, context)
            #expect(Set(avoided).isSubset(of: test.request.avoid), context)
            #expect(error.description.hasSuffix("drop it from --avoid"), context)
            // The named target alone cannot be reached.
            let alone: PlanRequest
            if test.request.to.contains(target) {
                alone = PlanRequest(from: test.request.from, know: test.request.know, completed: test.request.completed,
                    to: [target], avoid: test.request.avoid, assume: false)
            } else {
                #expect(test.request.goals.contains(target), context)
                alone = PlanRequest(from: test.request.from, know: test.request.know, completed: test.request.completed,
                    goals: [target], avoid: test.request.avoid, assume: false)
            }
            let instance = test.oracle.instance(for: alone)
            if instance.candidates.count <= PlannerOracleTests.maxCandidates {
                #expect(test.oracle.optimum(instance) == nil, context)
            }
        }
        #expect(errors > 0, "no request was unreachable")
    }
}
