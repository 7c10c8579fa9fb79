import UpskillGraph

/// The skills an assessment may ask about — the prerequisite cone of a plan's targets,
/// minus what is known already — with, for each, the skills an answer about it settles.
///
/// Inside the cone skills have *local* indices `0 ..< count`, in the order of their
/// catalog indices (so in id order). For a local skill `u`:
/// - ``prerequisites(of:)`` is `u` and everything it mandatorily requires, transitively
///   (an `anyOf` group implies nothing): all known when the learner knows `u`;
/// - ``dependents(of:)`` is `u` and everything in the cone that mandatorily requires it,
///   transitively: all unknown when the learner does not know `u`.
///
/// Both are bitsets, so scoring a question is a couple of popcounts over `count / 64`
/// words. A mandatory prerequisite of a cone skill is always in the cone or known already
/// (the known set is closed under mandatory requirements), so these walks never leave it.
package struct KnowledgeCone: Sendable {
    /// The catalog index of each local skill, ascending.
    package let skills: [Int32]
    /// For each local skill, itself and its mandatory prerequisites in the cone, transitively.
    private let ancestors: [SkillSet]
    /// For each local skill, itself and the cone skills that mandatorily require it, transitively.
    private let descendants: [SkillSet]
    private let localIndex: [Int32: Int]

    /// A cone over explicit skills and their mandatory requirements.
    /// - Parameters:
    ///   - skills: The catalog index of each local skill, ascending and distinct.
    ///   - mandatoryRequirements: For each local skill, the local indices of the skills it
    ///     requires directly and mandatorily. Indices outside the cone are ignored; a cycle
    ///     (which a validated catalog never has) is cut where the walk meets it.
    /// - Complexity: O(n² / 64 + edges · n / 64) for n skills.
    package init(skills: [Int32], mandatoryRequirements: [[Int]]) {
        let count = skills.count
        self.skills = skills
        var localIndex: [Int32: Int] = [:]
        for (local, skill) in skills.enumerated() { localIndex[skill] = local }
        self.localIndex = localIndex
        let requires: [[Int]] = (0..<count).map { local in
            local < mandatoryRequirements.count ? mandatoryRequirements[local].filter { $0 >= 0 && $0 < count } : []
        }

        // Ancestor sets by an iterative post-order walk, each set built once from its
        // requirements' sets.
        var ancestors = [SkillSet](repeating: SkillSet(capacity: count), count: count)
        var state = [UInt8](repeating: 0, count: count)  // 0 new, 1 on the stack, 2 done
        for root in 0..<count where state[root] == 0 {
            var stack: [(skill: Int, next: Int)] = [(root, 0)]
            state[root] = 1
            while let top = stack.last {
                let edges = requires[top.skill]
                if top.next < edges.count {
                    stack[stack.count - 1].next += 1
                    let prerequisite = edges[top.next]
                    if state[prerequisite] == 0 {
                        state[prerequisite] = 1
                        stack.append((prerequisite, 0))
                    }
                } else {
                    var set = SkillSet(capacity: count)
                    set.insert(top.skill)
                    for prerequisite in edges where state[prerequisite] == 2 { set.formUnion(ancestors[prerequisite]) }
                    ancestors[top.skill] = set
                    state[top.skill] = 2
                    stack.removeLast()
                }
            }
        }
        self.ancestors = ancestors

        // Descendants are the transpose: v depends on u exactly when u is an ancestor of v.
        var descendants = [SkillSet](repeating: SkillSet(capacity: count), count: count)
        for dependent in 0..<count {
            for prerequisite in ancestors[dependent].elements { descendants[prerequisite].insert(dependent) }
        }
        self.descendants = descendants
    }

    /// The cone of a plan request's targets: every skill the targets' requirement items
    /// reach (through `anyOf` members too) that the request does not already make known
    /// (its `from` roles' mandatory skills, `know` and `completed`, closed under mandatory
    /// requirements). Avoided skills are included: knowing one still counts. So are the
    /// members of the `from` roles' open `anyOf` items, which change what the planner
    /// credits (see ``Plan/assumed``), and what they reach.
    /// - Throws: ``PlanningError`` for unknown ids or no target.
    package init(catalog: Catalog, request: PlanRequest) throws(PlanningError) {
        let planner = Planner(catalog: catalog)
        let requirements = catalog.requirements
        let fromRoles = try request.from.map { id throws(PlanningError) in try planner.role(id) }
        let toRoles = try request.to.map { id throws(PlanningError) in try planner.role(id) }
        let knownSkills = try (request.know + request.completed).map { id throws(PlanningError) in
            try planner.skill(id)
        }
        let goalSkills = try request.goals.map { id throws(PlanningError) in try planner.skill(id) }
        guard !toRoles.isEmpty || !goalSkills.isEmpty else { throw .noTarget }

        let known = catalog.mandatoryClosureMask(of: knownSkills + catalog.mandatorySkills(ofRoles: fromRoles))

        var inCone = [Bool](repeating: false, count: catalog.skillCount)
        var stack = goalSkills
        for role in toRoles {
            for item in catalog.roleRequirements.items(of: Int(role)) {
                let members = catalog.roleRequirements.members(of: item)
                if !members.contains(where: { known[Int($0)] }) { stack.append(contentsOf: members) }
            }
        }
        // Knowing a member of a `from` role's open `anyOf` changes what the planner credits.
        if request.assume {
            for role in fromRoles {
                for item in catalog.roleRequirements.items(of: Int(role)) where catalog.roleRequirements.isAlternative(item) {
                    let members = catalog.roleRequirements.members(of: item)
                    if !members.contains(where: { known[Int($0)] }) { stack.append(contentsOf: members) }
                }
            }
        }
        while let skill = stack.popLast() {
            let index = Int(skill)
            guard !inCone[index], !known[index] else { continue }
            inCone[index] = true
            for item in requirements.items(of: index) {
                let members = requirements.members(of: item)
                // An anyOf group met by a known skill needs nothing more.
                if members.count > 1 && members.contains(where: { known[Int($0)] }) { continue }
                stack.append(contentsOf: members)
            }
        }
        let skills = inCone.indices.filter { inCone[$0] }.map(Int32.init)
        var local: [Int32: Int] = [:]
        for (index, skill) in skills.enumerated() { local[skill] = index }
        let mandatory: [[Int]] = skills.map { skill in
            requirements.items(of: Int(skill)).filter { !requirements.isAlternative($0) }.flatMap { item in
                requirements.members(of: item).compactMap { local[$0] }
            }
        }
        self.init(skills: skills, mandatoryRequirements: mandatory)
    }

    /// The number of skills in the cone.
    package var count: Int { skills.count }

    /// The local index of a catalog skill, or `nil` when it is not in the cone.
    package func local(_ skill: Int32) -> Int? {
        localIndex[skill]
    }

    /// `local` and its mandatory prerequisites in the cone, transitively.
    package func prerequisites(of local: Int) -> SkillSet {
        ancestors[local]
    }

    /// `local` and the cone skills that mandatorily require it, transitively.
    package func dependents(of local: Int) -> SkillSet {
        descendants[local]
    }
}
