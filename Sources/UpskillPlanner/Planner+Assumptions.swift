import UpskillGraph

/// What holding a `from` role says about its "any of" requirements.
extension Planner {
    /// For each `anyOf` item of the `from` roles that the known set does not meet (in the
    /// order the roles and items are written), the member that saves the most hours:
    /// the one whose plan, with it known, is shortest. Ties go to the member written
    /// first; avoided members are never assumed. Each assumption counts for the next.
    /// Choosing costs one plan per member, so a role with many such items multiplies the
    /// planning time: real roles have a handful.
    func assumptions(for resolved: ResolvedRequest) -> [Plan.Assumption] {
        var assumed: [Plan.Assumption] = []
        let avoided = Set(resolved.avoided)
        for role in resolved.from {
            for item in catalog.roleRequirements.items(of: Int(role)) where catalog.roleRequirements.isAlternative(item) {
                let members = Array(catalog.roleRequirements.members(of: item))
                let known = catalog.mandatoryClosureMask(
                    of: resolved.known + catalog.mandatorySkills(ofRoles: resolved.from) + assumed.map(\.assumed))
                guard !members.contains(where: { known[Int($0)] }) else { continue }
                let candidates = members.filter { !avoided.contains($0) }
                guard var best = candidates.first else { continue }
                if candidates.count > 1 {
                    // Choices are compared by their shortest plans: at least the default
                    // budget, so that a small --search-budget does not change what is assumed.
                    var trial = resolved
                    trial.budget = max(resolved.budget, PlanRequest.defaultSearchBudget)
                    var bestHours = Double.infinity
                    for candidate in candidates {
                        let hours = (try? solve(trial, assuming: assumed.map(\.assumed) + [candidate]))?.total ?? .infinity
                        if hours < bestHours - 1e-9 {  // equal sums of hours: the first written
                            bestHours = hours
                            best = candidate
                        }
                    }
                }
                assumed.append(Plan.Assumption(role: role, members: members, assumed: best))
            }
        }
        return assumed
    }
}

extension Planner {
    /// The known set a request plans from, by skill index: its known and completed
    /// skills, the mandatory requirements of its `from` roles and what ``plan(_:)``
    /// assumes of their "any of" requirements, closed under mandatory requirements.
    /// Costs nothing beyond the closure unless a `from` role has an "any of" to settle.
    /// - Throws: ``PlanningError`` for unknown ids or no target.
    package func knownSet(_ request: PlanRequest) throws(PlanningError) -> [Bool] {
        let resolved = try ResolvedRequest(request, planner: self)
        let assumed = request.assume ? assumptions(for: resolved) : []
        return catalog.mandatoryClosureMask(
            of: resolved.known + catalog.mandatorySkills(ofRoles: resolved.from) + assumed.map(\.assumed))
    }
}
