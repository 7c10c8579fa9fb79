import Testing
import UpskillGraph
import UpskillPlanner

/// Pricing alternatives can be turned off (the progress views do, as they show no
/// prices): the plan is the same, only the alternatives go unpriced.
@Suite("Planner alternative pricing")
struct PlannerPricingTests {
    typealias S = PlannerScenario

    @Test("Without pricing, the same steps, hours and alternatives, with no extra hours")
    func unpricedPlanIsTheSamePlan() throws {
        let scenario = try PlannerScenario([
            S.skill("a", 5), S.skill("b", 4, "p"), S.skill("p", 2), S.skill("c", 1, "p"),
            S.skill("t", 1, .anyOf(["a", "b"]), "c"),
        ])
        let priced = try scenario.plan(PlanRequest(goals: ["t"]))
        var request = PlanRequest(goals: ["t"])
        request.pricesAlternatives = false
        // Not through scenario.plan, whose audit reads a missing price as "cannot be used".
        let unpriced = try Planner(catalog: scenario.catalog).plan(request)
        #expect(scenario.ids(unpriced) == scenario.ids(priced))
        #expect(unpriced.totalHours == priced.totalHours)
        #expect(unpriced.optimal == priced.optimal)
        let pricedB = try scenario.step("b", in: priced), unpricedB = try scenario.step("b", in: unpriced)
        #expect(scenario.alternatives(of: pricedB) == ["a": 1])
        #expect(unpricedB.alternatives.map(\.skill) == pricedB.alternatives.map(\.skill))
        #expect(unpricedB.alternatives.allSatisfy { $0.extraHours == nil })
    }
}
