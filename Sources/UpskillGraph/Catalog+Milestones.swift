import UpskillCurriculum

extension Catalog {
    /// The milestones of a role, in order, over its requirement items.
    ///
    /// A role inherits the milestones of the roles it includes (in `includes` order, each
    /// milestone id once), followed by its own. Items that no milestone groups are left for
    /// after the listed milestones.
    /// - Parameter role: A role index.
    /// - Returns: The milestones, each with the global item indices (into
    ///   ``roleRequirements``, within `roleRequirements.items(of: role)`) it groups, in
    ///   the order it names them; empty when the role has none.
    package func milestones(ofRole role: Int32) -> [RoleMilestone] {
        roleMilestones[Int(role)]
    }
}

extension CatalogBuilder {
    /// Maps each role's milestones to its requirement items, reporting skill ids that name
    /// no requirement of the role or of a role it includes, and requirements named by two
    /// milestones. (Ids, titles and empty milestones are the curriculum's own checks.)
    /// - Parameters:
    ///   - roles: The roles, in index order.
    ///   - definitions: Where each role id is defined.
    ///   - requirements: The roles' items, included roles' merged in.
    ///   - resolver: Skill and role ids to indices.
    /// - Returns: For each role, its milestones.
    /// - Complexity: O(m · k) for a role with m named skills and k items; nothing for
    ///   roles without milestones.
    mutating func buildMilestones(
        roles: [Role], definitions: [String: Definition], requirements: RequirementTable, resolver: Resolver
    ) -> [[RoleMilestone]] {
        var result = [[RoleMilestone]](repeating: [], count: roles.count)
        for (index, role) in roles.enumerated() {
            let inherited = inheritedMilestones(of: role, roles: roles, resolver: resolver)
            guard !role.milestones.isEmpty || !inherited.isEmpty, let definition = definitions[role.id] else { continue }
            result[index] = milestones(
                of: role, inheriting: inherited, at: definition, items: requirements.items(of: index),
                requirements: requirements, roles: roles, resolver: resolver)
        }
        return result
    }

    /// The milestones `role` inherits: those of the roles it includes, in `includes`
    /// order, depth first (an included role's inherited ones before its own), each id once.
    private func inheritedMilestones(of role: Role, roles: [Role], resolver: Resolver) -> [InheritedMilestone] {
        var result: [InheritedMilestone] = []
        var seenIDs: Set<String> = []
        var visited: Set<Int32> = []
        func visit(_ role: Role) {
            for included in role.includes {
                guard let index = resolver.roleIndex[included], Int(index) < roles.count,
                    visited.insert(index).inserted
                else { continue }
                let includedRole = roles[Int(index)]
                visit(includedRole)
                for milestone in includedRole.milestones where seenIDs.insert(milestone.id).inserted {
                    result.append(InheritedMilestone(milestone: milestone, role: includedRole.id))
                }
            }
        }
        visit(role)
        return result
    }

    private mutating func milestones(
        of role: Role, inheriting inherited: [InheritedMilestone], at definition: Definition, items: Range<Int>,
        requirements: RequirementTable, roles: [Role], resolver: Resolver
    ) -> [RoleMilestone] {
        /// The milestone that first names each item (an index into `all`), and where.
        var named: [Int: (milestone: Int, skill: Int)] = [:]
        var result: [RoleMilestone] = []
        let all = inherited.map(\.milestone) + role.milestones
        for (milestoneIndex, milestone) in all.enumerated() {
            let ownIndex = milestoneIndex - inherited.count
            // An inherited milestone was checked where it is defined; only its items count.
            let isOwn = ownIndex >= 0
            func path(_ skill: Int, of milestone: Int = ownIndex) -> JSONPath {
                definition.path.appending("milestones").appending(milestone).appending("skills").appending(skill)
            }
            if isOwn, let earlier = inherited.first(where: { $0.milestone.id == milestone.id }) {
                error(
                    "milestone '\(milestone.id)' of role '\(role.id)' has the id of a milestone it inherits from role '\(earlier.role)'; give it another id",
                    source: definition.source, path: definition.path.appending("milestones").appending(ownIndex).appending("id"))
            }
            var grouped: [Int] = []
            for (skillPosition, id) in milestone.skills.enumerated() {
                guard let item = item(named: id, in: items, requirements: requirements, resolver: resolver) else {
                    // Malformed ids are the curriculum's own check; an unknown skill that
                    // the role requires is already reported where it is required.
                    if isOwn, Identifier.isValid(id), !requiredIDs(of: role, roles: roles, resolver: resolver).contains(id) {
                        error(
                            notARequirementMessage(id, milestone: milestone, role: role, items: items,
                                requirements: requirements, resolver: resolver),
                            source: definition.source, path: path(skillPosition))
                    }
                    continue
                }
                if let earlier = named[item] {
                    // Two members of one anyOf in the same milestone name it once; an item
                    // two inherited milestones name belongs to the first.
                    if earlier.milestone != milestoneIndex, isOwn {
                        let first = all[earlier.milestone]
                        let members = requirements.members(of: item)
                        let anyOf =
                            members.count > 1
                            ? "; naming any member of any of (\(members.map { resolver.skillIDs[Int($0)] }.joined(separator: " | "))) names that whole requirement"
                            : ""
                        let place =
                            earlier.milestone < inherited.count
                            ? "inherited from role '\(inherited[earlier.milestone].role)'"
                            : "\(path(earlier.skill, of: earlier.milestone - inherited.count))"
                        error(
                            "'\(id)' is in two milestones of role '\(role.id)': '\(first.id)' (\(place)) and '\(milestone.id)'; a requirement belongs to one milestone, so remove it from one\(anyOf)",
                            source: definition.source, path: path(skillPosition))
                    }
                    continue
                }
                named[item] = (milestoneIndex, skillPosition)
                grouped.append(item)
            }
            result.append(RoleMilestone(id: milestone.id, title: milestone.title, outcome: milestone.outcome, items: grouped))
        }
        return result
    }

    /// The role's item that skill `id` names: the mandatory item of that skill if there is
    /// one, or else the first `anyOf` item it is a member of.
    private func item(named id: String, in items: Range<Int>, requirements: RequirementTable, resolver: Resolver)
        -> Int?
    {
        guard let skill = resolver.skillIndex[id] else { return nil }
        return items.first { requirements.members(of: $0).elementsEqual([skill]) }
            ?? items.first { requirements.members(of: $0).contains(skill) }
    }

    private func notARequirementMessage(
        _ id: String, milestone: Milestone, role: Role, items: Range<Int>, requirements: RequirementTable,
        resolver: Resolver
    ) -> String {
        let start = "milestone '\(milestone.id)' of role '\(role.id)' names '\(id)'"
        if resolver.roleIndex[id] != nil {
            return "\(start), which is a role; a milestone names requirements by skill id"
        }
        var candidates: [String] = []
        for item in items {
            for member in requirements.members(of: item) { candidates.append(resolver.skillIDs[Int(member)]) }
        }
        let hint = Suggestion.closest(to: id, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
        return "\(start), which is not a requirement of the role or of a role it includes\(hint)"
    }

    /// Every skill id the role and the roles it includes (transitively) write in
    /// `requires`, resolved or not.
    private func requiredIDs(of role: Role, roles: [Role], resolver: Resolver) -> Set<String> {
        var ids: Set<String> = []
        var visited: Set<Int32> = []
        var stack: [Role] = [role]
        while let current = stack.popLast() {
            for requirement in current.requires { ids.formUnion(requirement.skillIDs) }
            for included in current.includes {
                if let index = resolver.roleIndex[included], visited.insert(index).inserted, Int(index) < roles.count {
                    stack.append(roles[Int(index)])
                }
            }
        }
        return ids
    }
}

/// A milestone a role inherits, and the included role that defines it.
private struct InheritedMilestone {
    var milestone: Milestone
    var role: String
}
