import UpskillGraph

/// Which undetermined skills of an assessment can still change the plan, and whether the
/// plan is settled already.
///
/// The answers so far split the cone into skills known (K), skills not known, skills
/// answered "unsure" and the undetermined rest Q. Every person consistent with the answers
/// knows K plus a down-closed part of Q, so their known set lies between the *pessimistic*
/// K and the *optimistic* K ∪ Q (less what requires an unsure skill). The plan is
/// settled when the planner gives the same plan for every known set in between; then
/// nothing more needs asking. ``evaluate(known:unknown:unsure:)`` proves that with the
/// planner's own search, run at the two ends (see the Assessment article):
///
/// 1. the pessimistic plan P (the one the assessment would record now) has no
///    undetermined skill, and no target requirement P meets has an undetermined member;
/// 2. P is the only cheapest plan at the optimistic end: searched with P's skills made
///    δ dearer, no plan costs less than P. Plan cost only falls as knowledge grows, and P
///    stays feasible, so P is then the one cheapest plan for every known set in between.
///
/// Otherwise the *candidates* are the undetermined skills the proof fails on: P's, the
/// members of target requirements, and those the optimistic plan relies on being known.
/// A skill no candidate reaches cannot change the plan, and is not asked.
package struct PlanFocus: Sendable {
    /// What the assessment should do next.
    package struct Evaluation: Sendable, Hashable {
        /// Whether the plan is the same for every person consistent with the answers.
        package var settled: Bool
        /// Undetermined skills whose answers the proof of a settled plan waits for.
        package var candidates: SkillSet
        /// Every undetermined skill (not answered unsure) that a later question may be
        /// about: those the planner can still reach. Its size bounds the questions left.
        package var scope: SkillSet
    }

    let planner: Planner
    let resolved: Planner.ResolvedRequest
    let cone: KnowledgeCone
    /// The `anyOf` items of the `from` roles the planner may credit (see ``Plan/assumed``).
    let assumptionItems: [[Int32]]

    /// A focus for the assessment of a request's cone.
    /// - Throws: ``PlanningError`` for unknown ids or no target.
    package init(catalog: Catalog, request: PlanRequest, cone: KnowledgeCone) throws(PlanningError) {
        planner = Planner(catalog: catalog)
        resolved = try Planner.ResolvedRequest(request, planner: planner)
        self.cone = cone
        var items: [[Int32]] = []
        if request.assume {
            for role in resolved.from {
                for item in catalog.roleRequirements.items(of: Int(role)) where catalog.roleRequirements.isAlternative(item) {
                    items.append(Array(catalog.roleRequirements.members(of: item)))
                }
            }
        }
        assumptionItems = items
    }

    /// How far a tie-breaking offset may go: distinct sums of hours are assumed to differ
    /// by more than this (true of hours with up to four decimals, or whole minutes).
    static let resolution = 1e-4

    /// Whether the plan is settled, and what to ask otherwise.
    /// - Parameters:
    ///   - known: Local skills determined known (closed under prerequisites).
    ///   - unknown: Local skills determined not known (closed under dependents).
    ///   - unsure: Local skills answered "unsure", undetermined.
    /// - Complexity: two or three plan searches, plus two per member of a `from` role's
    ///   `anyOf` the planner would credit.
    package func evaluate(known: SkillSet, unknown: SkillSet, unsure: SkillSet) -> Evaluation {
        let catalog = planner.catalog
        var undetermined = SkillSet.all(capacity: cone.count)
        undetermined.subtract(known)
        undetermined.subtract(unknown)
        // The optimistic end: every undetermined skill known, except what needs an unsure one.
        var optimistic = undetermined
        for skill in unsure.elements { optimistic.subtract(cone.dependents(of: skill)) }
        var askable = undetermined
        askable.subtract(unsure)

        var low = resolved
        low.known += known.elements.map { cone.skills[$0] }
        var high = low
        high.known += optimistic.elements.map { cone.skills[$0] }

        var candidates = SkillSet(capacity: cone.count)
        var settled = true

        // What the planner credits for the `from` roles must come out the same everywhere.
        // While one of their `anyOf` items is open, its members matter, and whatever the
        // planner can reach without crediting anything (see the article).
        let baseKnown = catalog.mandatoryClosureMask(of: low.known + catalog.mandatorySkills(ofRoles: low.from))
        var openMembers = SkillSet(capacity: cone.count)
        for members in assumptionItems where !members.contains(where: { baseKnown[Int($0)] }) {
            for member in members {
                if let local = cone.local(member) { openMembers.insert(local) }
            }
        }
        let open = assumptionItems.contains { members in !members.contains { baseKnown[Int($0)] } }
        let assumed = open ? planner.assumptions(for: low) : []
        if open {
            let (same, witnesses) = assumptionsAgree(
                assumed, low: low, high: high, members: openMembers.intersection(optimistic), undetermined: undetermined,
                optimistic: optimistic)
            if !same {
                settled = false
                candidates.formUnion(witnesses)
            }
        }
        let credited = assumed.map(\.assumed)
        let lowKnown = catalog.mandatoryClosureMask(
            of: low.known + catalog.mandatorySkills(ofRoles: low.from) + credited)
        var scope = reachable(known: open ? baseKnown : lowKnown)
        scope.formUnion(openMembers)
        scope = scope.intersection(askable)

        guard let pessimistic = try? planner.solve(low, assuming: credited), pessimistic.result.optimal else {
            // Nothing to prove with: every reachable skill must be settled.
            return Evaluation(settled: scope.isEmpty, candidates: scope, scope: scope)
        }
        let plan = pessimistic.result.skills

        // 1. The pessimistic plan and the target requirements it meets are settled.
        for skill in plan.indices where plan[skill] {
            if let local = cone.local(Int32(skill)), undetermined.contains(local) { candidates.insert(local) }
        }
        for target in pessimistic.targets {
            for member in target.members {
                if let local = cone.local(member), optimistic.contains(local) { candidates.insert(local) }
            }
        }
        if !candidates.isEmpty { settled = false }

        // 2. The pessimistic plan is the one cheapest plan at the optimistic end.
        let size = plan.reduce(0) { $0 + ($1 ? 1 : 0) }
        let delta = Self.resolution / Double(size + 2)
        var hours = planner.hours
        var planCost = 0.0
        for skill in plan.indices where plan[skill] {
            hours[skill] += delta
            planCost += hours[skill]
        }
        if let rival = try? planner.solve(high, assuming: credited, hours: hours), rival.result.optimal {
            let rivalCost = rival.result.skills.indices.reduce(0.0) { $0 + (rival.result.skills[$1] ? hours[$1] : 0) }
            if rivalCost < planCost - delta / 2 {
                let relied = reliance(of: rival.result.skills, on: optimistic, in: pessimistic)
                // A rival that relies on nothing undetermined ties with P at the pessimistic
                // end already, where the planner chose P: settled when it chooses P at the
                // optimistic end too (see the article on ties).
                let chosen = relied.isEmpty ? try? planner.solve(high, assuming: credited) : nil
                if chosen.map({ $0.result.optimal && $0.result.skills == plan }) != true {
                    settled = false
                    candidates.formUnion(relied)
                }
            }
        } else {
            settled = false
        }
        if settled || scope.isEmpty {
            return Evaluation(settled: true, candidates: SkillSet(capacity: cone.count), scope: scope)
        }
        return Evaluation(settled: false, candidates: candidates.intersection(scope), scope: scope)
    }

    /// The optimistic skills a plan relies on being known: members of the requirements
    /// (of the targets and of the plan's skills) that neither the pessimistic known set nor
    /// the plan meets.
    func reliance(of plan: [Bool], on optimistic: SkillSet, in pessimistic: Planner.Solution) -> SkillSet {
        let requirements = planner.catalog.requirements
        let lowKnown = pessimistic.known
        var relied = SkillSet(capacity: cone.count)
        func note<Members: Collection<Int32>>(_ members: Members) {
            guard !members.contains(where: { lowKnown[Int($0)] || plan[Int($0)] }) else { return }
            for member in members {
                if let local = cone.local(member), optimistic.contains(local) { relied.insert(local) }
            }
        }
        for target in pessimistic.targets { note(target.members) }
        for skill in plan.indices where plan[skill] {
            for item in requirements.items(of: skill) { note(requirements.members(of: item)) }
        }
        return relied
    }

    /// The local skills the planner can reach from the targets when `known` is known: not
    /// through a known skill, an avoided one, or a requirement a known skill meets.
    func reachable(known: [Bool]) -> SkillSet {
        let catalog = planner.catalog
        let requirements = catalog.requirements
        let (targets, _) = planner.targetItems(resolved, known: known)
        var avoided = [Bool](repeating: false, count: catalog.skillCount)
        for skill in resolved.avoided { avoided[Int(skill)] = true }
        var seen = [Bool](repeating: false, count: catalog.skillCount)
        var reached = SkillSet(capacity: cone.count)
        var stack = targets.flatMap(\.members)
        while let skill = stack.popLast() {
            let index = Int(skill)
            guard !seen[index], !known[index] else { continue }
            seen[index] = true
            if let local = cone.local(skill) { reached.insert(local) }
            guard !avoided[index] else { continue }
            for item in requirements.items(of: index) {
                let members = requirements.members(of: item)
                if !members.contains(where: { known[Int($0)] }) { stack.append(contentsOf: members) }
            }
        }
        return reached
    }
}
