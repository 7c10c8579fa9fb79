/// The mandatory closure: what knowing a skill or holding a role implies, whatever
/// alternatives are chosen. The planner's known set, a role's listing, a goal's scope and
/// the assessment's cone all start from it.
extension Catalog {
    /// The skills the given roles mandatorily require: their single-skill items, their
    /// included roles' too (`anyOf` items are left out).
    package func mandatorySkills(ofRoles roles: [Int32]) -> [Int32] {
        var skills: [Int32] = []
        for role in roles {
            for item in roleRequirements.items(of: Int(role)) where !roleRequirements.isAlternative(item) {
                skills.append(contentsOf: roleRequirements.members(of: item))
            }
        }
        return skills
    }

    /// For each skill index, whether it is one of `skills` or something they mandatorily
    /// require, transitively.
    /// - Complexity: O(skills + requirement members) of the closure, plus the mask.
    package func mandatoryClosureMask(of skills: [Int32]) -> [Bool] {
        var inClosure = [Bool](repeating: false, count: skillCount)
        var stack = skills
        while let skill = stack.popLast() {
            guard !inClosure[Int(skill)] else { continue }
            inClosure[Int(skill)] = true
            for item in requirements.items(of: Int(skill)) where !requirements.isAlternative(item) {
                stack.append(contentsOf: requirements.members(of: item))
            }
        }
        return inClosure
    }
}
