import UpskillCurriculum
import UpskillGraph
import UpskillRendering

/// The machine forms of `upskill roles`, `skills` and `show` (`--format json`). The field
/// names are a contract, documented in the README: new fields may be added, none renamed
/// or removed.
enum CatalogJSON {
    /// One element of `upskill roles --format json`.
    static func role(_ summary: RoleSummary, in catalog: Catalog) -> [(String, JSONOutput)] {
        let role = catalog.roles[Int(summary.role)]
        return [
            ("id", .string(role.id)),
            ("name", .string(role.name)),
            ("description", .string(role.description)),
            ("includes", .array(role.includes.map(JSONOutput.string))),
            ("skills", .number(Double(summary.skillCount))),
            ("mandatorySkills", .number(Double(summary.mandatory.count))),
            ("choices", .number(Double(summary.choices.count))),
            ("hours", .number(summary.hours)),
            ("curriculum", .string(catalog.curriculumID(ofRole: summary.role))),
        ]
    }

    /// One element of `upskill skills --format json`.
    static func skill(_ index: Int32, in catalog: Catalog) -> [(String, JSONOutput)] {
        let skill = catalog.skills[Int(index)]
        return [
            ("id", .string(skill.id)),
            ("name", .string(skill.name)),
            ("category", .string(skill.category)),
            ("hours", .number(skill.hours)),
            ("description", .string(skill.description)),
            ("aliases", .array(skill.aliases.map(JSONOutput.string))),
            ("curriculum", .string(catalog.curriculumID(ofSkill: index))),
        ]
    }

    /// `upskill show SKILL --format json`: the listing fields plus `kind`, `requires`,
    /// `requiredBy`, `resources` and `progress` (`null` without a record).
    static func skillDetail(_ index: Int32, in catalog: Catalog, progress: SkillProgressSummary?) -> JSONOutput {
        let table = catalog.requirements
        let requires = table.items(of: Int(index)).map { item in
            requirement(Array(table.members(of: item)), in: catalog)
        }
        let requiredBy =
            catalog.skillsRequiring(index).map { dependent("skill", catalog.id(ofSkill: $0.index), $0) }
            + catalog.rolesRequiring(index).map { dependent("role", catalog.roles[Int($0.index)].id, $0) }
        let resources = catalog.resourcesBySkill[Int(index)].map { catalog.resources[Int($0)].json }
        return .object(
            [("kind", .string("skill"))] + skill(index, in: catalog) + [
                ("requires", .array(requires)),
                ("requiredBy", .array(requiredBy)),
                ("resources", .array(resources)),
                ("progress", progress.map(self.progress) ?? .null),
            ])
    }

    /// `upskill show ROLE --format json`: the listing fields plus `kind`, `requires` (the
    /// role's own items with its included roles as nested `{"role": …}` items) and
    /// `milestones` (`{"id", "title", "outcome", "requires"}` each, in order; empty when
    /// the role has none).
    static func roleDetail(_ summary: RoleSummary, in catalog: Catalog) -> JSONOutput {
        var visiting: Set<Int32> = []
        let milestones = catalog.milestones(ofRole: summary.role).map { milestone in
            JSONOutput.object([
                ("id", .string(milestone.id)),
                ("title", .string(milestone.title)),
                ("outcome", .string(milestone.outcome)),
                (
                    "requires",
                    .array(milestone.items.map { requirement(Array(catalog.roleRequirements.members(of: $0)), in: catalog) })
                ),
            ])
        }
        return .object(
            [("kind", .string("role"))] + role(summary, in: catalog) + [
                ("requires", .array(roleItems(summary.role, in: catalog, visiting: &visiting))),
                ("milestones", .array(milestones)),
            ])
    }

    // MARK: - Pieces

    /// `{"skill": id, "name", "hours"}` or `{"anyOf": [those]}`.
    private static func requirement(_ members: [Int32], in catalog: Catalog) -> JSONOutput {
        if members.count == 1, let only = members.first { return skillReference(only, in: catalog) }
        return .object([("anyOf", .array(members.map { skillReference($0, in: catalog) }))])
    }

    private static func skillReference(_ index: Int32, in catalog: Catalog) -> JSONOutput {
        let skill = catalog.skills[Int(index)]
        return .object([("skill", .string(skill.id)), ("name", .string(skill.name)), ("hours", .number(skill.hours))])
    }

    private static func dependent(_ kind: String, _ id: String, _ dependent: Dependent) -> JSONOutput {
        .object([("kind", .string(kind)), ("id", .string(id)), ("alternative", .bool(dependent.isAlternative))])
    }

    /// A role's own items as written (aliases resolved), then its included roles.
    private static func roleItems(_ index: Int32, in catalog: Catalog, visiting: inout Set<Int32>) -> [JSONOutput] {
        let role = catalog.roles[Int(index)]
        visiting.insert(index)
        defer { visiting.remove(index) }
        var items: [JSONOutput] = role.requires.map { item in
            let members = item.skillIDs.compactMap(catalog.skill)
            return requirement(members, in: catalog)
        }
        for includedID in role.includes {
            guard let included = catalog.role(includedID), !visiting.contains(included) else { continue }
            let summary = RoleSummary(role: included, catalog: catalog)
            items.append(
                .object([
                    ("role", .string(includedID)),
                    ("name", .string(catalog.roles[Int(included)].name)),
                    ("hours", .number(summary.hours)),
                    ("requires", .array(roleItems(included, in: catalog, visiting: &visiting))),
                ]))
        }
        return items
    }

    private static func progress(_ progress: SkillProgressSummary) -> JSONOutput {
        .object([
            ("state", .string(progress.state)),
            ("since", progress.since.map(JSONOutput.string) ?? .null),
            ("notes", .array(progress.notes.map { .object([("date", .string($0.date)), ("text", .string($0.text))]) })),
        ])
    }
}
