/// What listings need from the graph: the skills a role needs whatever choices are made,
/// the choices it leaves open, and the reverse edges of a skill.
extension Catalog {
    /// Every skill a role needs whatever alternatives are chosen: its mandatory items (its
    /// own and its included roles'), closed under the mandatory requirements of skills.
    ///
    /// - Returns: Skill indices in ascending order (the order of their ids).
    /// - Complexity: O(skills + requirement members) of the closure.
    package func mandatoryClosure(ofRole role: Int32) -> [Int32] {
        mandatoryClosure(of: mandatorySkills(ofRoles: [role]))
    }

    /// `skills` and everything they mandatorily require, transitively.
    ///
    /// - Returns: Skill indices in ascending order.
    package func mandatoryClosure(of skills: [Int32]) -> [Int32] {
        let mask = mandatoryClosureMask(of: skills)
        return mask.indices.filter { mask[$0] }.map(Int32.init)
    }

    /// The role's `anyOf` items (its own and its included roles', identical ones once)
    /// that no skill of `closure` meets: the choices it leaves to the learner.
    ///
    /// - Parameter closure: The role's ``mandatoryClosure(ofRole:)``.
    /// - Returns: Each open item's members, in the order written.
    package func openChoices(ofRole role: Int32, closure: [Int32]) -> [[Int32]] {
        let known = Set(closure)
        var choices: [[Int32]] = []
        for item in roleRequirements.items(of: Int(role)) where roleRequirements.isAlternative(item) {
            let members = roleRequirements.members(of: item)
            if !members.contains(where: known.contains) { choices.append(Array(members)) }
        }
        return choices
    }

    /// The skills that list `skill` among their requirements, in id order.
    /// - Complexity: O(requirement members of all skills).
    package func skillsRequiring(_ skill: Int32) -> [Dependent] {
        dependents(of: skill, in: requirements)
    }

    /// The roles whose requirements (their own or an included role's) list `skill`, in id
    /// order.
    package func rolesRequiring(_ skill: Int32) -> [Dependent] {
        dependents(of: skill, in: roleRequirements)
    }

    private func dependents(of skill: Int32, in table: RequirementTable) -> [Dependent] {
        var result: [Dependent] = []
        for owner in 0..<table.ownerCount {
            var mandatory = false
            var alternative = false
            for item in table.items(of: owner) where table.members(of: item).contains(skill) {
                if table.isAlternative(item) { alternative = true } else { mandatory = true }
            }
            if mandatory || alternative {
                result.append(Dependent(index: Int32(owner), isAlternative: !mandatory))
            }
        }
        return result
    }
}
