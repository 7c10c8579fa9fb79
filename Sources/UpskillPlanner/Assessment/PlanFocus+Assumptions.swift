import UpskillGraph

/// The `from` roles' `anyOf` items: what the planner credits must not depend on the
/// undetermined skills.
extension PlanFocus {
    /// Whether the planner credits the same members at both ends and, item by item,
    /// would prefer the same member for every known set in between: each member's
    /// shortest plan costs the same at both ends (costs only fall as knowledge grows, so
    /// they are then the same in between, and so is the cheapest member).
    /// - Parameter open: The optimistic members of the items no known skill meets.
    /// - Returns: Whether they agree and, when they do not, the skills to ask about.
    func assumptionsAgree(
        _ assumed: [Plan.Assumption], low: Planner.ResolvedRequest, high: Planner.ResolvedRequest, members open: SkillSet,
        undetermined: SkillSet, optimistic: SkillSet
    ) -> (agree: Bool, witnesses: SkillSet) {
        var witnesses = open
        let credited = planner.assumptions(for: high)
        guard credited.map(\.assumed) == assumed.map(\.assumed), credited.map(\.members) == assumed.map(\.members) else {
            return (false, witnesses)
        }
        var lowTrial = low
        var highTrial = high
        lowTrial.budget = max(low.budget, PlanRequest.defaultSearchBudget)
        highTrial.budget = lowTrial.budget
        let avoided = Set(low.avoided)
        for (index, assumption) in assumed.enumerated() {
            let members = assumption.members.filter { !avoided.contains($0) }
            guard members.count > 1 else { continue }
            let prefix = assumed[..<index].map(\.assumed)
            for member in members {
                let lowPlan = try? planner.solve(lowTrial, assuming: prefix + [member])
                let highPlan = try? planner.solve(highTrial, assuming: prefix + [member])
                let same =
                    switch (lowPlan, highPlan) {
                    case (nil, nil): true
                    case (let lowPlan?, let highPlan?):
                        lowPlan.result.optimal && highPlan.result.optimal && abs(lowPlan.total - highPlan.total) < 1e-9
                    default: false
                    }
                guard !same else { continue }
                if let lowPlan {
                    for skill in lowPlan.result.skills.indices where lowPlan.result.skills[skill] {
                        if let local = cone.local(Int32(skill)), undetermined.contains(local) { witnesses.insert(local) }
                    }
                    if let highPlan { witnesses.formUnion(reliance(of: highPlan.result.skills, on: optimistic, in: lowPlan)) }
                }
                return (false, witnesses)
            }
        }
        return (true, witnesses)
    }
}
