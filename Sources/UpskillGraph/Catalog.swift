import UpskillCurriculum

/// The merged, validated catalog that upskill plans over: every skill, role and resource
/// of every loaded curriculum, with ids interned to integer indices.
///
/// Skills and roles are indexed in the order of their ids, so every walk over them is
/// deterministic whatever order the curricula were loaded in. Build one with
/// ``init(sources:)``.
package struct Catalog: Sendable, Equatable {
    /// What the catalog keeps of a curriculum it was built from: its name, origin and id.
    /// (Not the decoded curriculum: the catalog holds all it needs of it, and the
    /// curriculum would double the memory of a large catalog for the whole run.)
    package struct Source: Sendable, Hashable {
        /// The file path, or `plugin NAME`, as ``CurriculumSource/name``.
        package var name: String
        /// Where the curriculum comes from.
        package var origin: CurriculumSource.Origin
        /// The curriculum's id.
        package var curriculumID: String

        package init(name: String, origin: CurriculumSource.Origin, curriculumID: String) {
            self.name = name
            self.origin = origin
            self.curriculumID = curriculumID
        }

        package init(_ source: CurriculumSource) {
            self.init(name: source.name, origin: source.origin, curriculumID: source.curriculum.id)
        }
    }

    /// The curricula the catalog was built from, in load order.
    package let sources: [Source]

    /// The skills, sorted by id, each with an empty `requires`: a skill's requirements,
    /// with what extensions added, are its items in ``requirements``. (Keeping them here
    /// too held 10 MB of `[Requirement]` for the whole run at 100,000 skills.)
    package let skills: [Skill]
    /// For each skill, the index in ``sources`` of the curriculum that defines it.
    package let skillSources: [Int32]
    /// The requirement items of each skill, over skill indices, aliases resolved.
    package let requirements: RequirementTable
    /// Skill ids and aliases to skill indices.
    package let skillIndex: IDTable

    /// The roles, sorted by id.
    package let roles: [Role]
    /// For each role, the index in ``sources`` of the curriculum that defines it.
    package let roleSources: [Int32]
    /// The requirement items of each role, its included roles' items merged in.
    package let roleRequirements: RequirementTable
    /// Role ids to role indices.
    package let roleIndex: IDTable
    /// For each role, its own milestones over its items; see ``milestones(ofRole:)``.
    package let roleMilestones: [[RoleMilestone]]

    /// Every resource, in load order.
    package let resources: [Resource]
    /// For each resource, the index in ``sources`` of the curriculum that provides it.
    package let resourceSources: [Int32]
    /// For each skill, the resources that teach it, best first (see ``ResourceRanking``):
    /// company material first, then the best coverage of the skill's hours, free before
    /// paid, the shorter, load order.
    package let resourcesBySkill: [[Int32]]

    /// Every skill index, each after all the skills it requires (alternatives included).
    package let topologicalOrder: [Int32]

    package init(
        sources: [Source], skills: [Skill], skillSources: [Int32], requirements: RequirementTable,
        skillIndex: IDTable, roles: [Role], roleSources: [Int32], roleRequirements: RequirementTable,
        roleIndex: IDTable, roleMilestones: [[RoleMilestone]], resources: [Resource],
        resourceSources: [Int32], resourcesBySkill: [[Int32]], topologicalOrder: [Int32]
    ) {
        self.sources = sources
        self.skills = skills
        self.skillSources = skillSources
        self.requirements = requirements
        self.skillIndex = skillIndex
        self.roles = roles
        self.roleSources = roleSources
        self.roleRequirements = roleRequirements
        self.roleIndex = roleIndex
        self.roleMilestones = roleMilestones
        self.resources = resources
        self.resourceSources = resourceSources
        self.resourcesBySkill = resourcesBySkill
        self.topologicalOrder = topologicalOrder
    }

    /// The number of skills.
    package var skillCount: Int { skills.count }

    /// The index of the skill with this id or alias, matched ignoring case (ids are
    /// lowercase, so `SQL` is `sql`).
    package func skill(_ id: String) -> Int32? {
        skillIndex[id] ?? skillIndex[id.lowercased()]
    }

    /// The index of the role with this id, matched ignoring case.
    package func role(_ id: String) -> Int32? {
        roleIndex[id] ?? roleIndex[id.lowercased()]
    }

    /// The id of a role index.
    package func id(ofRole index: Int32) -> String {
        roles[Int(index)].id
    }

    /// The id of a skill index.
    package func id(ofSkill index: Int32) -> String {
        skills[Int(index)].id
    }

    /// The hours of a skill index.
    package func hours(ofSkill index: Int32) -> Double {
        skills[Int(index)].hours
    }
}
