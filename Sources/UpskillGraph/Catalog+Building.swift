import UpskillCurriculum

extension Catalog {
    /// Merges curricula into one catalog and checks it whole: each curriculum's own rules,
    /// ids defined by two curricula, references to skills and roles nobody defines,
    /// `extend` of an unknown skill, and cycles.
    ///
    /// - Parameter sources: The curricula, in load order (built-in first).
    /// - Throws: ``CurriculumError`` with every problem found, located as precisely as each
    ///   source allows, in a stable order.
    /// - Complexity: O(n log n) for n skills, requirement members and resources together.
    package init(sources: [CurriculumSource]) throws(CurriculumError) {
        var builder = CatalogBuilder(sources: sources)
        let catalog = builder.build()
        let errors = builder.diagnostics.filter { $0.severity == .error }
        guard let catalog, errors.isEmpty else {
            throw CurriculumError(diagnostics: builder.locatedDiagnostics())
        }
        self = catalog
    }
}

/// Does the work of ``Catalog/init(sources:)``.
struct CatalogBuilder {
    let sources: [CurriculumSource]
    private(set) var diagnostics: [Diagnostic] = []

    /// Where a skill or role (or a skill's alias) is defined. The JSON path is only
    /// spelled out for a diagnostic.
    /// Plain integers (no string), so that sorting and copying definitions retains nothing.
    struct Definition {
        /// Which section of a curriculum a definition is in.
        enum Section: UInt8 {
            case skills, roles

            var key: String {
                switch self {
                case .skills: "skills"
                case .roles: "roles"
                }
            }
        }

        var source: Int
        var section: Section
        var position: Int
        /// For an alias, its index in the skill's `aliases`.
        var alias: Int? = nil

        var path: JSONPath {
            let path = JSONPath.root.appending(section.key).appending(position)
            return alias.map { path.appending("aliases").appending($0) } ?? path
        }
    }

    init(sources: [CurriculumSource]) {
        self.sources = sources
    }

    /// Records an error at `path` in the curriculum of `sources[source]`, with the Swift
    /// declaration that holds it when that curriculum was built with the DSL. (Several
    /// curricula of one plugin share a source name, so the declaration is found here,
    /// while the curriculum is known.)
    mutating func error(_ message: String, source: Int, path: JSONPath) {
        var diagnostic = Diagnostic(.error, message, source: sources[source].name, path: path)
        if let declaration = sources[source].curriculum.declaration(containing: path) {
            diagnostic.declaredAt = declaration.location
            diagnostic.subject = declaration.subject
        }
        diagnostics.append(diagnostic)
    }

    /// The diagnostics with lines and columns filled in where the sources know them, sorted.
    func locatedDiagnostics() -> [Diagnostic] {
        var located = diagnostics
        var bySource: [String: [Int]] = [:]
        for (index, diagnostic) in diagnostics.enumerated()
        where diagnostic.line == nil && diagnostic.declaredAt == nil && diagnostic.path != nil {
            bySource[diagnostic.source, default: []].append(index)
        }
        for source in sources {
            guard let indices = bySource.removeValue(forKey: source.name) else { continue }
            let positions = source.locate(indices.compactMap { diagnostics[$0].path })
            for (index, position) in zip(indices, positions) {
                located[index].line = position?.line
                located[index].column = position?.column
            }
        }
        return located.sorted()
    }

    /// Checks each curriculum on its own, then merges them, on the calling thread. (Running
    /// the checks on a second core beside the merge was measured at 100,000 skills: no
    /// faster end to end, with more CPU time and memory; see the Performance article.)
    mutating func build() -> Catalog? {
        // The built-in curricula were checked when the registry was generated.
        for source in sources where !source.isPrevalidated {
            diagnostics += source.curriculum.problems(source: source.name)
        }
        return merge()
    }

    /// Merges the curricula: everything ``build()`` does but each curriculum's own checks.
    private mutating func merge() -> Catalog? {
        checkCurriculumIDs()
        let skillDefinitions = defineSkills()
        let roleDefinitions = defineRoles(skillDefinitions: skillDefinitions)

        // Skills are interned in id order (by defineSkills); roles likewise.
        let skillIDs = skillDefinitions.ids
        let skillIndex = skillDefinitions.index
        let roleIDs = roleDefinitions.keys.sorted()
        var roleIndex = IDTable(capacity: roleIDs.count)
        for (index, id) in roleIDs.enumerated() { roleIndex[id] = Int32(index) }

        let resolver = Resolver(skillIndex: skillIndex, skillIDs: skillIDs, roleIndex: roleIndex, roleIDs: roleIDs)
        let extensions = collectExtensions(resolver: resolver)

        // Skills with their own and extended requirements.
        var skills: [Skill] = []
        var skillSources: [Int32] = []
        var requirements = RequirementTable()
        skills.reserveCapacity(skillIDs.count)
        skillSources.reserveCapacity(skillIDs.count)
        // Each curriculum's skills read from one array, not through its source each time.
        let sourceSkills = sources.map(\.curriculum.skills)
        for (index, definition) in skillDefinitions.definitions.enumerated() {
            var skill = sourceSkills[definition.source][definition.position]
            resolve(skill.requires, source: definition.source, path: definition.path.appending("requires"),
                resolver: resolver, into: &requirements)
            for added in extensions[index] {
                resolve(added.requires, source: added.source, path: added.path.appending("requires"),
                    resolver: resolver, into: &requirements)
            }
            skill.requires = []
            skills.append(skill)
            skillSources.append(Int32(definition.source))
            requirements.closeOwner()
        }

        let (roles, roleSources, roleRequirements) = buildRoles(
            roleIDs: roleIDs, definitions: roleDefinitions, resolver: resolver)
        let roleMilestones = buildMilestones(
            roles: roles, definitions: roleDefinitions, requirements: roleRequirements, resolver: resolver)
        let (resources, resourceSources, resourcesBySkill) = buildResources(
            skills: skills, resolver: resolver)
        let topologicalOrder = orderSkills(skills: skills, skillSources: skillSources,
            requirements: requirements, definitions: skillDefinitions)

        return Catalog(
            sources: sources.map(Catalog.Source.init), skills: skills, skillSources: skillSources, requirements: requirements,
            skillIndex: skillIndex, roles: roles, roleSources: roleSources, roleRequirements: roleRequirements,
            roleIndex: roleIndex, roleMilestones: roleMilestones, resources: resources,
            resourceSources: resourceSources, resourcesBySkill: resourcesBySkill, topologicalOrder: topologicalOrder)
    }

    // MARK: Definitions

    mutating func checkCurriculumIDs() {
        var seen: [String: Int] = [:]
        for (index, source) in sources.enumerated() {
            let id = source.curriculum.id
            if let earlier = seen[id] {
                error(
                    "curriculum '\(id)' is loaded twice: also from \(sources[earlier].name); load each curriculum once",
                    source: index, path: JSONPath.root.appending("curriculum"))
            } else {
                seen[id] = index
            }
        }
    }

    /// Skill ids and aliases, each defined by exactly one curriculum, with skills interned
    /// in id order.
    struct SkillDefinitions {
        /// Every skill id, sorted: a skill's index is its position here.
        var ids: [String] = []
        /// Where each skill of ``ids`` is defined.
        var definitions: [Definition] = []
        /// The index of each skill id, and of each alias.
        var index = IDTable()
        /// Each alias's skill id, and where the alias is given.
        var aliases: [String: String] = [:]
        var aliasDefinitions: [String: Definition] = [:]

        /// Where skill `id` (not an alias) is defined.
        func definition(ofSkill id: String) -> Definition? {
            guard let index = index[id], ids[Int(index)] == id else { return nil }
            return definitions[Int(index)]
        }
    }

    /// Collects the skills of every curriculum, sorted by id, keeping the first definition
    /// (in load order) of an id given twice and reporting the others, then their aliases.
    /// - Complexity: O(n log n) for n skills: one sort and one dictionary.
    mutating func defineSkills() -> SkillDefinitions {
        // Every definition in load order, sorted by id (then load order) through a key of
        // the id's first 16 bytes, so that most comparisons compare two integers.
        var places: [(source: Int32, position: Int32)] = []
        var keys: [IDSortKey] = []
        let total = sources.reduce(0) { $0 + $1.curriculum.skills.count }
        places.reserveCapacity(total)
        keys.reserveCapacity(total)
        var ids: [String] = []
        ids.reserveCapacity(total)
        for (sourceIndex, source) in sources.enumerated() {
            let skills = source.curriculum.skills
            for position in skills.indices {
                let id = skills[position].id
                keys.append(IDSortKey(id, order: Int32(ids.count)))
                ids.append(id)
                places.append((Int32(sourceIndex), Int32(position)))
            }
        }
        ids.withUnsafeBufferPointer { ids in
            keys.sort { $0.precedes($1, ids: ids) }
        }
        var result = SkillDefinitions()
        result.ids.reserveCapacity(total)
        result.definitions.reserveCapacity(total)
        result.index = IDTable(capacity: total)
        for key in keys {
            let id = ids[Int(key.order)]
            let place = places[Int(key.order)]
            let definition = Definition(source: Int(place.source), section: .skills, position: Int(place.position))
            if result.ids.last == id, let earlier = result.definitions.last {
                // Within one curriculum the curriculum's own check reports it.
                if earlier.source != definition.source {
                    error(
                        "skill '\(id)' is also defined by \(sources[earlier.source].name) (\(earlier.path)); an id belongs to one curriculum: rename one, or use 'extend' to add requirements to the other",
                        source: definition.source, path: definition.path.appending("id"))
                }
                continue
            }
            result.index[id] = Int32(result.ids.count)
            result.ids.append(id)
            result.definitions.append(definition)
        }
        for (sourceIndex, source) in sources.enumerated() {
            let skills = source.curriculum.skills
            // Only a skill with aliases is read whole.
            for position in skills.indices where !skills[position].aliases.isEmpty {
                let skill = skills[position]
                for (aliasPosition, alias) in skill.aliases.enumerated() {
                    let definition = Definition(
                        source: sourceIndex, section: .skills, position: position, alias: aliasPosition)
                    let path = definition.path
                    if let owner = result.definition(ofSkill: alias) {
                        if owner.source != sourceIndex {
                            error(
                                "alias '\(alias)' of skill '\(skill.id)' is the id of a skill defined by \(sources[owner.source].name) (\(owner.path))",
                                source: sourceIndex, path: path)
                        }
                    } else if let earlier = result.aliasDefinitions[alias], result.aliases[alias] != skill.id {
                        if earlier.source != sourceIndex {
                            error(
                                "alias '\(alias)' of skill '\(skill.id)' is also an alias of skill '\(result.aliases[alias] ?? "")' in \(sources[earlier.source].name) (\(earlier.path))",
                                source: sourceIndex, path: path)
                        }
                    } else {
                        result.aliases[alias] = skill.id
                        result.aliasDefinitions[alias] = definition
                    }
                }
            }
        }
        // Aliases point at their skill.
        for (alias, id) in result.aliases.sorted(by: { $0.key < $1.key }) {
            if let index = result.index[id], result.index[alias] == nil { result.index[alias] = index }
        }
        return result
    }

    mutating func defineRoles(skillDefinitions: SkillDefinitions) -> [String: Definition] {
        var result: [String: Definition] = [:]
        for (sourceIndex, source) in sources.enumerated() {
            for (position, role) in source.curriculum.roles.enumerated() {
                let definition = Definition(source: sourceIndex, section: .roles, position: position)
                let path = definition.path
                if let skill = skillDefinitions.definition(ofSkill: role.id), skill.source != sourceIndex {
                    error(
                        "role '\(role.id)' has the id of a skill defined by \(sources[skill.source].name) (\(skill.path)); roles and skills need distinct ids",
                        source: sourceIndex, path: path.appending("id"))
                }
                if let earlier = result[role.id] {
                    if earlier.source != sourceIndex {
                        error(
                            "role '\(role.id)' is also defined by \(sources[earlier.source].name) (\(earlier.path)); give the new role its own id and list '\(role.id)' in its 'includes'",
                            source: sourceIndex, path: path.appending("id"))
                    }
                } else {
                    result[role.id] = definition
                }
            }
        }
        return result
    }

    // MARK: References

    mutating func resolveSkill(_ id: String, source: Int, path: @autoclosure () -> JSONPath, resolver: Resolver)
        -> Int32?
    {
        if let index = resolver.skillIndex[id] { return index }
        // Malformed ids were reported by the curriculum's own check.
        if Identifier.isValid(id) { error(resolver.unknownSkillMessage(id), source: source, path: path()) }
        return nil
    }

    /// Requirement items as lists of skill indices; unresolved members are reported and
    /// left out, and members that name one skill twice (an id and its alias) are merged.
    mutating func resolve(
        _ requirements: [Requirement], source: Int, path: @autoclosure () -> JSONPath, resolver: Resolver
    ) -> [[Int32]] {
        var table = RequirementTable()
        resolve(requirements, source: source, path: path(), resolver: resolver, into: &table)
        return (0..<table.itemCount).map { Array(table.members(of: $0)) }
    }

    /// ``resolve(_:source:path:resolver:)`` written straight into the open owner of
    /// `table`, with no array per item.
    mutating func resolve(
        _ requirements: [Requirement], source: Int, path: @autoclosure () -> JSONPath, resolver: Resolver,
        into table: inout RequirementTable
    ) {
        for (position, requirement) in requirements.enumerated() {
            switch requirement {
            case .skill(let id):
                if let index = resolveSkill(id, source: source, path: path().appending(position), resolver: resolver) {
                    table.appendMember(index)
                    table.closeItem()
                }
            case .anyOf(let ids):
                for (memberPosition, id) in ids.enumerated() {
                    if let index = resolveSkill(
                        id, source: source, path: path().appending(position).appending("anyOf").appending(memberPosition),
                        resolver: resolver)
                    {
                        table.appendMember(index)
                    }
                }
                table.closeItem()
            }
        }
    }

    /// Requirements added by `extend`, per skill index.
    struct AddedRequirements {
        var source: Int
        var path: JSONPath
        var requires: [Requirement]
    }

    mutating func collectExtensions(resolver: Resolver) -> [[AddedRequirements]] {
        var result = [[AddedRequirements]](repeating: [], count: resolver.skillIDs.count)
        for (sourceIndex, source) in sources.enumerated() {
            for (position, extensionValue) in source.curriculum.extensions.enumerated() {
                let path = JSONPath.root.appending("extend").appending(position)
                guard let index = resolver.skillIndex[extensionValue.skill] else {
                    if Identifier.isValid(extensionValue.skill) {
                        let hint =
                            Suggestion.closest(to: extensionValue.skill, in: resolver.skillIDs).map {
                                "; did you mean '\($0)'?"
                            } ?? ""
                        error(
                            "'extend' names skill '\(extensionValue.skill)', which no loaded curriculum defines\(hint)",
                            source: sourceIndex, path: path.appending("skill"))
                    }
                    continue
                }
                result[Int(index)].append(
                    AddedRequirements(source: sourceIndex, path: path, requires: extensionValue.requires))
            }
        }
        return result
    }
}
