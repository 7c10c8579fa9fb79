import UpskillGraph

/// From a solution to a plan: the order of the steps, and why each is there.
extension Planner {
    func makePlan(_ solution: Solution, resolved: ResolvedRequest, assumed: [Plan.Assumption]) -> Plan {
        let inPlan = solution.result.skills
        let targets = solution.targets
        let depth = depthFirstOrder(inPlan: inPlan, targets: targets)
        var order = depth
        var stepGroups: [Int?] = Array(repeating: nil, count: depth.count)
        var groups: [Plan.Group] = []
        if resolved.order == .delivery {
            let delivery = DeliveryOrder(
                requirements: catalog.requirements, hours: hours, inPlan: inPlan,
                depthOrder: depth, targets: targets,
                started: resolved.started.filter { inPlan[Int($0)] }, groupCount: solution.groups.count
            ).order()
            // Only the groups that hold a step, renumbered in plan order.
            var renumbered = [Int](repeating: -1, count: solution.groups.count)
            for group in delivery.groups where renumbered[group] < 0 {
                renumbered[group] = groups.count
                groups.append(solution.groups[group])
            }
            order = delivery.skills
            stepGroups = delivery.groups.map { renumbered[$0] }
        }
        var steps = describedSteps(order: order, inPlan: inPlan, targets: targets, known: solution.known)
        for index in steps.indices { steps[index].group = stepGroups[index] }
        if resolved.pricesAlternatives { priceAlternatives(&steps, solution: solution, resolved: resolved) }
        let total = steps.reduce(0) { $0 + $1.hours }
        let result = solution.result
        var plan = Plan(
            steps: steps, totalHours: total, optimal: result.optimal,
            lowerBound: result.optimal ? total : min(result.lowerBound, total),
            known: solution.known.indices.filter { solution.known[$0] }.map(Int32.init), searchNodes: result.nodes)
        plan.assumed = assumed
        plan.targets = targets.map { Plan.Target(members: $0.members, reason: $0.reason) }
        plan.groups = groups
        plan.order = resolved.order
        return plan
    }

    /// The post-order depth-first walk from the targets, in the order they are written,
    /// members in the order written: each step right after the steps it needs.
    func depthFirstOrder(inPlan: [Bool], targets: [TargetItem]) -> [Int32] {
        let requirements = catalog.requirements
        var order: [Int32] = []
        var visited = [Bool](repeating: false, count: catalog.skillCount)
        var stack: [Frame] = []
        // The tables are read through buffer pointers: the walk covers the whole plan.
        requirements.itemStart.withUnsafeBufferPointer { itemStart in
            requirements.memberStart.withUnsafeBufferPointer { memberStart in
                requirements.members.withUnsafeBufferPointer { members in
                    for target in targets {
                        for member in target.members where inPlan[Int(member)] && !visited[Int(member)] {
                            stack.append(Frame(skill: member, item: Int(itemStart[Int(member)]), member: 0))
                            visited[Int(member)] = true
                            while let top = stack.last {
                                if top.item < Int(itemStart[Int(top.skill) + 1]) {
                                    let first = Int(memberStart[top.item])
                                    if first + top.member < Int(memberStart[top.item + 1]) {
                                        stack[stack.count - 1].member += 1
                                        let next = members[first + top.member]
                                        if inPlan[Int(next)] && !visited[Int(next)] {
                                            visited[Int(next)] = true
                                            stack.append(Frame(skill: next, item: Int(itemStart[Int(next)]), member: 0))
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
                }
            }
        }
        return order
    }

    /// A skill of the depth-first walk, with the item (a catalog item index) and the
    /// member of that item it looks at next.
    struct Frame {
        var skill: Int32
        var item: Int
        var member: Int
    }

    /// The steps in `order`, each with its reasons (targets first, then the plan's skills
    /// that need it, in plan order), whether it is ready, and its unpriced alternatives.
    ///
    /// A skill the targets mandatorily require is in every plan, so it lists no
    /// alternatives even where it also meets an `anyOf` item.
    func describedSteps(order: [Int32], inPlan: [Bool], targets: [TargetItem], known: [Bool]) -> [PlanStep] {
        let requirements = catalog.requirements
        var forcedSeeds: [Int32] = []
        for target in targets where target.members.count == 1 { forcedSeeds.append(target.members[0]) }
        let forced = catalog.mandatoryClosureMask(of: forcedSeeds)

        var reasons = [[PlanStep.Reason]](repeating: [], count: catalog.skillCount)
        var alternatives = [[Int32]](repeating: [], count: catalog.skillCount)
        // One pass over an item, allocating nothing but the reasons and alternatives noted.
        func note(members: UnsafeBufferPointer<Int32>, reason: PlanStep.Reason) {
            // An item the known set meets needs no step.
            for member in members where known[Int(member)] { return }
            var chosenCount = 0
            var firstChosen = Int32(-1)
            for member in members where inPlan[Int(member)] {
                chosenCount += 1
                if firstChosen < 0 { firstChosen = member }
                if !reasons[Int(member)].contains(reason) { reasons[Int(member)].append(reason) }
            }
            // Alternatives matter only where the item was met by exactly one plan step
            // that was not in every plan anyway.
            if members.count > 1, chosenCount == 1, !forced[Int(firstChosen)] {
                for other in members where other != firstChosen && !alternatives[Int(firstChosen)].contains(other) {
                    alternatives[Int(firstChosen)].append(other)
                }
            }
        }
        for target in targets {
            target.members.withUnsafeBufferPointer { note(members: $0, reason: target.reason) }
        }
        // The tables are read through buffer pointers: this walks every item of the plan.
        let itemStart = requirements.itemStart, memberStart = requirements.memberStart
        requirements.members.withUnsafeBufferPointer { members in
            for skill in order {
                for item in Int(itemStart[Int(skill)])..<Int(itemStart[Int(skill) + 1]) {
                    note(
                        members: UnsafeBufferPointer(rebasing: members[Int(memberStart[item])..<Int(memberStart[item + 1])]),
                        reason: .skill(skill))
                }
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
                        skill: other, hours: catalog.hours(ofSkill: other), extraHours: nil, extraHoursExact: false)
                },
                isReady: isReady)
        }
    }
}
