import UpskillGraph

/// Which skills a plan may use, and why a target cannot be reached.
extension Planner {
    /// The skills of the targets' prerequisite cone that could be learned without any
    /// avoided skill: not known, not avoided, and each of their items met by a known or
    /// usable skill. Computed in the catalog's topological order, so requirements first.
    func usableSkills(targets: [TargetItem], known: [Bool], avoided: [Bool]) -> [Bool] {
        let requirements = catalog.requirements
        var inCone = [Bool](repeating: false, count: catalog.skillCount)
        var usable = [Bool](repeating: false, count: catalog.skillCount)
        var stack: [Int32] = targets.flatMap(\.members)
        // The tables are read through buffer pointers: the cone can be the whole catalog.
        requirements.itemStart.withUnsafeBufferPointer { itemStart in
            requirements.memberStart.withUnsafeBufferPointer { memberStart in
                requirements.members.withUnsafeBufferPointer { members in
                    while let skill = stack.popLast() {
                        let index = Int(skill)
                        guard !inCone[index], !known[index], !avoided[index] else { continue }
                        inCone[index] = true
                        let firstMember = Int(memberStart[Int(itemStart[index])])
                        let endMember = Int(memberStart[Int(itemStart[index + 1])])
                        stack.append(contentsOf: members[firstMember..<endMember])
                    }
                    for skill in catalog.topologicalOrder where inCone[Int(skill)] {
                        var allMet = true
                        for item in Int(itemStart[Int(skill)])..<Int(itemStart[Int(skill) + 1]) {
                            var met = false
                            for position in Int(memberStart[item])..<Int(memberStart[item + 1]) {
                                let member = Int(members[position])
                                if known[member] || usable[member] {
                                    met = true
                                    break
                                }
                            }
                            if !met {
                                allMet = false
                                break
                            }
                        }
                        usable[Int(skill)] = allMet
                    }
                }
            }
        }
        return usable
    }

    /// Explains an unreachable target: follows requirements that nothing usable meets,
    /// through the first alternative that is not avoided itself, down to an item whose
    /// every member is avoided.
    func unreachable(_ target: TargetItem, known: [Bool], avoided: [Bool], usable: [Bool]) -> PlanningError {
        let targetName: String
        var members = target.members
        switch target.reason {
        case .role(let role):
            targetName = catalog.roles[Int(role)].id
        case .goal, .skill:
            targetName = catalog.id(ofSkill: target.members[0])
            if !avoided[Int(target.members[0])], let item = blockedItem(of: target.members[0], known: known, usable: usable) {
                members = item
            }
        }
        var chain: [String] = []
        // The graph is acyclic, so this walk ends; the bound guards against a bad catalog.
        for _ in 0...catalog.skillCount {
            guard let member = members.first(where: { !avoided[Int($0)] }),
                let item = blockedItem(of: member, known: known, usable: usable)
            else { break }
            chain.append("'\(catalog.id(ofSkill: member))'")
            members = item
        }
        let names = members.map { catalog.id(ofSkill: $0) }
        let blocked = names.count == 1 ? "'\(names[0])'" : "any of (\(names.joined(separator: " | ")))"
        return .unreachable(
            target: targetName, chain: chain, blocked: blocked,
            avoided: members.filter { avoided[Int($0)] }.map { catalog.id(ofSkill: $0) })
    }

    /// The first requirement item of a skill that no known or usable skill meets.
    private func blockedItem(of skill: Int32, known: [Bool], usable: [Bool]) -> [Int32]? {
        let requirements = catalog.requirements
        return requirements.items(of: Int(skill)).first { item in
            !requirements.members(of: item).contains { known[Int($0)] || usable[Int($0)] }
        }.map { Array(requirements.members(of: $0)) }
    }
}
