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
        // The tables are read through buffer pointers: on a large catalog the closure of a
        // role's targets is most of it, and a slice of a table per item retains its storage.
        requirements.itemStart.withUnsafeBufferPointer { itemStart in
            requirements.memberStart.withUnsafeBufferPointer { memberStart in
                requirements.members.withUnsafeBufferPointer { members in
                    while let skill = stack.popLast() {
                        guard !inClosure[Int(skill)] else { continue }
                        inClosure[Int(skill)] = true
                        for item in Int(itemStart[Int(skill)])..<Int(itemStart[Int(skill) + 1]) {
                            let first = Int(memberStart[item]), end = Int(memberStart[item + 1])
                            // A single-member item is mandatory; an `anyOf` is not.
                            if end - first == 1 { stack.append(members[first]) }
                        }
                    }
                }
            }
        }
        return inClosure
    }
}
