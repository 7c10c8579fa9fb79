import UpskillGraph

/// Which skills a goal is about: those in the prerequisite cone of its targets (every
/// alternative included) that its own starting point (`from` roles and `know` skills,
/// closed under mandatory requirements, as the planner computes it) does not cover.
///
/// Progress on a skill in scope counts towards the goal; progress on others is kept but
/// not counted.
package struct GoalScope: Sendable {
    /// For each skill index, whether the goal's starting point covers it.
    package let startingPoint: [Bool]
    /// For each skill index, whether it is in scope.
    package let contains: [Bool]

    /// - Complexity: O(s + r) for s skills and r requirement members.
    package init(goal: Goal, catalog: Catalog) {
        let requirements = catalog.requirements
        let count = catalog.skillCount
        let known = catalog.mandatoryClosureMask(
            of: goal.know.compactMap(catalog.skill) + catalog.mandatorySkills(ofRoles: goal.from.compactMap(catalog.role)))

        var inScope = [Bool](repeating: false, count: count)
        var stack = goal.goals.compactMap(catalog.skill)
        for role in goal.to.compactMap(catalog.role) {
            for item in catalog.roleRequirements.items(of: Int(role)) {
                stack.append(contentsOf: catalog.roleRequirements.members(of: item))
            }
        }
        while let skill = stack.popLast() {
            guard !inScope[Int(skill)], !known[Int(skill)] else { continue }
            inScope[Int(skill)] = true
            for item in requirements.items(of: Int(skill)) {
                stack.append(contentsOf: requirements.members(of: item))
            }
        }
        startingPoint = known
        contains = inScope
    }

    /// Whether a skill is in scope.
    package func contains(_ skill: Int32) -> Bool {
        contains[Int(skill)]
    }
}
