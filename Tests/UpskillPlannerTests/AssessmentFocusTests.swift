import Testing
import UpskillCurriculum
import UpskillGraph
import UpskillPlanner

/// The assessment with a plan focus: it asks only what can change the plan, stops when
/// the plan is settled, and the plan it leaves is the plan for what the person knows.
@Suite("Assessment focus")
struct AssessmentFocusTests {
    typealias S = PlannerScenario

    /// Every set of skills a person can know in a small catalog: the down-closed subsets.
    static func everyone(_ catalog: Catalog) -> [Set<Int32>] {
        let simulation = AssessmentSimulation(catalog: catalog)
        let count = catalog.skillCount
        return (0..<(1 << count)).compactMap { mask in
            let set = Set((0..<count).filter { mask & (1 << $0) != 0 }.map(Int32.init))
            return simulation.downClosed(Array(set)) == set ? set : nil
        }
    }

    /// Runs the assessment for every person the catalog allows, checking plan equality and
    /// the bound, and returns the ids ever asked about.
    static func askedOfEveryone(_ scenario: PlannerScenario, _ request: PlanRequest) throws -> Set<String> {
        let catalog = scenario.catalog
        let simulation = AssessmentSimulation(catalog: catalog)
        let start = try Assessment(catalog: catalog, request: request)
        var asked: Set<String> = []
        for person in everyone(catalog) {
            let (assessment, held) = simulation.run(start, knows: person)
            #expect(held)
            #expect(assessment.isSettled)
            let after = try simulation.plan(request, knowing: assessment.knownSkills)
            let truth = try simulation.plan(request, knowing: person)
            let names = person.map { catalog.id(ofSkill: $0) }.sorted()
            #expect(after == truth, "knows \(names)")
            for entry in assessment.answers { asked.insert(catalog.id(ofSkill: start.cone.skills[entry.skill])) }
        }
        return asked
    }

    @Test("An alternative the plan would not choose either way is never asked about")
    func alternativeNotChosen() throws {
        // t needs pipelines (which needs airflow) and orchestration (any of airflow,
        // dagster, prefect): airflow is learned anyway, so dagster and prefect never matter.
        let scenario = try PlannerScenario([
            S.skill("base", 2), S.skill("airflow", 10, "base"), S.skill("dagster", 10, "base"), S.skill("prefect", 8, "base"),
            S.skill("pipelines", 5, "airflow"), S.skill("orchestration", 0, .anyOf(["airflow", "dagster", "prefect"])),
            S.skill("t", 1, "pipelines", "orchestration"),
        ])
        let asked = try Self.askedOfEveryone(scenario, PlanRequest(goals: ["t"]))
        #expect(!asked.contains("dagster") && !asked.contains("prefect"), "\(asked.sorted())")
        #expect(asked.contains("airflow"))
    }

    @Test("An alternative that knowing would make the plan choose is asked about; its dear prerequisites are not")
    func alternativeThatMatters() throws {
        // t needs x (5 h) or y (8 h, needing z): knowing y saves x, so y matters; knowing z
        // still leaves y dearer than x, so z never does.
        let scenario = try PlannerScenario([
            S.skill("x", 5), S.skill("z", 4), S.skill("y", 8, "z"), S.skill("t", 1, .anyOf(["x", "y"])),
        ])
        let asked = try Self.askedOfEveryone(scenario, PlanRequest(goals: ["t"]))
        #expect(asked.contains("y") && asked.contains("x"))
        #expect(!asked.contains("z"), "\(asked.sorted())")
    }

    @Test("Ties between equally cheap alternatives, and a role's alternatives the planner credits, still give the person's plan")
    func tiesAndAssumptions() throws {
        let scenario = try PlannerScenario(
            [
                S.skill("a", 1), S.skill("p", 4, "a"), S.skill("q", 3), S.skill("r", 1, "a"), S.skill("s", 4),
                S.skill("u", 2, .anyOf(["p", "q"]), .anyOf(["r", "s"])), S.skill("g", 1, "u", .anyOf(["q", "s"])),
            ],
            roles: [S.role("from", .anyOf(["p", "q"])), S.role("to", "g", .anyOf(["r", "s"]))])
        for request in [
            PlanRequest(goals: ["g"]), PlanRequest(to: ["to"]), PlanRequest(from: ["from"], to: ["to"]),
            PlanRequest(from: ["from"], goals: ["g"], avoid: ["q"]),
        ] {
            _ = try Self.askedOfEveryone(scenario, request)
        }
    }

    @Test("Small random catalogs, every person they allow: the plan after the assessment is theirs", arguments: 0..<4)
    func everyPerson(batch: Int) throws {
        var random = PlannerRandom(seed: 0xF0C5 + UInt64(batch))
        var people = 0
        for seed in 0..<25 as Range<UInt64> {
            let generator = RandomCatalog(
                seed: 1_000 * UInt64(batch) + seed,
                options: RandomCatalog.Options(skillCount: 4...9, roleCount: 1...3, shuffledIDs: seed % 2 == 0))
            let request = generator.randomRequest(using: &random)
            let scenario = try PlannerScenario(generator.skills, roles: generator.roles)
            guard (try? Assessment(catalog: scenario.catalog, request: request)) != nil,
                scenario.error(request) == nil
            else { continue }
            let catalog = scenario.catalog
            let simulation = AssessmentSimulation(catalog: catalog)
            let start = try Assessment(catalog: catalog, request: request)
            for person in Self.everyone(catalog) {
                guard let truth = try? simulation.plan(request, knowing: person) else { continue }
                let (assessment, held) = simulation.run(start, knows: person)
                #expect(held, "batch \(batch) seed \(seed)")
                let after = try simulation.plan(request, knowing: assessment.knownSkills)
                let names = person.map { catalog.id(ofSkill: $0) }.sorted()
                #expect(after == truth, "batch \(batch) seed \(seed) \(request) knows \(names)")
                people += 1
            }
        }
        #expect(people > 100)
    }

    @Test("Back takes the last answer and its inferences back, to the state before it")
    func back() throws {
        let scenario = try PlannerScenario([
            S.skill("a", 1), S.skill("b", 1, "a"), S.skill("c", 1, "b"), S.skill("d", 2, .anyOf(["b", "x"])),
            S.skill("x", 3), S.skill("t", 1, "c", "d"),
        ])
        var assessment = try Assessment(catalog: scenario.catalog, request: PlanRequest(goals: ["t"]))
        let nothing = assessment.undoLastAnswer()
        #expect(nothing == nil)
        let first = try #require(assessment.nextQuestion)
        assessment.answer(first, .no)
        let before = assessment
        let second = try #require(assessment.nextQuestion)
        assessment.answer(second, .yes)
        let taken = assessment.undoLastAnswer()
        let undone = try #require(taken)
        #expect(undone.skill == second && undone.answer == .yes)
        #expect(assessment.known == before.known && assessment.unknown == before.unknown)
        #expect(assessment.evaluation == before.evaluation)
        #expect(assessment.nextQuestion == second)
        #expect(assessment.remainingBound == before.remainingBound)
        assessment.answer(second, .unsure)
        #expect(assessment.unsure.contains(second))
        assessment.undoLastAnswer()
        #expect(assessment.unsure.isEmpty && assessment.answers.count == 1)
    }

    @Test("300 random catalogs: the plan after the assessment is the plan for the person's true set")
    func randomPlans() throws {
        var random = PlannerRandom(seed: 0xA55E_55)
        var questions: [Int] = []
        var scopes: [Int] = []
        var exhaustive = 0
        var catalogs = 0
        // Seeds in turn until 300 catalogs gave a plan (some requests have no target left).
        for seed in 0..<1_000 as Range<UInt64> where catalogs < 300 {
            let generator = RandomCatalog(
                seed: seed, options: RandomCatalog.Options(skillCount: 5...60, shuffledIDs: seed % 2 == 0))
            let catalog = try generator.catalog()
            let request = generator.randomRequest(using: &random)
            let start: Assessment
            do { start = try Assessment(catalog: catalog, request: request) } catch { continue }
            let simulation = AssessmentSimulation(catalog: catalog)
            let picks = (0..<random.int(0...4)).map { _ in Int32(random.int(0..<catalog.skillCount)) }
            let person = simulation.downClosed(picks)
            guard let truth = try? simulation.plan(request, knowing: person) else { continue }
            let (assessment, held) = simulation.run(start, knows: person)
            #expect(held, "seed \(seed): the bound on questions left")
            #expect(assessment.isSettled, "seed \(seed)")
            #expect(Set(assessment.knownSkills).isSubset(of: person), "seed \(seed)")
            let after = try simulation.plan(request, knowing: assessment.knownSkills)
            #expect(after == truth, "seed \(seed): \(after) against \(truth)")
            catalogs += 1
            questions.append(assessment.questionCount)
            scopes.append(start.cone.count)
            exhaustive += simulation.run(start.cone, knows: person).questionCount
        }
        let asked = questions.reduce(0, +)
        let scope = scopes.reduce(0, +)
        let mean = Double(asked) / Double(max(1, catalogs))
        let share = zip(questions, scopes).map { $1 == 0 ? 0 : Double($0) / Double($1) }.reduce(0, +) / Double(max(1, catalogs))
        let tenths = AssessmentMeasurementTests.tenths
        print(
            "\(catalogs) random catalogs: \(tenths(mean)) questions on average (worst \(questions.max() ?? 0)) for \(tenths(Double(scope) / Double(max(1, catalogs)))) skills in scope on average: \(tenths(Double(asked) / Double(max(1, scope)) * 100)) % of all skills in scope, \(tenths(share * 100)) % per catalog on average; settling every skill: \(tenths(Double(exhaustive) / Double(max(1, catalogs)))) questions on average"
        )
        #expect(catalogs == 300)
        // The target, a quarter of the cone, is not met (see the Assessment article);
        // what holds: far fewer questions than settling every skill, under half the cones.
        #expect(asked * 3 < exhaustive * 2)
        #expect(asked * 2 < scope)
    }
}
