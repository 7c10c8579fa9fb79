import Testing
import UpskillCurriculum
import UpskillGraph
import UpskillPlanner

/// The assessment with a plan focus: it asks only what can change the plan, stops when
/// the plan is settled, and the plan it leaves is the plan for what the person knows.
@Suite("Assessment focus")
struct AssessmentFocusTests {
    typealias S = PlannerScenario

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
