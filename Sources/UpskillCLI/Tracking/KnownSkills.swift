import UpskillGraph
import UpskillPlanner
import UpskillTracking

/// What a learner counts as known, as the planner sees it: the skills they said they know
/// (`init --know`), the mandatory skills of the roles they hold (`init --from`) with what
/// the planner assumes of their "any of" requirements, and the skills done or skipped,
/// closed under mandatory requirements. Used to say what a change
/// implies: the prerequisites a skill marked done brings with it, and what a started skill
/// still needs.
struct KnownSkills {
    let catalog: Catalog
    /// For each skill index, whether it is known.
    let mask: [Bool]

    /// The known skills of a goal (if any) and the ids of the skills done or skipped.
    /// Ids no curriculum knows are left out.
    init(goal: Goal?, completed: some Sequence<String>, catalog: Catalog) {
        self.catalog = catalog
        let completed = Array(completed)
        // The planner's own known set, with what it assumes of the `from` roles' "any of"
        // requirements, so that `start` and `next` say what `plan` says.
        if let goal {
            var request = goal.planRequest(completed: completed.filter { catalog.skill($0) != nil })
            request.know = request.know.filter { catalog.skill($0) != nil }
            request.from = request.from.filter { catalog.role($0) != nil }
            if let known = try? Planner(catalog: catalog).knownSet(request) {
                mask = known
                return
            }
        }
        let roles = (goal?.from ?? []).compactMap { catalog.role($0) }
        let skills = ((goal?.know ?? []) + completed).compactMap { catalog.skill($0) }
        mask = catalog.mandatoryClosureMask(of: skills + catalog.mandatorySkills(ofRoles: roles))
    }

    /// The known skills of saved progress.
    init(_ progress: Progress, catalog: Catalog) {
        self.init(
            goal: progress.goal, completed: progress.skills.filter { $0.value.state.isComplete }.keys,
            catalog: catalog)
    }

    /// Whether a skill is known.
    func contains(_ skill: Int32) -> Bool {
        mask[Int(skill)]
    }

    /// The skills that knowing `skills` adds to these, other than `skills` themselves:
    /// their mandatory prerequisites not known yet, nearest first (breadth first, in the
    /// order requirements are written).
    func added(by skills: [Int32]) -> [Int32] {
        let requirements = catalog.requirements
        let named = Set(skills)
        var seen = Set(skills)
        var queue = skills.filter { !mask[Int($0)] }
        var added: [Int32] = []
        var next = 0
        while next < queue.count {
            let skill = queue[next]
            next += 1
            for item in requirements.items(of: Int(skill)) where !requirements.isAlternative(item) {
                for member in requirements.members(of: item) where !mask[Int(member)] && seen.insert(member).inserted {
                    if !named.contains(member) { added.append(member) }
                    queue.append(member)
                }
            }
        }
        return added
    }

    /// The requirements of `skill` that nothing known meets, as people read them:
    /// `linux-shell`, or `one of (aws | gcp)` for an alternative.
    func openRequirements(of skill: Int32) -> [String] {
        let requirements = catalog.requirements
        return requirements.items(of: Int(skill)).compactMap { item in
            let members = requirements.members(of: item)
            guard !members.contains(where: { mask[Int($0)] }) else { return nil }
            let ids = members.map { catalog.id(ofSkill: $0) }
            return ids.count == 1 ? ids[0] : "one of (\(ids.joined(with: " | ")))"
        }
    }

    /// `system-design, apis, networking, python, sql, git and 8 more (14)`: up to six ids,
    /// then how many more, and the count; `nil` for none.
    static func list(_ ids: [String], shown limit: Int = 6) -> String? {
        guard !ids.isEmpty else { return nil }
        let names = Array(ids.prefix(limit)).joined(with: ", ")
        let more = ids.count > limit ? " and \(ids.count - limit) more" : ""
        return "\(names)\(more) (\(ids.count))"
    }
}
