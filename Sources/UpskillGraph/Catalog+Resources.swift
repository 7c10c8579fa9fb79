import UpskillCurriculum

extension CatalogBuilder {
    /// The resources in load order (the first definition of an id), where each comes
    /// from, and for each skill its resources in ``ResourceRanking`` order.
    mutating func buildResources(skills: [Skill], resolver: Resolver) -> ([Resource], [Int32], [[Int32]]) {
        let skillCount = skills.count
        var resources: [Resource] = []
        var resourceSources: [Int32] = []
        var bySkill = [[Int32]](repeating: [], count: skillCount)
        var definitions: [String: (source: Int, path: JSONPath)] = [:]
        for (sourceIndex, source) in sources.enumerated() {
            var listed: [(Resource, JSONPath)] = source.curriculum.resources.enumerated().map {
                ($1, JSONPath.root.appending("resources").appending($0))
            }
            for (position, extensionValue) in source.curriculum.extensions.enumerated() {
                for (resourcePosition, resource) in extensionValue.resources.enumerated() {
                    listed.append(
                        (resource, JSONPath.root.appending("extend").appending(position).appending("resources")
                            .appending(resourcePosition)))
                }
            }
            for (resource, path) in listed {
                if let earlier = definitions[resource.id] {
                    if earlier.source != sourceIndex {
                        error(
                            "resource '\(resource.id)' is also defined by \(sources[earlier.source].name) (\(earlier.path)); give one of them another id",
                            source: sourceIndex, path: path.appending("id"))
                    }
                    continue
                }
                definitions[resource.id] = (sourceIndex, path)
                let index = Int32(resources.count)
                resources.append(resource)
                resourceSources.append(Int32(sourceIndex))
                for (position, id) in resource.teaches.enumerated() {
                    if let skill = resolveSkill(id, source: sourceIndex, path: path.appending("teaches").appending(position),
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
