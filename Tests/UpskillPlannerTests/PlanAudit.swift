import UpskillCurriculum
import UpskillGraph
import UpskillPlanner

/// Checks a returned plan against the oracle's statement of the semantics, independently
/// of how the planner found it, and lists every property it breaks (empty when none).
///
/// Checked: no known, avoided or repeated skill; feasibility; order (each step's items met
/// by the known set and the steps before it); hours and total; the known set; `isReady`;
/// `because` (targets first, then plan steps in plan order, each one that names the step
/// in an item); alternatives (other members of an `anyOf` the step meets); and the bound.
struct PlanAudit {
    let catalog: Catalog
    let oracle: BruteForceOracle
    let instance: BruteForceOracle.Instance
    let request: PlanRequest

    init(catalog: Catalog, oracle: BruteForceOracle, request: PlanRequest) {
        self.catalog = catalog
        self.oracle = oracle
        self.request = request
        self.instance = oracle.instance(for: request)
    }

    /// The plan's skills as oracle positions, in plan order.
    func skills(of plan: Plan) -> [Int] {
        plan.steps.map { oracle.position[catalog.id(ofSkill: $0.skill)] ?? -1 }
    }

    func problems(_ plan: Plan) -> [String] {
        var problems: [String] = []
        let order = skills(of: plan)
        let name = { (skill: Int) in skill >= 0 && skill < oracle.ids.count ? oracle.ids[skill] : "?\(skill)" }
        let planSet = Set(order)
        if planSet.count != order.count { problems.append("a skill is repeated: \(order.map(name))") }
        for skill in order where instance.known.contains(skill) { problems.append("known skill \(name(skill)) in plan") }
        for skill in order where instance.avoided.contains(skill) { problems.append("avoided skill \(name(skill)) in plan") }
        if !oracle.isFeasible(planSet, instance) { problems.append("infeasible plan \(order.map(name))") }

        // Order: every item of each step is met by what is known and the steps before it.
        var have = instance.known
        for skill in order where skill >= 0 {
            for item in oracle.items[skill] where !item.contains(where: have.contains) {
                problems.append("step \(name(skill)) comes before its requirement \(item.map(name))")
            }
            have.insert(skill)
        }

        // Hours.
        var total = 0.0
        for (step, skill) in zip(plan.steps, order) where skill >= 0 {
            if step.hours != oracle.hours[skill] { problems.append("step \(name(skill)) has \(step.hours) hours") }
            total += oracle.hours[skill]
        }
        if plan.totalHours != total { problems.append("totalHours \(plan.totalHours) ≠ sum \(total)") }
        if !(plan.lowerBound <= plan.totalHours) {
            problems.append("lowerBound \(plan.lowerBound) > totalHours \(plan.totalHours)")
        }
        if plan.optimal && plan.lowerBound != plan.totalHours {
            problems.append("optimal but lowerBound \(plan.lowerBound) ≠ totalHours \(plan.totalHours)")
        }

        // The known set.
        let known = plan.known.map { oracle.position[catalog.id(ofSkill: $0)] ?? -1 }
        if Set(known) != instance.known || known.count != instance.known.count {
            problems.append("known \(known.map(name).sorted()) ≠ \(instance.known.map(name).sorted())")
        }
        if plan.known != plan.known.sorted() { problems.append("known is not sorted by index") }

        // Steps: readiness, reasons, alternatives.
        let stepPosition = Dictionary(zip(order, order.indices), uniquingKeysWith: { first, _ in first })
        for (step, skill) in zip(plan.steps, order) where skill >= 0 {
            let ready = oracle.items[skill].allSatisfy { $0.contains(where: instance.known.contains) }
            if step.isReady != ready { problems.append("step \(name(skill)) isReady \(step.isReady), expected \(ready)") }
            problems += reasonProblems(step, skill: skill, order: order, stepPosition: stepPosition, name: name)
            for alternative in step.alternatives {
                let other = oracle.position[catalog.id(ofSkill: alternative.skill)] ?? -1
                if planSet.contains(other) { problems.append("alternative \(name(other)) of \(name(skill)) is in the plan") }
                let owners = instance.targetItems + order.filter { $0 >= 0 }.flatMap { oracle.items[$0] }
                if !owners.contains(where: { $0.count > 1 && $0.contains(skill) && $0.contains(other) }) {
                    problems.append("alternative \(name(other)) of \(name(skill)) shares no anyOf with it")
                }
                problems += priceProblems(alternative, other: other, plan: plan, name: name)
            }
        }
        return problems
    }

    /// An alternative's extra hours against brute force: the shortest plan that includes
    /// it, less the shortest plan (checked where the cone is small enough).
    private func priceProblems(_ alternative: PlanStep.Alternative, other: Int, plan: Plan, name: (Int) -> String)
        -> [String]
    {
        guard other >= 0, alternative.hours == oracle.hours[other] else {
            return ["alternative \(name(other)) has hours \(alternative.hours), not its own"]
        }
        let withOther = oracle.instance(instance, addingGoal: other)
        guard withOther.candidates.count <= PlannerOracleTests.maxCandidates, let optimum = oracle.optimum(instance) else {
            return []
        }
        let optimumWithOther = oracle.optimum(withOther)
        switch (alternative.extraHours, optimumWithOther) {
        case (nil, nil):
            return []
        case (nil, .some(let hours)):
            return ["alternative \(name(other)) priced unusable, but a plan with it takes \(hours) h"]
        case (.some(let extra), nil):
            return ["alternative \(name(other)) priced +\(extra) h, but no plan includes it"]
        case (.some(let extra), .some(let hours)):
            let expected = hours - optimum
            if alternative.extraHoursExact && abs(extra - expected) > 1e-9 {
                return ["alternative \(name(other)) priced +\(extra) h exactly, brute force says +\(expected) h"]
            }
            if !alternative.extraHoursExact && extra < expected - 1e-9 {
                return ["alternative \(name(other)) bound +\(extra) h is below the true +\(expected) h"]
            }
            if alternative.extraHoursExact && !plan.optimal {
                return ["alternative \(name(other)) priced exactly by a plan not proven optimal"]
            }
            return []
        }
    }

    private func reasonProblems(
        _ step: PlanStep, skill: Int, order: [Int], stepPosition: [Int: Int], name: (Int) -> String
    ) -> [String] {
        var problems: [String] = []
        if step.because.isEmpty { problems.append("step \(name(skill)) has no reason") }
        var seenSkillReason = false
        var lastPosition = -1
        for reason in step.because {
            switch reason {
            case .role(let role):
                let id = catalog.roles[Int(role)].id
                if seenSkillReason { problems.append("step \(name(skill)): role reason after a skill reason") }
                if !request.to.contains(id) { problems.append("step \(name(skill)): reason role \(id) is not a target") }
                if !(oracle.roleItems[id] ?? []).contains(where: { $0.contains(skill) }) {
                    problems.append("step \(name(skill)): role \(id) does not name it")
                }
            case .goal:
                if seenSkillReason { problems.append("step \(name(skill)): goal reason after a skill reason") }
                if !request.goals.contains(oracle.ids[skill]) { problems.append("step \(name(skill)) is not a goal") }
            case .skill(let owner):
                seenSkillReason = true
                let ownerPosition = oracle.position[catalog.id(ofSkill: owner)] ?? -1
                guard let position = stepPosition[ownerPosition] else {
                    problems.append("step \(name(skill)): reason \(name(ownerPosition)) is not a step")
                    continue
                }
                if !oracle.items[ownerPosition].contains(where: { $0.contains(skill) }) {
                    problems.append("step \(name(skill)): reason \(name(ownerPosition)) does not require it")
                }
                if position <= lastPosition { problems.append("step \(name(skill)): skill reasons not in plan order") }
                lastPosition = position
            }
        }
        if step.because.count != Set(step.because).count { problems.append("step \(name(skill)): repeated reason") }
        return problems
    }
}
