import Testing
import UpskillCurriculum
import UpskillGraph
import UpskillPlanner

/// The adaptive assessment on hand graphs: the cone, what an answer implies, which
/// question comes next, unsure answers and contradictions.
@Suite("Assessment")
struct AssessmentTests {
    typealias S = PlannerScenario

    /// a ← b ← c ← d ← e: each requires the one before.
    static func chain() throws -> PlannerScenario {
        try PlannerScenario([
            S.skill("a", 1), S.skill("b", 1, "a"), S.skill("c", 1, "b"), S.skill("d", 1, "c"), S.skill("e", 1, "d"),
        ])
    }

    /// a ← b, a ← c, (b, c) ← d; t needs d and one of x, y; z is unrelated.
    static func diamond() throws -> PlannerScenario {
        try PlannerScenario([
            S.skill("a", 1), S.skill("b", 1, "a"), S.skill("c", 1, "a"), S.skill("d", 1, "b", "c"),
            S.skill("x", 1), S.skill("y", 1, "a"), S.skill("t", 1, "d", .anyOf(["x", "y"])), S.skill("z", 1),
        ])
    }

    func cone(_ scenario: PlannerScenario, _ request: PlanRequest) throws -> KnowledgeCone {
        try KnowledgeCone(catalog: scenario.catalog, request: request)
    }

    func ids(_ scenario: PlannerScenario, _ set: SkillSet, _ cone: KnowledgeCone) -> [String] {
        set.elements.map { scenario.catalog.id(ofSkill: cone.skills[$0]) }
    }

    func local(_ id: String, _ scenario: PlannerScenario, _ cone: KnowledgeCone) throws -> Int {
        let skill = try #require(scenario.catalog.skill(id))
        return try #require(cone.local(skill))
    }

    @Test("The cone: everything the targets reach, anyOf members included, minus what is known")
    func coneContents() throws {
        let scenario = try Self.diamond()
        let all = try cone(scenario, PlanRequest(goals: ["t"]))
        #expect(all.skills.map { scenario.catalog.id(ofSkill: $0) } == ["a", "b", "c", "d", "t", "x", "y"])
        let knowing = try cone(scenario, PlanRequest(know: ["b", "x"], goals: ["t"]))
        // b makes a known; x meets the anyOf, so y is not needed.
        #expect(knowing.skills.map { scenario.catalog.id(ofSkill: $0) } == ["c", "d", "t"])
        #expect(throws: PlanningError.self) { try cone(scenario, PlanRequest()) }
        #expect(throws: PlanningError.self) { try cone(scenario, PlanRequest(goals: ["nope"])) }
    }

    @Test("Prerequisites and dependents follow mandatory requirements only")
    func closures() throws {
        let scenario = try Self.diamond()
        let cone = try cone(scenario, PlanRequest(goals: ["t"]))
        #expect(ids(scenario, cone.prerequisites(of: try local("t", scenario, cone)), cone) == ["a", "b", "c", "d", "t"])
        #expect(ids(scenario, cone.dependents(of: try local("a", scenario, cone)), cone) == ["a", "b", "c", "d", "t", "y"])
        #expect(ids(scenario, cone.dependents(of: try local("x", scenario, cone)), cone) == ["x"])
        #expect(ids(scenario, cone.dependents(of: try local("y", scenario, cone)), cone) == ["y"])
    }

    @Test("Yes makes every mandatory prerequisite known; no makes every mandatory dependent unknown")
    func inference() throws {
        let scenario = try Self.diamond()
        let cone = try cone(scenario, PlanRequest(goals: ["t"]))
        var yes = Assessment(cone: cone)
        #expect(yes.answer(try local("d", scenario, cone), .yes) == .settled(4))
        #expect(ids(scenario, yes.known, cone) == ["a", "b", "c", "d"])
        #expect(yes.unknown.isEmpty)
        #expect(ids(scenario, yes.undetermined, cone) == ["t", "x", "y"])

        var no = Assessment(cone: cone)
        #expect(no.answer(try local("b", scenario, cone), .no) == .settled(3))
        #expect(ids(scenario, no.unknown, cone) == ["b", "d", "t"])
        // Not knowing x says nothing about t, which could use y.
        var alternative = Assessment(cone: cone)
        #expect(alternative.answer(try local("x", scenario, cone), .no) == .settled(1))
        #expect(alternative.verdict(try local("t", scenario, cone)) == .undetermined)
        #expect(alternative.inferredCount == 0)
        #expect(no.inferredCount == 2)
        #expect(no.questionCount == 1)
    }

    @Test("On a chain the first question halves it; ties go to the larger total, then the first id")
    func questionChoice() throws {
        let scenario = try Self.chain()
        let cone = try cone(scenario, PlanRequest(goals: ["e"]))
        var assessment = Assessment(cone: cone)
        let first = try #require(assessment.nextQuestion)
        #expect(scenario.catalog.id(ofSkill: cone.skills[first]) == "c")
        #expect(assessment.settled(by: first) == (ifYes: 3, ifNo: 3))
        assessment.answer(first, .yes)
        // d and e both settle at worst 1 and 3 in total: d comes first.
        let second = try #require(assessment.nextQuestion)
        #expect(scenario.catalog.id(ofSkill: cone.skills[second]) == "d")
        assessment.answer(second, .no)
        #expect(assessment.isComplete)
        #expect(assessment.nextQuestion == nil)
        #expect(ids(scenario, assessment.known, cone) == ["a", "b", "c"])
        #expect(ids(scenario, assessment.unknown, cone) == ["d", "e"])
        #expect(assessment.questionCount == 2)
        #expect(assessment.inferredCount == 3)
    }

    @Test("Unsure: not asked again, still settled by later answers")
    func unsure() throws {
        let scenario = try Self.chain()
        let cone = try cone(scenario, PlanRequest(goals: ["e"]))
        var assessment = Assessment(cone: cone)
        let c = try local("c", scenario, cone)
        #expect(assessment.nextQuestion == c)
        #expect(assessment.answer(c, .unsure) == .settled(0))
        let next = try #require(assessment.nextQuestion)
        #expect(next != c)
        #expect(assessment.unsure.contains(c))
        assessment.answer(try local("e", scenario, cone), .yes)
        #expect(assessment.verdict(c) == .known)
        #expect(assessment.unsure.isEmpty)
        #expect(assessment.isComplete)

        // Unsure about everything: the questions run out with nothing determined.
        var doubtful = Assessment(cone: cone)
        for _ in 0...cone.count {
            guard let question = doubtful.nextQuestion else { break }
            doubtful.answer(question, .unsure)
        }
        #expect(doubtful.questionCount == 5)
        #expect(doubtful.undetermined.count == 5)
    }

    @Test("An answer that contradicts earlier ones is ignored and names the answer it contradicts")
    func contradictions() throws {
        let scenario = try Self.diamond()
        let cone = try cone(scenario, PlanRequest(goals: ["t"]))
        var assessment = Assessment(cone: cone)
        let d = try local("d", scenario, cone)
        assessment.answer(d, .yes)
        #expect(assessment.answer(try local("a", scenario, cone), .no) == .contradicts(because: d))
        #expect(assessment.answer(try local("b", scenario, cone), .yes) == .settled(0))
        let x = try local("x", scenario, cone)
        assessment.answer(x, .no)
        #expect(assessment.answer(x, .yes) == .contradicts(because: x))
        #expect(ids(scenario, assessment.known, cone) == ["a", "b", "c", "d"])
        #expect(assessment.questionCount == 3)
    }

    @Test("Random acyclic catalogs: a truthful person ends with exactly their known set, every skill determined")
    func randomPeople() throws {
        var random = PlannerRandom(seed: 0xA55E_55)
        var questions = 0
        var coneSizes = 0
        for seed in 0..<300 as Range<UInt64> {
            let generator = RandomCatalog(
                seed: seed, options: RandomCatalog.Options(skillCount: 5...60, shuffledIDs: seed % 2 == 0))
            let catalog = try generator.catalog()
            var request = generator.randomRequest(using: &random)
            request.avoid = []
            let cone: KnowledgeCone
            do { cone = try KnowledgeCone(catalog: catalog, request: request) } catch { continue }
            let simulation = AssessmentSimulation(catalog: catalog)
            let picks = (0..<random.int(0...4)).map { _ in Int32(random.int(0..<catalog.skillCount)) }
            let person = simulation.downClosed(picks)
            let assessment = simulation.run(cone, knows: person)
            #expect(assessment.isComplete, "seed \(seed)")
            #expect(Set(assessment.knownSkills) == person.intersection(cone.skills), "seed \(seed)")
            #expect(assessment.questionCount <= cone.count)
            questions += assessment.questionCount
            coneSizes += cone.count
        }
        #expect(questions < coneSizes)
    }
}
