import UpskillGraph

/// What each unchosen alternative would cost: the shortest plan that includes it, less
/// the shortest plan.
extension Planner {
    /// Prices every alternative of `steps` by planning again with the alternative as an
    /// extra goal. The re-plans share one budget, a fifth of the request's search budget (each
    /// charged its search work plus one pass over the catalog), and each may use at most a
    /// fiftieth of it (at least 100,000), so that one hard re-plan cannot leave the others
    /// unpriced. Past the budget, or where a re-plan
    /// is not proven optimal, the figure is an upper bound and marked so.
    func priceAlternatives(_ steps: inout [PlanStep], solution: Solution, resolved: ResolvedRequest) {
        var prices: [Int32: (extra: Double?, exact: Bool)] = [:]
        var budgetLeft = resolved.budget / 5
        let passCost = catalog.skillCount + catalog.requirements.itemCount
        let lowerBound = solution.result.optimal ? solution.total : min(solution.result.lowerBound, solution.total)
        let perReplan = max(100_000, resolved.budget / 50)
        for index in steps.indices {
            for position in steps[index].alternatives.indices {
                let skill = steps[index].alternatives[position].skill
                let price: (extra: Double?, exact: Bool)
                if let known = prices[skill] {
                    price = known
                } else if !solution.usable[Int(skill)] {
                    price = (nil, true)
                } else if budgetLeft > passCost {
                    var search = PlanSearch(
                        tables: solution.tables, targets: solution.targets.map(\.members) + [[skill]],
                        budget: min(perReplan, budgetLeft - passCost))
                    guard let result = search.run() else {
                        prices[skill] = (nil, false)
                        continue
                    }
                    budgetLeft -= passCost + result.work
                    var withSkill = 0.0
                    for other in result.skills.indices where result.skills[other] { withSkill += hours[other] }
                    let exact = result.optimal && solution.result.optimal
                    price = (max(0, withSkill - (exact ? solution.total : lowerBound)), exact)
                } else {
                    let withSkill = solution.total + completionHours(skill, solution: solution)
                    price = (max(0, withSkill - lowerBound), false)
                }
                prices[skill] = price
                steps[index].alternatives[position].extraHours = price.extra
                steps[index].alternatives[position].extraHoursExact = price.exact
            }
        }
    }

    /// The hours a usable skill adds to the plan found, with what it needs: its mandatory
    /// requirements, and for an `anyOf` item that nothing known, planned or added meets,
    /// its cheapest usable member. The plan found plus these is a plan that includes the
    /// skill, so its hours bound the shortest such plan from above.
    func completionHours(_ skill: Int32, solution: Solution) -> Double {
        let requirements = catalog.requirements
        let inPlan = solution.result.skills
        var added: Set<Int32> = []
        var stack = [skill]
        var hours = 0.0
        func has(_ member: Int32) -> Bool {
            solution.known[Int(member)] || inPlan[Int(member)] || added.contains(member)
        }
        while let current = stack.popLast() {
            guard !has(current) else { continue }
            added.insert(current)
            hours += catalog.hours(ofSkill: current)
            for item in requirements.items(of: Int(current)) {
                let members = requirements.members(of: item)
                if !requirements.isAlternative(item) {
                    stack.append(contentsOf: members)
                } else if !members.contains(where: has) {
                    let usable = members.filter { solution.usable[Int($0)] }
                    if let cheapest = usable.min(by: { catalog.hours(ofSkill: $0) < catalog.hours(ofSkill: $1) }) {
                        stack.append(cheapest)
                    }
                }
            }
        }
        return hours
    }
}
