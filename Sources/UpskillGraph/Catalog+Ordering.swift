import UpskillCurriculum

extension CatalogBuilder {
    /// Kahn's algorithm over every requirement edge (alternatives included): the skills
    /// in an order where each comes after everything it requires. Skills left over lie on
    /// or behind a cycle; each cycle is reported as the chain of skills that forms it.
    mutating func orderSkills(skills: [Skill], skillSources: [Int32], requirements: RequirementTable,
        definitions: SkillDefinitions) -> [Int32]
    {
        let count = skills.count
        // Reverse edges: for each skill, the skills whose items name it. A skill's items
        // are consecutive, so its members are one run of the flat member array.
        let itemStart = requirements.itemStart, memberStart = requirements.memberStart
        let members = requirements.members
        var remainingRequirements = [Int32](repeating: 0, count: count)
        var dependentStart = [Int32](repeating: 0, count: count + 1)
        var dependents: [Int32] = []
        members.withUnsafeBufferPointer { members in
            func run(of skill: Int) -> Range<Int> {
                Int(memberStart[Int(itemStart[skill])])..<Int(memberStart[Int(itemStart[skill + 1])])
            }
            for skill in 0..<count {
                let run = run(of: skill)
                remainingRequirements[skill] = Int32(run.count)
                for position in run { dependentStart[Int(members[position]) + 1] += 1 }
            }
            for index in 0..<count { dependentStart[index + 1] += dependentStart[index] }
            var fill = dependentStart
            dependents = [Int32](repeating: 0, count: Int(dependentStart[count]))
            for skill in 0..<count {
                for position in run(of: skill) {
                    let member = Int(members[position])
                    dependents[Int(fill[member])] = Int32(skill)
                    fill[member] += 1
                }
            }
        }
        var order: [Int32] = []
        order.reserveCapacity(count)
        for skill in 0..<count where remainingRequirements[skill] == 0 { order.append(Int32(skill)) }
        var head = 0
        while head < order.count {
            let skill = Int(order[head])
            head += 1
            for position in Int(dependentStart[skill])..<Int(dependentStart[skill + 1]) {
                let dependent = Int(dependents[position])
                remainingRequirements[dependent] -= 1
                if remainingRequirements[dependent] == 0 { order.append(Int32(dependent)) }
            }
        }
        if order.count < count {
            reportCycles(remaining: remainingRequirements, skills: skills, requirements: requirements,
                definitions: definitions)
        }
        return order
    }

    /// Every skill left by Kahn's algorithm still requires another left-over skill, so
    /// following such requirements from any of them must come back on itself.
    mutating func reportCycles(remaining: [Int32], skills: [Skill], requirements: RequirementTable,
        definitions: SkillDefinitions)
    {
        var walked = [Bool](repeating: false, count: skills.count)
        for start in skills.indices where remaining[start] > 0 && !walked[start] {
            var chain: [Int] = []
            var positionInChain: [Int: Int] = [:]
            var current = start
            while true {
                if let position = positionInChain[current] {
                    report(cycle: Array(chain[position...]), skills: skills, definitions: definitions)
                    break
                }
                if walked[current] { break }
                walked[current] = true
                positionInChain[current] = chain.count
                chain.append(current)
                // The smallest left-over skill this one requires.
                var next: Int?
                for item in requirements.items(of: current) {
                    for member in requirements.members(of: item) where remaining[Int(member)] > 0 {
                        next = min(next ?? Int(member), Int(member))
                    }
                }
                guard let next else { break }
                current = next
            }
        }
    }

    mutating func report(cycle: [Int], skills: [Skill], definitions: SkillDefinitions) {
        guard let smallest = cycle.indices.min(by: { skills[cycle[$0]].id < skills[cycle[$1]].id }) else { return }
        let rotated = Array(cycle[smallest...] + cycle[..<smallest])
        let names = (rotated + [rotated[0]]).map { skills[$0].id }
        guard rotated[0] < definitions.definitions.count else { return }
        let definition = definitions.definitions[rotated[0]]
        error(
            "cycle: \(names.joined(separator: " → ")); requirements must not lead back to the skill itself — remove one of these requirements",
            source: definition.source, path: definition.path.appending("requires"))
    }
}
