import Testing
import UpskillCurriculum
import UpskillGraph
import UpskillPlanner

/// A search cut short by its node budget: the plan is still feasible and ordered, and
/// `lowerBound ≤ optimum ≤ totalHours`, with `optimal` only when the plan is a minimum.
@Suite("Planner search budget")
struct PlannerBudgetTests {
    static let batches = Array(0..<6)
    static let instancesPerBatch = 40

    /// A random instance rich in `anyOf` groups, with a budget of one search node.
    static func makeCase(batch: Int, instance: Int) throws -> PlannerOracleTests.Case {
        var options = RandomCatalog.Options()
        options.anyOfProbability = 0.85
        options.maxItems = 4
        options.emptyProbability = 0.05
        options.skillCount = 10...20
        options.shuffledIDs = instance % 2 == 0
        let seed = UInt64(batch) << 32 | UInt64(instance) | 1 << 62
        let model = RandomCatalog(seed: seed, options: options)
        let catalog = try model.catalog()
        let oracle = BruteForceOracle(curriculum: model.curriculum())
        var random = PlannerRandom(seed: seed)
        var request = model.randomRequest(using: &random, avoidCount: 0...1)
        request.searchBudget = 1
        let audit = PlanAudit(catalog: catalog, oracle: oracle, request: request)
        return PlannerOracleTests.Case(
            seed: seed, model: model, catalog: catalog, oracle: oracle, request: request, audit: audit)
    }

    @Test("With a budget of one node the bounds bracket the brute-force minimum", arguments: batches)
    func boundsBracketTheOptimum(batch: Int) throws {
        var compared = 0
        for instance in 0..<Self.instancesPerBatch {
            let test = try Self.makeCase(batch: batch, instance: instance)
            guard test.audit.instance.candidates.count <= PlannerOracleTests.maxCandidates,
                let optimum = test.oracle.optimum(test.audit.instance)
            else { continue }
            compared += 1
            let context = Comment(rawValue: "seed \(test.seed), request \(test.request)")
            let plan = try Planner(catalog: test.catalog).plan(test.request)
            let problems = test.audit.problems(plan)
            #expect(problems.isEmpty, "\(problems); \(context)")
            #expect(plan.lowerBound <= optimum, context)
            #expect(optimum <= plan.totalHours, context)
            if plan.optimal {
                #expect(plan.totalHours == optimum, context)
                #expect(plan.lowerBound == plan.totalHours, context)
            }
            // The full search finds the minimum the cut one only bounds.
            var full = test.request
            full.searchBudget = PlanRequest.defaultSearchBudget
            let fullPlan = try Planner(catalog: test.catalog).plan(full)
            #expect(fullPlan.optimal && fullPlan.totalHours == optimum, context)
        }
        #expect(compared >= Self.instancesPerBatch / 2, "only \(compared) compared")
    }

    @Test("The budget does cut searches short on these instances")
    func budgetIsExercised() throws {
        var cutShort = 0, worse = 0
        for batch in Self.batches {
            for instance in 0..<Self.instancesPerBatch {
                let test = try Self.makeCase(batch: batch, instance: instance)
                guard let plan = try? Planner(catalog: test.catalog).plan(test.request), !plan.optimal else { continue }
                cutShort += 1
                if plan.lowerBound < plan.totalHours { worse += 1 }
            }
        }
        #expect(cutShort >= 20)
        #expect(worse >= 1, "no cut search ever returned a plan it could not prove optimal")
    }

    @Test("A greedy first plan that is not the minimum: the cut search reports the gap")
    func greedyFirstPlan() throws {
        typealias S = PlannerScenario
        // Own closures: a 5.5, b 6, c 5.5, d 6, so greedy takes a and c (11 hours); b and
        // d share p, so together they cost 10.
        let scenario = try PlannerScenario([
            S.skill("a", 5.5), S.skill("b", 4, "p"), S.skill("c", 5.5), S.skill("d", 4, "p"), S.skill("p", 2),
            S.skill("t", 0, .anyOf(["a", "b"]), .anyOf(["c", "d"])),
        ])
        let cut = try scenario.plan(PlanRequest(goals: ["t"], searchBudget: 1))
        #expect(scenario.ids(cut) == ["a", "c", "t"])
        #expect(cut.totalHours == 11)
        #expect(!cut.optimal)
        // A budget of one step stops at the root, whose bound is the dearest cheapest
        // alternative (a or c, 5.5 hours): sound, below the optimum of 10.
        #expect(cut.lowerBound == 5.5)

        let full = try scenario.plan(PlanRequest(goals: ["t"]))
        #expect(Set(scenario.ids(full)) == ["b", "d", "p", "t"])
        #expect(full.totalHours == 10)
        #expect(full.optimal)
        #expect(full.lowerBound == 10)
    }
}
