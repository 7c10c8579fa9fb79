import UpskillCurriculum

extension CatalogBuilder {
    /// The resources in load order (the first definition of an id), where each comes
    /// from, and for each skill its resources in ``ResourceRanking`` order.
    mutating func buildResources(skills: [Skill], resolver: Resolver) -> ([Resource], [Int32], [[Int32]]) {
        let skillCount = skills.count
        var resources: [Resource] = []
        var resourceSources: [Int32] = []
        var bySkill = [[Int32]](repeating: [], count: skillCount)
        // Where each resource id is first defined: the path is spelled out only for a
        // diagnostic.
        var definitions: [String: (source: Int, place: ResourcePlace)] = [:]
        for (sourceIndex, source) in sources.enumerated() {
            let curriculum = source.curriculum
            var listed: [(resource: Resource, place: ResourcePlace)] = []
            listed.reserveCapacity(curriculum.resources.count)
            for position in curriculum.resources.indices {
                listed.append((curriculum.resources[position], ResourcePlace(extensionPosition: nil, position: position)))
            }
            for (extensionPosition, extensionValue) in curriculum.extensions.enumerated() {
                for position in extensionValue.resources.indices {
                    listed.append(
                        (extensionValue.resources[position],
                            ResourcePlace(extensionPosition: extensionPosition, position: position)))
                }
            }
            for (resource, place) in listed {
                if let earlier = definitions[resource.id] {
                    if earlier.source != sourceIndex {
                        error(
                            "resource '\(resource.id)' is also defined by \(sources[earlier.source].name) (\(earlier.place.path)); give one of them another id",
                            source: sourceIndex, path: place.path.appending("id"))
                    }
                    continue
                }
                definitions[resource.id] = (sourceIndex, place)
                let index = Int32(resources.count)
                resources.append(resource)
                resourceSources.append(Int32(sourceIndex))
                for (position, id) in resource.teaches.enumerated() {
                    if let skill = resolveSkill(id, source: sourceIndex, path: place.path.appending("teaches").appending(position),
                        resolver: resolver), !bySkill[Int(skill)].contains(index)
                    {
                        bySkill[Int(skill)].append(index)
                    }
                }
            }
        }
        // Best first: see ResourceRanking.
        let sourceOrigins = sources.map(\.origin)
        func candidate(_ index: Int32) -> ResourceRanking.Candidate {
            let resource = resources[Int(index)]
            return ResourceRanking.Candidate(
                isCompanyMaterial: sourceOrigins[Int(resourceSources[Int(index)])] != .builtin, hours: resource.hours,
                cost: resource.cost, loadOrder: Int(index))
        }
        for skill in bySkill.indices where bySkill[skill].count > 1 {
            let ranking = ResourceRanking(skillHours: skills[skill].hours)
            bySkill[skill].sort { ranking.precedes(candidate($0), candidate($1)) }
        }
        return (resources, resourceSources, bySkill)
    }
}
