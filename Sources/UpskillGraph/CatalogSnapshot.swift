import UpskillCurriculum

/// A catalog merged ahead of time, as integer tables over the curricula it was merged
/// from: what `generate-registry` writes for the built-in curricula, so that a run that
/// loads nothing else (no plugin, no file) skips the merge and its checks.
///
/// A skill, role or resource is named by where its curriculum defines it, so the snapshot
/// holds no copy of the curricula; ``Catalog/init(snapshot:sources:)`` puts the catalog
/// together from them. Build one from a merged catalog with ``init(catalog:curricula:)``.
package struct CatalogSnapshot: Sendable, Equatable {
    /// The names of the sources, in load order: the snapshot applies to exactly these.
    package var sourceNames: [String]
    /// For each skill in index order, its source and its position in that curriculum's
    /// `skills`, two numbers a skill.
    package var skills: [Int32]
    /// The skills' requirement table: ``RequirementTable/itemStart``, `memberStart`, `members`.
    package var requirements: [[Int32]]
    /// For each role in index order, its source and its position in `roles`.
    package var roles: [Int32]
    /// The roles' requirement table, as ``requirements``.
    package var roleRequirements: [[Int32]]
    /// Each role's milestones.
    package var roleMilestones: [[RoleMilestone]]
    /// For each resource in load order, its source, the position of the `extend` that
    /// lists it (-1 for the curriculum's `resources`), and its position in that list.
    package var resources: [Int32]
    /// For each skill, where its resources start in ``rankedResources``, and one more.
    package var resourceStart: [Int32]
    /// The resources of every skill, best first, one skill after another.
    package var rankedResources: [Int32]
    /// ``Catalog/topologicalOrder``.
    package var topologicalOrder: [Int32]

    package init(
        sourceNames: [String], skills: [Int32], requirements: [[Int32]], roles: [Int32], roleRequirements: [[Int32]],
        roleMilestones: [[RoleMilestone]], resources: [Int32], resourceStart: [Int32], rankedResources: [Int32],
        topologicalOrder: [Int32]
    ) {
        self.sourceNames = sourceNames
        self.skills = skills
        self.requirements = requirements
        self.roles = roles
        self.roleRequirements = roleRequirements
        self.roleMilestones = roleMilestones
        self.resources = resources
        self.resourceStart = resourceStart
        self.rankedResources = rankedResources
        self.topologicalOrder = topologicalOrder
    }

    /// The snapshot of `catalog`, merged from `curricula` (in load order).
    /// - Returns: nil when the catalog names something the curricula do not define.
    package init?(catalog: Catalog, curricula: [Curriculum]) {
        guard catalog.sources.count == curricula.count else { return nil }
        var skills: [Int32] = []
        for (index, skill) in catalog.skills.enumerated() {
            let source = Int(catalog.skillSources[index])
            guard let position = curricula[source].skills.firstIndex(where: { $0.id == skill.id }) else { return nil }
            skills += [Int32(source), Int32(position)]
        }
        var roles: [Int32] = []
        for (index, role) in catalog.roles.enumerated() {
            let source = Int(catalog.roleSources[index])
            guard let position = curricula[source].roles.firstIndex(where: { $0.id == role.id }) else { return nil }
            roles += [Int32(source), Int32(position)]
        }
        var resources: [Int32] = []
        for (index, resource) in catalog.resources.enumerated() {
            let source = Int(catalog.resourceSources[index])
            let curriculum = curricula[source]
            if let position = curriculum.resources.firstIndex(where: { $0.id == resource.id }) {
                resources += [Int32(source), -1, Int32(position)]
                continue
            }
            let found = curriculum.extensions.indices.lazy.compactMap { extensionIndex in
                curriculum.extensions[extensionIndex].resources.firstIndex { $0.id == resource.id }
                    .map { (extensionIndex, $0) }
            }.first
            guard let (extensionIndex, position) = found else { return nil }
            resources += [Int32(source), Int32(extensionIndex), Int32(position)]
        }
        var resourceStart: [Int32] = [0]
        for ranked in catalog.resourcesBySkill {
            resourceStart.append(resourceStart[resourceStart.count - 1] + Int32(ranked.count))
        }
        func table(_ table: RequirementTable) -> [[Int32]] { [table.itemStart, table.memberStart, table.members] }
        self.init(
            sourceNames: catalog.sources.map(\.name), skills: skills, requirements: table(catalog.requirements),
            roles: roles, roleRequirements: table(catalog.roleRequirements), roleMilestones: catalog.roleMilestones,
            resources: resources, resourceStart: resourceStart, rankedResources: catalog.resourcesBySkill.flatMap { $0 },
            topologicalOrder: catalog.topologicalOrder)
    }
}

extension Catalog {
    /// The catalog a snapshot holds, put together from the sources it was merged from:
    /// the same catalog as ``init(sources:)`` of the same sources, without the merge.
    ///
    /// - Returns: nil unless `sources` are the snapshot's (the same names, in the same
    ///   order, all built-in) and every number of the snapshot lies within them; the
    ///   caller then merges them.
    package init?(snapshot: CatalogSnapshot, sources: [CurriculumSource]) {
        guard sources.map(\.name) == snapshot.sourceNames, sources.allSatisfy({ $0.origin == .builtin }),
            snapshot.requirements.count == 3, snapshot.roleRequirements.count == 3,
            let requirements = RequirementTable(
                itemStart: snapshot.requirements[0], memberStart: snapshot.requirements[1],
                members: snapshot.requirements[2]),
            let roleRequirements = RequirementTable(
                itemStart: snapshot.roleRequirements[0], memberStart: snapshot.roleRequirements[1],
                members: snapshot.roleRequirements[2])
        else { return nil }
        let curricula = sources.map(\.curriculum)

        // Definitions, by where their curricula define them.
        guard snapshot.skills.count % 2 == 0, snapshot.roles.count % 2 == 0, snapshot.resources.count % 3 == 0 else {
            return nil
        }
        var skills: [Skill] = []
        var skillSources: [Int32] = []
        skills.reserveCapacity(snapshot.skills.count / 2)
        skillSources.reserveCapacity(snapshot.skills.count / 2)
        for place in stride(from: 0, to: snapshot.skills.count, by: 2) {
            let source = Int(snapshot.skills[place]), position = Int(snapshot.skills[place + 1])
            guard curricula.indices.contains(source), curricula[source].skills.indices.contains(position) else {
                return nil
            }
            var skill = curricula[source].skills[position]
            skill.requires = []  // as the merge leaves it: the items are in the requirement table
            skills.append(skill)
            skillSources.append(Int32(source))
        }
        var roles: [Role] = []
        var roleSources: [Int32] = []
        for place in stride(from: 0, to: snapshot.roles.count, by: 2) {
            let source = Int(snapshot.roles[place]), position = Int(snapshot.roles[place + 1])
            guard curricula.indices.contains(source), curricula[source].roles.indices.contains(position) else {
                return nil
            }
            roles.append(curricula[source].roles[position])
            roleSources.append(Int32(source))
        }
        var resources: [Resource] = []
        var resourceSources: [Int32] = []
        for place in stride(from: 0, to: snapshot.resources.count, by: 3) {
            let source = Int(snapshot.resources[place]), list = Int(snapshot.resources[place + 1])
            let position = Int(snapshot.resources[place + 2])
            guard curricula.indices.contains(source) else { return nil }
            let curriculum = curricula[source]
            if list < 0 {
                guard curriculum.resources.indices.contains(position) else { return nil }
                resources.append(curriculum.resources[position])
            } else {
                guard curriculum.extensions.indices.contains(list),
                    curriculum.extensions[list].resources.indices.contains(position)
                else { return nil }
                resources.append(curriculum.extensions[list].resources[position])
            }
            resourceSources.append(Int32(source))
        }

        // The indices, as the merge makes them: ids, then each alias not already an id.
        var skillIndex = IDTable(capacity: skills.reduce(skills.count) { $0 + $1.aliases.count })
        for (index, skill) in skills.enumerated() { skillIndex[skill.id] = Int32(index) }
        for (index, skill) in skills.enumerated() {
            // An alias that is not an id already points at its skill (one lookup: an
            // existing index is kept).
            for alias in skill.aliases { skillIndex.insert(alias, Int32(index)) }
        }
        var roleIndex = IDTable(capacity: roles.count)
        for (index, role) in roles.enumerated() { roleIndex[role.id] = Int32(index) }

        let skillCount = Int32(skills.count)
        let start = snapshot.resourceStart
        guard requirements.ownerCount == skills.count, roleRequirements.ownerCount == roles.count,
            snapshot.roleMilestones.count == roles.count, start.count == skills.count + 1,
            start.first == 0, start.last.map({ Int($0) == snapshot.rankedResources.count }) == true,
            zip(start, start.dropFirst()).allSatisfy({ $0 <= $1 }),
            snapshot.rankedResources.allSatisfy({ $0 >= 0 && Int($0) < resources.count }),
            requirements.members.allSatisfy({ $0 >= 0 && $0 < skillCount }),
            roleRequirements.members.allSatisfy({ $0 >= 0 && $0 < skillCount }),
            snapshot.topologicalOrder.allSatisfy({ $0 >= 0 && $0 < skillCount })
        else { return nil }
        let resourcesBySkill = (0..<skills.count).map { skill in
            Array(snapshot.rankedResources[Int(start[skill])..<Int(start[skill + 1])])
        }

        self.init(
            sources: sources.map(Catalog.Source.init), skills: skills,
            skillSources: skillSources, requirements: requirements, skillIndex: skillIndex,
            roles: roles, roleSources: roleSources, roleRequirements: roleRequirements,
            roleIndex: roleIndex, roleMilestones: snapshot.roleMilestones, resources: resources,
            resourceSources: resourceSources, resourcesBySkill: resourcesBySkill,
            topologicalOrder: snapshot.topologicalOrder)
    }
}
