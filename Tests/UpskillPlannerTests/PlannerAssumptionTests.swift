import Testing
import UpskillCurriculum
import UpskillGraph
import UpskillPlanner

/// What a `from` role's "any of" requirements are taken to mean, and the alternatives'
/// prices.
@Suite("Planner assumptions and alternatives")
struct PlannerAssumptionTests {
    static func scenario() throws -> PlannerScenario {
        try PlannerScenario(
            [
                S.skill("pytorch", 30), S.skill("tensorflow", 35), S.skill("jax", 30),
                S.skill("onnx", 10, .anyOf(["pytorch", "tensorflow"])), S.skill("stats", 5),
            ],
            roles: [
                S.role("scientist", "stats", .anyOf(["tensorflow", "pytorch", "jax"])),
                S.role("engineer", "onnx", .anyOf(["pytorch", "tensorflow"])),
            ])
    }

    @Test("The member that saves the most hours is assumed, and said")
    func assumesTheMemberThatSavesMost() throws {
        let scenario = try Self.scenario()
        let plan = try scenario.plan(PlanRequest(from: ["scientist"], to: ["engineer"]))
        // tensorflow is written first, but pytorch saves as much and jax saves nothing:
        // with tensorflow or pytorch known only onnx is left (10 h); first written wins.
        #expect(plan.assumed.map { scenario.catalog.id(ofSkill: $0.assumed) } == ["tensorflow"])
        #expect(scenario.ids(plan) == ["onnx"])
        #expect(plan.totalHours == 10)
        let roadmap = Roadmap(
            catalog: scenario.catalog, request: PlanRequest(from: ["scientist"], to: ["engineer"]), plan: plan,
            schedule: Schedule(stepHours: [10], hoursPerWeek: 8, start: CivilDate(year: 2027, month: 1, day: 4)))
        #expect(
            roadmap.sentence(for: plan.assumed[0])
                == "Assumed from scientist: you know tensorflow (one of tensorflow, pytorch, jax). If it is another, add it with --know (pytorch, jax)."
        )
    }

    @Test("A member written later is assumed when it saves more")
    func laterMemberThatSavesMore() throws {
        let scenario = try PlannerScenario(
            [S.skill("tensorflow", 35), S.skill("jax", 30), S.skill("flax", 5, "jax")],
            roles: [S.role("scientist", .anyOf(["tensorflow", "jax"])), S.role("engineer", "flax")])
        let plan = try scenario.plan(PlanRequest(from: ["scientist"], to: ["engineer"]))
        #expect(plan.assumed.map { scenario.catalog.id(ofSkill: $0.assumed) } == ["jax"])
        #expect(scenario.ids(plan) == ["flax"])
    }

    @Test("--know settles the requirement; --avoid rules a member out; --no-assume credits nothing")
    func knowAvoidAndNoAssume() throws {
        let scenario = try Self.scenario()
        let known = try scenario.plan(PlanRequest(from: ["scientist"], know: ["jax"], to: ["engineer"]))
        #expect(known.assumed.isEmpty)
        #expect(scenario.ids(known) == ["pytorch", "onnx"])
        let avoided = try scenario.plan(PlanRequest(from: ["scientist"], to: ["engineer"], avoid: ["tensorflow"]))
        #expect(avoided.assumed.map { scenario.catalog.id(ofSkill: $0.assumed) } == ["pytorch"])
        let none = try scenario.plan(PlanRequest(from: ["scientist"], to: ["engineer"], assume: false))
        #expect(none.assumed.isEmpty)
        #expect(none.totalHours == 40)
    }

    @Test("Planning from a role to itself is empty", arguments: ["scientist", "engineer"])
    func fromRoleToItself(role: String) throws {
        let scenario = try Self.scenario()
        #expect(try scenario.plan(PlanRequest(from: [role], to: [role])).steps.isEmpty)
    }

    @Test("An alternative's price is the re-planned difference, not its own hours")
    func alternativePrice() throws {
        let scenario = try Self.scenario()
        let plan = try scenario.plan(PlanRequest(to: ["engineer"]))
        #expect(scenario.ids(plan) == ["pytorch", "onnx"])
        let step = try scenario.step("pytorch", in: plan)
        let tensorflow = try #require(step.alternatives.first)
        #expect(tensorflow.hours == 35)
        #expect(tensorflow.extraHours == 5)
        #expect(tensorflow.extraHoursExact)
    }

    @Test("A skill the targets require anyway lists no alternatives")
    func forcedSkillHasNoAlternatives() throws {
        let scenario = try PlannerScenario(
            [S.skill("docker", 10), S.skill("podman", 8), S.skill("k8s", 20, .anyOf(["docker", "podman"]))],
            roles: [S.role("r", "docker", "k8s")])
        let plan = try scenario.plan(PlanRequest(to: ["r"]))
        #expect(try scenario.step("docker", in: plan).alternatives.isEmpty)
    }
}

private typealias S = PlannerScenario
