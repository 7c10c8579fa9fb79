import Testing
import UpskillCurriculum
import UpskillGraph
import UpskillPlanner

/// The planner against brute force: on random small catalogs (at most 16 candidate skills
/// in the targets' cone) its total hours equal the minimum over every subset, its plans
/// pass ``PlanAudit`` (feasible, ordered, nothing known or avoided), and it fails exactly
/// when no subset is feasible.
@Suite("Planner against brute force")
struct PlannerOracleTests {
    /// Batches of random instances; each test case runs ``instancesPerBatch`` of them.
    static let batches = Array(0..<16)
    static let instancesPerBatch = 50
    static let maxCandidates = 16

    /// Shapes of catalogs, cycled through by instance.
    static func options(for instance: Int) -> RandomCatalog.Options {
        var options = RandomCatalog.Options()
        switch instance % 5 {
        case 0:
            break
        case 1:
            options.anyOfProbability = 0.75
            options.shuffledIDs = true
        case 2:
            options.skillCount = 12...28
            options.window = 5
            options.shuffledIDs = true
        case 3:
            options.skillCount = 12...30
            options.window = 8
            options.anyOfProbability = 0.5
            options.roleCount = 1...3
        default:
            options.skillCount = 10...20
            options.anyOfProbability = 0.85
            options.maxItems = 4
            options.emptyProbability = 0.05
        }
        return options
    }

    /// One random instance: the catalog, the request, and the oracle's view of it.
    struct Case {
        var seed: UInt64
        var model: RandomCatalog
        var catalog: Catalog
        var oracle: BruteForceOracle
        var request: PlanRequest
        var audit: PlanAudit
    }

    static func makeCase(
        batch: Int, instance: Int, salt: UInt64 = 0, avoidCount: ClosedRange<Int> = 0...3, assume: Bool = true
    ) throws -> Case {
        let seed = (UInt64(batch) << 32 | UInt64(instance)) ^ salt
        let model = RandomCatalog(seed: seed, options: options(for: instance))
        let catalog = try model.catalog()
        let oracle = BruteForceOracle(curriculum: model.curriculum())
        var random = PlannerRandom(seed: seed ^ 0x5EED_5EED)
        var request = model.randomRequest(using: &random, avoidCount: avoidCount)
        request.assume = assume
        let audit = PlanAudit(catalog: catalog, oracle: oracle, request: request)
        return Case(seed: seed, model: model, catalog: catalog, oracle: oracle, request: request, audit: audit)
    }

    @Test("Total hours equal the brute-force minimum on random catalogs", arguments: batches)
    func matchesBruteForce(batch: Int) throws {
        var compared = 0
        var largestCone = 0
        for instance in 0..<Self.instancesPerBatch {
            let test = try Self.makeCase(batch: batch, instance: instance, avoidCount: 0...2)
            let candidates = test.audit.instance.candidates.count
            guard candidates <= Self.maxCandidates else { continue }
            compared += 1
            largestCone = max(largestCone, candidates)
            let optimum = test.oracle.optimum(test.audit.instance)
            let context = Comment(rawValue: "seed \(test.seed), request \(test.request)")
            let result = Result { () throws(PlanningError) in try Planner(catalog: test.catalog).plan(test.request) }
            switch result {
            case .success(let plan):
                let expected = try #require(optimum, "a plan where brute force finds none; \(context)")
                #expect(plan.totalHours == expected, context)
                #expect(plan.optimal, context)
                #expect(plan.lowerBound == plan.totalHours, context)
                let problems = test.audit.problems(plan)
                #expect(problems.isEmpty, "\(problems); \(context)")
            case .failure(let error):
                #expect(optimum == nil, "\(error); \(context)")
                if case .unreachable = error {} else { Issue.record("unexpected \(error); \(context)") }
            }
        }
        // Most instances are small enough; the rest are skipped, not silently passed.
        #expect(compared >= Self.instancesPerBatch * 3 / 4, "only \(compared) compared")
        #expect(largestCone >= 8)
    }

    @Test("Targets that need no search: no anyOf means the cone minus what is known", arguments: batches.prefix(4))
    func withoutAlternativesThePlanIsTheCone(batch: Int) throws {
        for instance in 0..<Self.instancesPerBatch {
            var options = RandomCatalog.Options()
            options.anyOfProbability = 0
            options.skillCount = 5...40
            let seed = UInt64(batch) << 32 | UInt64(instance) | 1 << 60
            let model = RandomCatalog(seed: seed, options: options)
            let catalog = try model.catalog()
            let oracle = BruteForceOracle(curriculum: model.curriculum())
            var random = PlannerRandom(seed: seed)
            var request = model.randomRequest(using: &random)
            request.avoid = []
            let audit = PlanAudit(catalog: catalog, oracle: oracle, request: request)
            let plan = try Planner(catalog: catalog).plan(request)
            #expect(Set(audit.skills(of: plan)) == Set(audit.instance.candidates), "seed \(seed)")
            #expect(plan.optimal)
            #expect(audit.problems(plan).isEmpty, "seed \(seed)")
        }
    }
}
