import Testing
import UpskillCurriculum
import UpskillGraph
import UpskillPlanner

/// Hand-written plans whose answer is known: the cone without alternatives, shared
/// prerequisites that make the dearer-looking alternative the right one, what `from`,
/// `know` and `completed` make known, `avoid`, goals, nothing to learn, and the order,
/// reasons and readiness of the steps.
@Suite("Planner examples")
struct PlannerExampleTests {
    typealias S = PlannerScenario

    /// a ← b, a ← c, (b, c) ← d; e is unrelated.
    static func diamond() throws -> PlannerScenario {
        try PlannerScenario(
            [S.skill("a", 2), S.skill("b", 3, "a"), S.skill("c", 4, "a"), S.skill("d", 5, "b", "c"), S.skill("e", 7, "a")],
            roles: [S.role("r", "d")])
    }

    @Test("Without anyOf the plan is the prerequisite cone, in post-order")
    func coneWithoutAlternatives() throws {
        let scenario = try Self.diamond()
        let plan = try scenario.plan(PlanRequest(to: ["r"]))
        #expect(scenario.ids(plan) == ["a", "b", "c", "d"])
        #expect(plan.totalHours == 14)
        #expect(plan.optimal)
        #expect(plan.lowerBound == 14)
        #expect(plan.known.isEmpty)
        #expect(plan.steps.map(\.isReady) == [true, false, false, false])
        #expect(plan.readySteps.map(\.skill) == [try #require(scenario.catalog.skill("a"))])
    }

    @Test("Reasons: the targets first, then the steps that need it in plan order")
    func reasons() throws {
        let scenario = try Self.diamond()
        let plan = try scenario.plan(PlanRequest(to: ["r"]))
        #expect(try scenario.step("a", in: plan).because == [scenario.because("b"), scenario.because("c")])
        #expect(try scenario.step("b", in: plan).because == [scenario.because("d")])
        #expect(try scenario.step("d", in: plan).because == [scenario.roleReason("r")])
        #expect(plan.steps.allSatisfy { $0.alternatives.isEmpty })

        // A goal that another goal also needs: the goal reason first.
        let goals = try scenario.plan(PlanRequest(goals: ["d", "b"]))
        #expect(scenario.ids(goals) == ["a", "b", "c", "d"])
        #expect(try scenario.step("b", in: goals).because == [.goal, scenario.because("d")])
        #expect(try scenario.step("d", in: goals).because == [.goal])
    }

    @Test("Knowing a skill makes its mandatory closure known")
    func knowAndClosure() throws {
        let scenario = try Self.diamond()
        let plan = try scenario.plan(PlanRequest(know: ["b"], to: ["r"]))
        #expect(scenario.ids(plan) == ["c", "d"])
        #expect(scenario.knownIDs(plan) == ["a", "b"])
        #expect(plan.totalHours == 9)
        #expect(plan.steps.map(\.isReady) == [true, false])

        // Completed skills count like known ones.
        let completed = try scenario.plan(PlanRequest(completed: ["b"], to: ["r"]))
        #expect(completed == plan)
    }

    @Test("Knowing a skill does not make its anyOf members known")
    func knowLeavesAlternativesOpen() throws {
        let scenario = try PlannerScenario([
            S.skill("python", 20), S.skill("numpy", 5), S.skill("torch", 10),
            S.skill("ml", 30, "python", .anyOf(["numpy", "torch"])), S.skill("deploy", 6, "ml", "torch"),
        ])
        let knowing = try scenario.plan(PlanRequest(know: ["ml"], goals: ["deploy"]))
        #expect(scenario.ids(knowing) == ["torch", "deploy"])
        #expect(scenario.knownIDs(knowing) == ["ml", "python"])
        #expect(knowing.totalHours == 16)

        // From nothing, torch (needed by deploy anyway) also meets ml's anyOf: no numpy.
        let fresh = try scenario.plan(PlanRequest(goals: ["deploy"]))
        #expect(scenario.ids(fresh) == ["python", "torch", "ml", "deploy"])
        #expect(fresh.totalHours == 66)
    }

    @Test("A shared prerequisite is counted once, so the dearer-looking alternative wins")
    func sharedPrerequisite() throws {
        // Alone a costs 5 and b costs 6 (with p), but c needs p anyway: b adds only 4.
        let scenario = try PlannerScenario([
            S.skill("a", 5), S.skill("b", 4, "p"), S.skill("p", 2), S.skill("c", 1, "p"),
            S.skill("t", 1, .anyOf(["a", "b"]), "c"),
        ])
        let plan = try scenario.plan(PlanRequest(goals: ["t"]))
        #expect(scenario.ids(plan) == ["p", "b", "c", "t"])
        #expect(plan.totalHours == 8)
        #expect(plan.optimal)
        let b = try scenario.step("b", in: plan)
        // With a the shortest plan is a, p, c, t: 9 hours, one more.
        #expect(scenario.alternatives(of: b) == ["a": 1])
        #expect(try scenario.step("p", in: plan).because == [scenario.because("b"), scenario.because("c")])
    }

    @Test("The mandatory items of the from roles, included roles too, are known; without assumptions their anyOf adds nothing")
    func fromRoles() throws {
        let scenario = try PlannerScenario(
            [
                S.skill("sql", 10), S.skill("stats", 8), S.skill("excel", 3), S.skill("sheets", 2),
                S.skill("python", 20), S.skill("ml", 30, "python", "stats"), S.skill("linalg", 5),
            ],
            roles: [
                S.role("base", "stats"),
                S.role("analyst", includes: ["base"], "sql", .anyOf(["excel", "sheets"])),
                S.role("scientist", "sql", "ml", .anyOf(["excel", "sheets"]), "linalg"),
            ])
        let plan = try scenario.plan(PlanRequest(from: ["analyst"], to: ["scientist"], assume: false))
        #expect(scenario.knownIDs(plan) == ["sql", "stats"])
        // Delivery order: the quickest requirements first (2 h, 5 h, then 50 h for ml).
        #expect(scenario.ids(plan) == ["sheets", "linalg", "python", "ml"])
        #expect(plan.totalHours == 57)
        #expect(try scenario.step("sheets", in: plan).because == [scenario.roleReason("scientist")])
        // Excel instead of Sheets: 3 hours instead of 2.
        #expect(scenario.alternatives(of: try scenario.step("sheets", in: plan)) == ["excel": 1])
        #expect(try scenario.step("sheets", in: plan).isReady)
        #expect(try !scenario.step("ml", in: plan).isReady)

        // Holding the role itself still leaves its anyOf to learn, without assumptions.
        let same = try scenario.plan(PlanRequest(from: ["analyst"], to: ["analyst"], assume: false))
        #expect(scenario.ids(same) == ["sheets"])
        #expect(try scenario.plan(PlanRequest(from: ["analyst"], to: ["analyst"])).steps.isEmpty)
    }

    @Test("Without assumptions an anyOf of a known role adds nothing to what is known")
    func knownRoleAnyOf() throws {
        let scenario = try PlannerScenario(
            [S.skill("a", 3), S.skill("b", 1), S.skill("c", 2), S.skill("g", 1, "a")],
            roles: [S.role("holder", .anyOf(["a", "b"]), "c")])
        let plan = try scenario.plan(PlanRequest(from: ["holder"], goals: ["g"], assume: false))
        #expect(scenario.knownIDs(plan) == ["c"])
        #expect(scenario.ids(plan) == ["a", "g"])
        #expect(plan.totalHours == 4)
    }

    @Test("Avoiding an alternative, or what it needs, forces the other one")
    func avoidForcesTheOtherAlternative() throws {
        let scenario = try PlannerScenario([
            S.skill("x", 1), S.skill("a", 1, "x"), S.skill("b", 3), S.skill("t", 1, .anyOf(["a", "b"])),
        ])
        let free = try scenario.plan(PlanRequest(goals: ["t"]))
        #expect(scenario.ids(free) == ["x", "a", "t"])
        // b and t take 4 hours against x, a and t's 3.
        #expect(scenario.alternatives(of: try scenario.step("a", in: free)) == ["b": 1])

        for avoided in ["a", "x"] {
            let plan = try scenario.plan(PlanRequest(goals: ["t"], avoid: [avoided]))
            #expect(scenario.ids(plan) == ["b", "t"], "avoiding \(avoided)")
            #expect(plan.totalHours == 4)
            // The alternative that was not chosen cannot be used: no hours.
            #expect(scenario.alternatives(of: try scenario.step("b", in: plan)) == ["a": Double?.none])
        }

        // Avoiding something already known changes nothing.
        let known = try scenario.plan(PlanRequest(know: ["a"], goals: ["t"], avoid: ["a"]))
        #expect(scenario.ids(known) == ["t"])
        #expect(try scenario.step("t", in: known).isReady)
    }

    @Test("In the depth-first order goals are planned in the order written")
    func goalsInOrder() throws {
        let scenario = try Self.diamond()
        let plan = try scenario.plan(PlanRequest(goals: ["e", "c"], order: .depth))
        #expect(scenario.ids(plan) == ["a", "e", "c"])
        #expect(try scenario.step("a", in: plan).because == [scenario.because("e"), scenario.because("c")])
        #expect(try scenario.step("e", in: plan).because == [.goal])
        #expect(plan.totalHours == 13)
    }

    @Test("Targets already known give an empty plan of 0 hours")
    func targetsAlreadyKnown() throws {
        let scenario = try Self.diamond()
        for request in [
            PlanRequest(from: ["r"], to: ["r"]),
            PlanRequest(know: ["d"], goals: ["b"]),
            PlanRequest(know: ["e"], completed: ["c"], goals: ["a", "c"]),
        ] {
            let plan = try scenario.plan(request)
            #expect(plan.steps.isEmpty, "\(request)")
            #expect(plan.totalHours == 0)
            #expect(plan.optimal)
            #expect(plan.lowerBound == 0)
        }
    }

    @Test("Zero-hour milestones are planned like any skill")
    func milestones() throws {
        let scenario = try PlannerScenario([
            S.skill("a", 0), S.skill("b", 2), S.skill("m", 0, .anyOf(["a", "b"])), S.skill("t", 1, "m"),
        ])
        let plan = try scenario.plan(PlanRequest(goals: ["t"]))
        #expect(scenario.ids(plan) == ["a", "m", "t"])
        #expect(plan.totalHours == 1)
    }

    @Test("The same request gives the same plan whatever order the skills are listed in")
    func permutedInput() throws {
        let skills = [
            S.skill("x", 1), S.skill("a", 1, "x"), S.skill("b", 3), S.skill("c", 2, .anyOf(["b", "x"])),
            S.skill("t", 1, .anyOf(["a", "b"]), "c"), S.skill("u", 2, .anyOf(["t", "c"]), "a"),
        ]
        let roles = [S.role("r1", "u"), S.role("r2", includes: ["r1"], .anyOf(["b", "c"]))]
        let request = PlanRequest(to: ["r2"], goals: ["t"])
        let plan = try PlannerScenario(skills, roles: roles).plan(request)
        let reversed = try PlannerScenario(skills.reversed(), roles: roles.reversed()).plan(request)
        #expect(plan == reversed)
        var random = PlannerRandom(seed: 7)
        for _ in 0..<5 {
            let shuffled = try PlannerScenario(skills.shuffled(using: &random), roles: roles.shuffled(using: &random))
            #expect(try shuffled.plan(request) == plan)
        }
    }

    @Test("An alias names its skill in every field of a request")
    func aliases() throws {
        let scenario = try PlannerScenario(
            [Skill(id: "a", name: "A", hours: 1, aliases: ["old-a"]), S.skill("b", 2, "a"), S.skill("c", 1, "b")],
            roles: [])
        let byID = try scenario.planner.plan(PlanRequest(know: ["a"], goals: ["c"]))
        let byAlias = try scenario.planner.plan(PlanRequest(know: ["old-a"], goals: ["c"]))
        #expect(byID == byAlias)
        #expect(scenario.ids(byAlias) == ["b", "c"])
    }
}
