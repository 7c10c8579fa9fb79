import UpskillCurriculum
import UpskillGraph

/// Computes the learning plan with the fewest total hours from what a learner knows to
/// the roles and skills they want.
///
/// The semantics, precisely:
/// - The **known set** K is the `know` and `completed` skills and the mandatory
///   requirements of the `from` roles, closed under mandatory requirements. An `anyOf`
///   item of a known skill or role adds nothing to K.
/// - A **plan** S (disjoint from K, without avoided skills) is feasible when every item of
///   every target and of every skill in S is met by K ∪ S. Its cost is the sum of hours,
///   each skill counted once; the planner returns a feasible plan of minimum cost.
/// - The search runs inside the prerequisite cone of the targets: forced skills first
///   (the mandatory closure of the targets), then branch and bound over the `anyOf`
///   groups, cheapest alternative first so that the first plan found is the greedy one.
///   See ``PlanSearch``.
/// - **Order**: depth first from the targets in the order they are written, each step
///   right after the requirements it needs (post-order), members in the order written.
///   Ties never depend on hashing, so equal inputs give identical plans.
package struct Planner: Sendable {
    /// The catalog plans are made over.
    package let catalog: Catalog

    package init(catalog: Catalog) {
        self.catalog = catalog
    }

    /// The minimum-hours plan for a request.
    /// - Throws: ``PlanningError`` for unknown ids, no target, or a target that the
    ///   avoided skills make unreachable.
    package func plan(_ request: PlanRequest) throws(PlanningError) -> Plan {
        let requirements = catalog.requirements
        let count = catalog.skillCount
        let fromRoles = try request.from.map { id throws(PlanningError) in try role(id) }
        let toRoles = try request.to.map { id throws(PlanningError) in try role(id) }
        let knownSkills = try (request.know + request.completed).map { id throws(PlanningError) in try skill(id) }
        let goalSkills = try request.goals.map { id throws(PlanningError) in try skill(id) }
        let avoidedSkills = try request.avoid.map { id throws(PlanningError) in try skill(id) }
        guard !toRoles.isEmpty || !goalSkills.isEmpty else { throw .noTarget }

        // The known set, closed under mandatory requirements.
        let known = catalog.mandatoryClosureMask(of: knownSkills + catalog.mandatorySkills(ofRoles: fromRoles))

        var avoided = [Bool](repeating: false, count: count)
        for skill in avoidedSkills where !known[Int(skill)] { avoided[Int(skill)] = true }

        // Target items not already met, with the reason each is there.
        var targets: [TargetItem] = []
        for role in toRoles {
            for item in catalog.roleRequirements.items(of: Int(role)) {
                let members = Array(catalog.roleRequirements.members(of: item))
                if !members.contains(where: { known[Int($0)] }) {
                    targets.append(TargetItem(members: members, reason: .role(role)))
                }
            }
        }
        for goal in goalSkills where !known[Int(goal)] {
            targets.append(TargetItem(members: [goal], reason: .goal))
        }

        let usable = usableSkills(targets: targets, known: known, avoided: avoided)
        for target in targets where !target.members.contains(where: { usable[Int($0)] }) {
            throw unreachable(target, known: known, avoided: avoided, usable: usable)
        }

        var search = PlanSearch(
            requirements: requirements, hours: catalog.skills.map(\.hours), known: known, usable: usable,
            targets: targets.map(\.members), budget: request.searchBudget)
        let result = search.run()
        let inPlan = result.skills
        let steps = orderedSteps(inPlan: inPlan, targets: targets, known: known, avoided: avoided, usable: usable)
        let total = steps.reduce(0) { $0 + $1.hours }
        return Plan(
            steps: steps, totalHours: total, optimal: result.optimal,
            lowerBound: result.optimal ? total : min(result.lowerBound, total),
            known: known.indices.filter { known[$0] }.map(Int32.init), searchNodes: result.nodes)
    }

    // MARK: Ids

    func role(_ id: String) throws(PlanningError) -> Int32 {
        if let index = catalog.role(id) { return index }
        throw .unknownRole(id, suggestion: Suggestion.closest(to: id, in: catalog.roles.map(\.id)))
    }

    func skill(_ id: String) throws(PlanningError) -> Int32 {
        if let index = catalog.skill(id) { return index }
        throw .unknownSkill(id, suggestion: Suggestion.closest(to: id, in: catalog.skills.map(\.id)))
    }

    // MARK: Feasibility

    /// An item a target needs, and which target it is.
    struct TargetItem {
        var members: [Int32]
        var reason: PlanStep.Reason
    }

    /// The skills of the targets' prerequisite cone that could be learned without any
    /// avoided skill: not known, not avoided, and each of their items met by a known or
    /// usable skill. Computed in the catalog's topological order, so requirements first.
    func usableSkills(targets: [TargetItem], known: [Bool], avoided: [Bool]) -> [Bool] {
        let requirements = catalog.requirements
        var inCone = [Bool](repeating: false, count: catalog.skillCount)
        var stack: [Int32] = targets.flatMap(\.members)
        while let skill = stack.popLast() {
            let index = Int(skill)
            guard !inCone[index], !known[index], !avoided[index] else { continue }
            inCone[index] = true
            for item in requirements.items(of: index) {
                stack.append(contentsOf: requirements.members(of: item))
            }
        }
        var usable = [Bool](repeating: false, count: catalog.skillCount)
        for skill in catalog.topologicalOrder where inCone[Int(skill)] {
            usable[Int(skill)] = requirements.items(of: Int(skill)).allSatisfy { item in
                requirements.members(of: item).contains { known[Int($0)] || usable[Int($0)] }
            }
        }
        return usable
    }

    /// Explains an unreachable target: follows requirements that nothing usable meets,
    /// through the first alternative that is not avoided itself, down to an item whose
    /// every member is avoided.
    func unreachable(_ target: TargetItem, known: [Bool], avoided: [Bool], usable: [Bool]) -> PlanningError {
        let targetName: String
        var members = target.members
        switch target.reason {
        case .role(let role):
            targetName = catalog.roles[Int(role)].id
        case .goal, .skill:
            targetName = catalog.id(ofSkill: target.members[0])
            if !avoided[Int(target.members[0])], let item = blockedItem(of: target.members[0], known: known, usable: usable) {
                members = item
            }
        }
        var chain: [String] = []
        // The graph is acyclic, so this walk ends; the bound guards against a bad catalog.
        for _ in 0...catalog.skillCount {
            guard let member = members.first(where: { !avoided[Int($0)] }),
                let item = blockedItem(of: member, known: known, usable: usable)
            else { break }
            chain.append("'\(catalog.id(ofSkill: member))'")
            members = item
        }
        let names = members.map { catalog.id(ofSkill: $0) }
        let blocked = names.count == 1 ? "'\(names[0])'" : "any of (\(names.joined(separator: " | ")))"
        return .unreachable(
            target: targetName, chain: chain, blocked: blocked,
            avoided: members.filter { avoided[Int($0)] }.map { catalog.id(ofSkill: $0) })
    }

    /// The first requirement item of a skill that no known or usable skill meets.
    private func blockedItem(of skill: Int32, known: [Bool], usable: [Bool]) -> [Int32]? {
        let requirements = catalog.requirements
        return requirements.items(of: Int(skill)).first { item in
            !requirements.members(of: item).contains { known[Int($0)] || usable[Int($0)] }
        }.map { Array(requirements.members(of: $0)) }
    }

    // MARK: Order and reasons

    func orderedSteps(inPlan: [Bool], targets: [TargetItem], known: [Bool], avoided: [Bool], usable: [Bool])
        -> [PlanStep]
    {
        let requirements = catalog.requirements
        // Post-order depth-first walk from the targets.
        var order: [Int32] = []
        var visited = [Bool](repeating: false, count: catalog.skillCount)
        for target in targets {
            for member in target.members where inPlan[Int(member)] && !visited[Int(member)] {
                var stack: [(skill: Int32, item: Int, member: Int)] = [(member, 0, 0)]
                visited[Int(member)] = true
                while let top = stack.last {
                    let items = requirements.items(of: Int(top.skill))
                    if top.item < items.count {
                        let members = requirements.members(of: items.lowerBound + top.item)
                        if top.member < members.count {
                            stack[stack.count - 1].member += 1
                            let next = members[members.startIndex + top.member]
                            if inPlan[Int(next)] && !visited[Int(next)] {
                                visited[Int(next)] = true
                                stack.append((next, 0, 0))
                            }
                        } else {
                            stack[stack.count - 1].item += 1
                            stack[stack.count - 1].member = 0
                        }
                    } else {
                        order.append(top.skill)
                        stack.removeLast()
                    }
                }
            }
        }

        // Reasons: targets first, then the plan's skills that need each step, in plan order.
        var reasons = [[PlanStep.Reason]](repeating: [], count: catalog.skillCount)
        var alternatives = [[Int32]](repeating: [], count: catalog.skillCount)
        func note(members: ArraySlice<Int32>, reason: PlanStep.Reason) {
            // An item the known set meets needs no step.
            if members.contains(where: { known[Int($0)] }) { return }
            let chosen = members.filter { inPlan[Int($0)] }
            for skill in chosen where !reasons[Int(skill)].contains(reason) {
                reasons[Int(skill)].append(reason)
            }
            // Alternatives matter only where the item was met by exactly one plan step.
            if members.count > 1, chosen.count == 1 {
                for other in members where other != chosen[0] && !alternatives[Int(chosen[0])].contains(other) {
                    alternatives[Int(chosen[0])].append(other)
                }
            }
        }
        for target in targets {
            note(members: target.members[...], reason: target.reason)
        }
        for skill in order {
            for item in requirements.items(of: Int(skill)) {
                note(members: requirements.members(of: item), reason: .skill(skill))
            }
        }

        return order.map { skill in
            let index = Int(skill)
            let isReady = requirements.items(of: index).allSatisfy { item in
                requirements.members(of: item).contains { known[Int($0)] }
            }
            return PlanStep(
                skill: skill, hours: catalog.hours(ofSkill: skill), because: reasons[index],
                alternatives: alternatives[index].map { other in
                    PlanStep.Alternative(
                        skill: other,
                        hours: usable[Int(other)]
                            ? alternativeCost(other, inPlan: inPlan, known: known, avoided: avoided) : nil)
                },
                isReady: isReady)
        }
    }

    /// The hours of a skill and its mandatory prerequisites that are neither known nor in
    /// the plan: what choosing it instead would have added at least. `nil` if it needs an
    /// avoided skill.
    func alternativeCost(_ skill: Int32, inPlan: [Bool], known: [Bool], avoided: [Bool]) -> Double? {
        let requirements = catalog.requirements
        var seen: Set<Int32> = []
        var stack = [skill]
        var hours = 0.0
        while let current = stack.popLast() {
            let index = Int(current)
            guard !known[index], seen.insert(current).inserted else { continue }
            if avoided[index] { return nil }
            if current != skill && inPlan[index] { continue }
            hours += catalog.hours(ofSkill: current)
            for item in requirements.items(of: index) where !requirements.isAlternative(item) {
                stack.append(contentsOf: requirements.members(of: item))
            }
        }
        return hours
    }
}
