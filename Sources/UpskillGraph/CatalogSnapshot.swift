import UpskillCurriculum

/// A catalog merged ahead of time, as flat tables of numbers over one list of texts: what
/// `generate-registry` writes for the built-in curricula, so that a run that loads nothing
/// else (no plugin, no file) neither merges them nor builds their curricula, only the
/// catalog's own values.
///
/// The tables are literals in the generated source (arrays of integers, of numbers and of
/// string literals, which cost no parsing and, for strings, no allocation at run time);
/// ``Catalog/init(snapshot:)`` reads them back. Take one of a merged catalog with
/// ``init(catalog:)``.
///
/// The records of ``skills``, ``roles`` and ``resources`` are runs of integers, each
/// text an index into ``texts`` and each number other than a count an index into
/// ``numbers``:
///
/// - a skill: source, id, name, category, description, hours, alias count, aliases;
/// - a role: source, id, name, description, include count, includes, requirement count,
///   then each requirement (0 and an id for one skill; 1, a count and the ids for any of
///   them), milestone count, then each milestone (id, title, outcome, skill count, skills);
/// - a resource: source, id, title, kind (its place in ``Resource/Kind/allCases``), url,
///   hours (-1 for none), cost (-1 for none), whether it has a year (0 or 1) and the year,
///   teaches count, the skills it teaches.
package struct CatalogSnapshot: Sendable, Equatable {
    /// The sources the catalog was merged from, in load order: the snapshot applies to
    /// exactly these.
    package var sources: [Catalog.Source]
    /// Every text of the skills, roles and resources, each once.
    package var texts: [String]
    /// Every hour count and cost, each once.
    package var numbers: [Double]
    /// The skills in index order, one record each (see above).
    package var skills: [Int32]
    /// The skills' requirement table: ``RequirementTable/itemStart``, `memberStart`, `members`.
    package var requirements: [[Int32]]
    /// The roles in index order, one record each (see above).
    package var roles: [Int32]
    /// The roles' requirement table, as ``requirements``.
    package var roleRequirements: [[Int32]]
    /// Each role's milestones.
    package var roleMilestones: [[RoleMilestone]]
    /// The resources in load order, one record each (see above).
    package var resources: [Int32]
    /// For each skill, where its resources start in ``rankedResources``, and one more.
    package var resourceStart: [Int32]
    /// The resources of every skill, best first, one skill after another.
    package var rankedResources: [Int32]
    /// ``Catalog/topologicalOrder``.
    package var topologicalOrder: [Int32]

    package init(
        sources: [Catalog.Source], texts: [String], numbers: [Double], skills: [Int32], requirements: [[Int32]],
        roles: [Int32], roleRequirements: [[Int32]], roleMilestones: [[RoleMilestone]], resources: [Int32],
        resourceStart: [Int32], rankedResources: [Int32], topologicalOrder: [Int32]
    ) {
        self.sources = sources
        self.texts = texts
        self.numbers = numbers
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

    /// The snapshot of `catalog`.
    package init(catalog: Catalog) {
        var writer = Writer()
        var skills: [Int32] = []
        for (index, skill) in catalog.skills.enumerated() {
            skills += [
                catalog.skillSources[index], writer.text(skill.id), writer.text(skill.name),
                writer.text(skill.category), writer.text(skill.description), writer.number(skill.hours),
            ]
            skills += writer.texts(skill.aliases)
        }
        var roles: [Int32] = []
        for (index, role) in catalog.roles.enumerated() {
            roles += [catalog.roleSources[index], writer.text(role.id), writer.text(role.name), writer.text(role.description)]
            roles += writer.texts(role.includes)
            roles.append(Int32(role.requires.count))
            for requirement in role.requires {
                switch requirement {
                case .skill(let id): roles += [0, writer.text(id)]
                case .anyOf(let ids): roles += [1] + writer.texts(ids)
                }
            }
            roles.append(Int32(role.milestones.count))
            for milestone in role.milestones {
                roles += [writer.text(milestone.id), writer.text(milestone.title), writer.text(milestone.outcome)]
                roles += writer.texts(milestone.skills)
            }
        }
        var resources: [Int32] = []
        for (index, resource) in catalog.resources.enumerated() {
            resources += [
                catalog.resourceSources[index], writer.text(resource.id), writer.text(resource.title),
                Int32(Resource.Kind.allCases.firstIndex(of: resource.kind) ?? 0), writer.text(resource.url),
                resource.hours.map { writer.number($0) } ?? -1, resource.cost.map { writer.number($0) } ?? -1,
            ]
            resources += resource.updated.map { [1, Int32(clamping: $0)] } ?? [0, 0]
            resources += writer.texts(resource.teaches)
        }
        var resourceStart: [Int32] = [0]
        for ranked in catalog.resourcesBySkill {
            resourceStart.append(resourceStart[resourceStart.count - 1] + Int32(ranked.count))
        }
        func table(_ table: RequirementTable) -> [[Int32]] { [table.itemStart, table.memberStart, table.members] }
        self.init(
            sources: catalog.sources, texts: writer.allTexts, numbers: writer.allNumbers, skills: skills,
            requirements: table(catalog.requirements), roles: roles, roleRequirements: table(catalog.roleRequirements),
            roleMilestones: catalog.roleMilestones, resources: resources, resourceStart: resourceStart,
            rankedResources: catalog.resourcesBySkill.flatMap { $0 }, topologicalOrder: catalog.topologicalOrder)
    }

    /// Numbers each text and number once, in the order first met.
    private struct Writer {
        var allTexts: [String] = []
        var allNumbers: [Double] = []
        var textIndex: [String: Int32] = [:]
        var numberIndex: [UInt64: Int32] = [:]

        mutating func text(_ text: String) -> Int32 {
            if let index = textIndex[text] { return index }
            allTexts.append(text)
            textIndex[text] = Int32(allTexts.count - 1)
            return Int32(allTexts.count - 1)
        }

        /// A count, then the texts.
        mutating func texts(_ texts: [String]) -> [Int32] {
            [Int32(texts.count)] + texts.map { text($0) }
        }

        mutating func number(_ number: Double) -> Int32 {
            if let index = numberIndex[number.bitPattern] { return index }
            allNumbers.append(number)
            numberIndex[number.bitPattern] = Int32(allNumbers.count - 1)
            return Int32(allNumbers.count - 1)
        }
    }
}
