import UpskillCurriculum
import UpskillGraph

/// Computes the learning plan with the fewest total hours from what a learner knows to
/// the roles and skills they want.
///
/// The semantics, precisely:
/// - The **known set** K is the `know` and `completed` skills and the mandatory
///   requirements of the `from` roles, closed under mandatory requirements. An `anyOf`
///   item of a `from` role that K does not meet is credited with the member that saves
///   the most hours (see ``Plan/assumed``), unless ``PlanRequest/assume`` is off; an
///   `anyOf` item of a known skill adds nothing to K.
/// - A **plan** S (disjoint from K, without avoided skills) is feasible when every item of
///   every target and of every skill in S is met by K ∪ S. Its cost is the sum of hours,
///   each skill counted once; the planner returns a feasible plan of minimum cost.
/// - The search runs inside the prerequisite cone of the targets: forced skills first
///   (the mandatory closure of the targets), then branch and bound over the `anyOf`
///   groups, cheapest alternative first so that the first plan found is the greedy one.
///   See ``PlanSearch``.
/// - **Order**: see ``PlanOrder``. The default delivers early (``DeliveryOrder``); the
///   depth-first order walks from the targets in the order they are written, each step
///   right after the requirements it needs. Ties never depend on hashing, so equal inputs
///   give identical plans.
/// - **Alternatives**: each unchosen member of an `anyOf` item met by one step is priced
///   by planning again with it included (see ``Plan/Alternative/extraHours``).
package struct Planner: Sendable {
    /// The catalog plans are made over.
    package let catalog: Catalog
    /// The hours of each skill, by index: read once, for the search, the order and the
    /// pricing of every plan this planner makes.
    let hours: [Double]

    package init(catalog: Catalog) {
        self.catalog = catalog
        self.hours = catalog.skills.map(\.hours)
    }

    /// The minimum-hours plan for a request.
    /// - Throws: ``PlanningError`` for unknown ids, no target, or a target that the
    ///   avoided skills make unreachable.
    package func plan(_ request: PlanRequest) throws(PlanningError) -> Plan {
        let resolved = try ResolvedRequest(request, planner: self)
        let assumed = request.assume ? assumptions(for: resolved) : []
        let solution = try solve(resolved, assuming: assumed.map(\.assumed))
        return makePlan(solution, resolved: resolved, assumed: assumed)
    }

    // MARK: Ids

    func role(_ id: String, option: String = "to") throws(PlanningError) -> Int32 {
        if let index = catalog.role(id) { return index }
        if catalog.skill(id) != nil { throw .skillGivenAsRole(id, option: option) }
        throw .unknownRole(id, suggestion: Suggestion.closest(to: id, in: catalog.roles.map(\.id)))
    }

    func skill(_ id: String, option: String? = nil) throws(PlanningError) -> Int32 {
        if let index = catalog.skill(id) { return index }
        if let option, catalog.role(id) != nil { throw .roleGivenAsSkill(id, option: option) }
        throw .unknownSkill(id, suggestion: Suggestion.closest(to: id, in: catalog.skills.map(\.id)))
    }

    /// A request with its ids turned into catalog indices.
    struct ResolvedRequest {
        var from: [Int32]
        var to: [Int32]
        var known: [Int32]
        var goals: [Int32]
        var avoided: [Int32]
        /// Started skills the catalog has (a started skill since removed is left out).
        var started: [Int32]
        var order: PlanOrder
        var budget: Int
        var pricesAlternatives: Bool

        init(_ request: PlanRequest, planner: Planner) throws(PlanningError) {
            from = try request.from.map { id throws(PlanningError) in try planner.role(id, option: "from") }
            to = try request.to.map { id throws(PlanningError) in try planner.role(id, option: "to") }
            known =
                try request.know.map { id throws(PlanningError) in try planner.skill(id, option: "know") }
                + request.completed.map { id throws(PlanningError) in try planner.skill(id) }
            goals = try request.goals.map { id throws(PlanningError) in try planner.skill(id, option: "goal") }
            avoided = try request.avoid.map { id throws(PlanningError) in try planner.skill(id, option: "avoid") }
            started = request.started.compactMap { planner.catalog.skill($0) }
            order = request.order
            budget = request.searchBudget
            pricesAlternatives = request.pricesAlternatives
            guard !to.isEmpty || !goals.isEmpty else { throw .noTarget }
        }
    }

    // MARK: Solving

    /// An item a target needs, which target it is, and the group it is ordered in.
    struct TargetItem {
        var members: [Int32]
        var reason: PlanStep.Reason
        var group: Int
    }

    /// The minimum-hours set of skills for a request, and what it was found from.
    struct Solution {
        var known: [Bool]
        var avoided: [Bool]
        var targets: [TargetItem]
        var groups: [Plan.Group]
        var usable: [Bool]
        /// The search's rows, which re-plans of the same request share.
        var tables: SearchTables
        var result: PlanSearch.Result
        /// The hours of the plan found.
        var total: Double
    }

    /// Solves a request, counting the `assumed` skills as known too.
    /// - Parameter hours: What each skill costs the search, by skill index; the catalog's
    ///   hours when `nil` (the assessment prices plans with tie-breaking offsets).
    func solve(_ resolved: ResolvedRequest, assuming assumed: [Int32], hours: [Double]? = nil) throws(PlanningError)
        -> Solution
    {
        // The known set, closed under mandatory requirements.
        let known = catalog.mandatoryClosureMask(
            of: resolved.known + catalog.mandatorySkills(ofRoles: resolved.from) + assumed)
        var avoided = [Bool](repeating: false, count: catalog.skillCount)
        for skill in resolved.avoided where !known[Int(skill)] { avoided[Int(skill)] = true }

        let (targets, groups) = targetItems(resolved, known: known)
        let usable = usableSkills(targets: targets, known: known, avoided: avoided)
        for target in targets where !target.members.contains(where: { usable[Int($0)] }) {
            throw unreachable(target, known: known, avoided: avoided, usable: usable)
        }
        let tables = SearchTables(
            requirements: catalog.requirements, hours: hours ?? self.hours, known: known, usable: usable)
        var search = PlanSearch(tables: tables, targets: targets.map(\.members), budget: resolved.budget)
        guard let result = search.run() else { throw .tooLarge }
        var total = 0.0
        for skill in result.skills.indices where result.skills[skill] { total += catalog.skills[skill].hours }
        return Solution(
            known: known, avoided: avoided, targets: targets, groups: groups, usable: usable, tables: tables, result: result,
            total: total)
    }

    /// The target items the known set does not meet, each in its group: for each target
    /// role in turn its milestones, then its items no milestone names; the goals last.
    func targetItems(_ resolved: ResolvedRequest, known: [Bool]) -> ([TargetItem], [Plan.Group]) {
        var targets: [TargetItem] = []
        var groups: [Plan.Group] = []
        if !resolved.started.isEmpty { groups.append(Plan.Group(kind: .started)) }
        for role in resolved.to {
            let milestones = catalog.milestones(ofRole: role)
            // By the role table's item index; -1 for an item no milestone names.
            var groupOfItem = [Int](repeating: -1, count: milestones.isEmpty ? 0 : catalog.roleRequirements.itemCount)
            for milestone in milestones {
                for item in milestone.items where groupOfItem[item] < 0 { groupOfItem[item] = groups.count }
                groups.append(Plan.Group(kind: .milestone(role: role, milestone)))
            }
            let rest = groups.count
            groups.append(Plan.Group(kind: .role(role)))
            for item in catalog.roleRequirements.items(of: Int(role)) {
                let members = Array(catalog.roleRequirements.members(of: item))
                if !members.contains(where: { known[Int($0)] }) {
                    let group = milestones.isEmpty || groupOfItem[item] < 0 ? rest : groupOfItem[item]
                    targets.append(TargetItem(members: members, reason: .role(role), group: group))
                }
            }
        }
        let goals = groups.count
        groups.append(Plan.Group(kind: .goals))
        for goal in resolved.goals where !known[Int(goal)] {
            targets.append(TargetItem(members: [goal], reason: .goal, group: goals))
        }
        return (targets, groups)
    }
}
