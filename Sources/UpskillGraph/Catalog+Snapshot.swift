import UpskillCurriculum

extension Catalog {
    /// The catalog a snapshot holds: the same catalog as ``init(sources:)`` of the sources
    /// it was taken of, without the merge and without their curricula.
    ///
    /// - Returns: nil when a number of the snapshot lies outside its tables (a snapshot is
    ///   read, not trusted).
    package init?(snapshot: CatalogSnapshot) {
        guard snapshot.requirements.count == 3, snapshot.roleRequirements.count == 3,
            let requirements = RequirementTable(
                itemStart: snapshot.requirements[0], memberStart: snapshot.requirements[1],
                members: snapshot.requirements[2]),
            let roleRequirements = RequirementTable(
                itemStart: snapshot.roleRequirements[0], memberStart: snapshot.roleRequirements[1],
                members: snapshot.roleRequirements[2])
        else { return nil }
        let sourceCount = Int32(snapshot.sources.count)

        var skills: [Skill] = []
        var skillSources: [Int32] = []
        // The indices, as the merge makes them: ids, then each alias not already an id
        // (the aliases once every id is in).
        var skillIndex = IDTable(capacity: requirements.ownerCount + snapshot.texts.count / 8)
        var aliases: [String] = []
        var aliasOwners: [Int32] = []
        var reader = SnapshotReader(snapshot, snapshot.skills)
        skills.reserveCapacity(requirements.ownerCount)
        skillSources.reserveCapacity(requirements.ownerCount)
        while !reader.isAtEnd {
            guard let source = reader.integer(), source >= 0, source < sourceCount, let id = reader.text(),
                let name = reader.text(), let category = reader.text(), let description = reader.text(),
                let hours = reader.number(), let skillAliases = reader.textList()
            else { return nil }
            skillIndex[id] = Int32(skills.count)
            for alias in skillAliases {
                aliases.append(alias)
                aliasOwners.append(Int32(skills.count))
            }
            skills.append(
                Skill(
                    id: id, name: name, category: category, hours: hours, description: description,
                    aliases: skillAliases))
            skillSources.append(source)
        }
        for (alias, owner) in zip(aliases, aliasOwners) {
            // An alias that is not an id already points at its skill (one lookup: an
            // existing index is kept).
            skillIndex.insert(alias, owner)
        }

        var roles: [Role] = []
        var roleSources: [Int32] = []
        var roleIndex = IDTable()
        reader = SnapshotReader(snapshot, snapshot.roles)
        while !reader.isAtEnd {
            guard let source = reader.integer(), source >= 0, source < sourceCount, let id = reader.text(),
                let name = reader.text(), let description = reader.text(), let includes = reader.textList(),
                let requires = reader.requirements(), let milestones = reader.milestones()
            else { return nil }
            roleIndex[id] = Int32(roles.count)
            roles.append(
                Role(
                    id: id, name: name, description: description, includes: includes, requires: requires,
                    milestones: milestones))
            roleSources.append(source)
        }

        var resources: [Resource] = []
        var resourceSources: [Int32] = []
        reader = SnapshotReader(snapshot, snapshot.resources)
        // A resource's record holds at least ten numbers.
        resources.reserveCapacity(snapshot.resources.count / 10)
        resourceSources.reserveCapacity(snapshot.resources.count / 10)
        let kinds = Resource.Kind.allCases
        while !reader.isAtEnd {
            guard let source = reader.integer(), source >= 0, source < sourceCount, let id = reader.text(),
                let title = reader.text(), let kind = reader.integer(), kinds.indices.contains(Int(kind)),
                let url = reader.text(), let hours = reader.optionalNumber(), let cost = reader.optionalNumber(),
                let hasYear = reader.integer(), let year = reader.integer(), let teaches = reader.textList()
            else { return nil }
            resources.append(
                Resource(
                    id: id, title: title, kind: kinds[Int(kind)], url: url, hours: hours, cost: cost, teaches: teaches,
                    updated: hasYear == 1 ? Int(year) : nil))
            resourceSources.append(source)
        }


        let skillCount = Int32(skills.count)
        let start = snapshot.resourceStart
        guard requirements.ownerCount == skills.count, roleRequirements.ownerCount == roles.count,
            snapshot.roleMilestones.count == roles.count, start.count == skills.count + 1,
            start.first == 0, start.last.map({ Int($0) == snapshot.rankedResources.count }) == true,
            zip(start, start.dropFirst()).allSatisfy({ $0 <= $1 }),
            snapshot.rankedResources.allSatisfy({ $0 >= 0 && Int($0) < resources.count }),
            requirements.members.allSatisfy({ $0 >= 0 && $0 < skillCount }),
            roleRequirements.members.allSatisfy({ $0 >= 0 && $0 < skillCount }),
            snapshot.topologicalOrder.count == skills.count,
            snapshot.topologicalOrder.allSatisfy({ $0 >= 0 && $0 < skillCount })
        else { return nil }
        var resourcesBySkill: [[Int32]] = []
        resourcesBySkill.reserveCapacity(skills.count)
        for skill in 0..<skills.count {
            resourcesBySkill.append(Array(snapshot.rankedResources[Int(start[skill])..<Int(start[skill + 1])]))
        }

        self.init(
            sources: snapshot.sources, skills: skills, skillSources: skillSources, requirements: requirements,
            skillIndex: skillIndex, roles: roles, roleSources: roleSources, roleRequirements: roleRequirements,
            roleIndex: roleIndex, roleMilestones: snapshot.roleMilestones, resources: resources,
            resourceSources: resourceSources, resourcesBySkill: resourcesBySkill,
            topologicalOrder: snapshot.topologicalOrder)
    }

    /// The catalog a snapshot holds, when `sources` are the ones it was taken of (the
    /// same names, in the same order, all built-in); nil otherwise, and the caller merges
    /// them.
    package init?(snapshot: CatalogSnapshot, sources: [CurriculumSource]) {
        guard sources.count == snapshot.sources.count,
            zip(sources, snapshot.sources).allSatisfy({
                $0.origin == .builtin && $1.origin == .builtin && $0.name == $1.name
                    && $0.curriculum.id == $1.curriculumID
            })
        else { return nil }
        self.init(snapshot: snapshot)
    }
}

/// Reads the records of one table of a ``CatalogSnapshot`` in turn: nil for a number
/// outside the table or for an index outside ``CatalogSnapshot/texts`` or `numbers`.
private struct SnapshotReader {
    let texts: [String]
    let numbers: [Double]
    let table: [Int32]
    var position = 0

    init(_ snapshot: CatalogSnapshot, _ table: [Int32]) {
        texts = snapshot.texts
        numbers = snapshot.numbers
        self.table = table
    }

    var isAtEnd: Bool { position >= table.count }

    mutating func integer() -> Int32? {
        guard position < table.count else { return nil }
        defer { position += 1 }
        return table[position]
    }

    mutating func text() -> String? {
        guard let index = integer(), index >= 0, Int(index) < texts.count else { return nil }
        return texts[Int(index)]
    }

    mutating func number() -> Double? {
        guard let index = integer(), index >= 0, Int(index) < numbers.count else { return nil }
        return numbers[Int(index)]
    }

    /// A number, or none for -1: `.some(nil)`; nil for anything else out of range.
    mutating func optionalNumber() -> Double?? {
        guard let index = integer() else { return nil }
        if index == -1 { return .some(nil) }
        guard index >= 0, Int(index) < numbers.count else { return nil }
        return numbers[Int(index)]
    }

    /// A count, then that many texts.
    mutating func textList() -> [String]? {
        guard let count = integer(), count >= 0, count <= table.count - position else { return nil }
        var texts: [String] = []
        if count == 0 { return texts }
        texts.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let text = text() else { return nil }
            texts.append(text)
        }
        return texts
    }

    mutating func requirements() -> [Requirement]? {
        guard let count = integer(), count >= 0, count <= table.count - position else { return nil }
        var requirements: [Requirement] = []
        requirements.reserveCapacity(Int(count))
        for _ in 0..<count {
            switch integer() {
            case 0:
                guard let id = text() else { return nil }
                requirements.append(.skill(id))
            case 1:
                guard let ids = textList() else { return nil }
                requirements.append(.anyOf(ids))
            default:
                return nil
            }
        }
        return requirements
    }

    mutating func milestones() -> [Milestone]? {
        guard let count = integer(), count >= 0, count <= table.count - position else { return nil }
        var milestones: [Milestone] = []
        milestones.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let id = text(), let title = text(), let outcome = text(), let skills = textList() else { return nil }
            milestones.append(Milestone(id: id, title: title, outcome: outcome, skills: skills))
        }
        return milestones
    }
}
