import UpskillCurriculum
import UpskillGraph

/// `upskill show ROLE` as people read it: what the role is and how big, then its
/// requirements as a tree — its own items (an "any of" item as a branch of alternatives)
/// and each included role as a subtree — with hours; then its milestones, if it has any.
struct RoleTreeRenderer {
    let style: TextStyle
    let width: Int

    init(console: Console) {
        style = TextStyle(console: console)
        width = console.width
    }

    func render(_ summary: RoleSummary, in catalog: Catalog) -> String {
        let role = catalog.roles[Int(summary.role)]
        var lines: [String] = []
        lines.append(style.bold("\(role.id): \(role.name)"))
        var origin = ["role", "from " + catalog.provenance(ofSource: catalog.roleSources[Int(summary.role)])]
        if !role.includes.isEmpty { origin.append("includes " + role.includes.joined(separator: ", ")) }
        lines += TextWrapper.wrap(origin.joined(separator: " \(style.dot) "), width: width)
        let choices = "\(summary.choices.count) choice\(summary.choices.count == 1 ? "" : "s")"
        lines += TextWrapper.wrap(
            "\(summary.skillCount) skills (\(summary.mandatory.count) mandatory + \(choices)) \(style.dot) "
                + "\(formatHours(summary.hours)) hours",
            width: width)
        if !role.description.isEmpty {
            lines.append("")
            lines += TextWrapper.wrap(role.description, width: width)
        }
        lines.append("")
        lines.append(style.bold("Requirements:"))
        lines += TextWrapper.wrap(
            "Hours: a skill's own; a role's, those of every skill it needs whatever the choices, prerequisites "
                + "included (as in the counts above).",
            width: width
        ).map(style.dim)
        var table = TextTable(
            columns: [
                TextTable.Column(title: "REQUIREMENT"), TextTable.Column(title: "HOURS", alignsRight: true),
                TextTable.Column(title: "NAME", isFlexible: true),
            ],
            showsHeader: false)
        table.rows.append([role.id, "\(formatHours(summary.hours)) h", role.name])
        var visiting: Set<Int32> = [summary.role]
        appendChildren(of: summary.role, prefix: "", in: catalog, to: &table.rows, visiting: &visiting)
        lines += table.lines(width: width, style: style)
        lines += milestoneLines(of: summary.role, in: catalog)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The role's milestones in order, each with its outcome and requirements (an "any
    /// of" item as `aws|gcp|azure`), then the requirements no milestone names.
    private func milestoneLines(of role: Int32, in catalog: Catalog) -> [String] {
        let milestones = catalog.milestones(ofRole: role)
        guard !milestones.isEmpty else { return [] }
        let table = catalog.roleRequirements
        func describe(_ items: [Int]) -> String {
            items.map { item in
                table.members(of: item).map { catalog.id(ofSkill: $0) }.joined(separator: "|")
            }.joined(separator: ", ")
        }
        var lines = ["", style.bold("Milestones:")]
        for (position, milestone) in milestones.enumerated() {
            let count = "\(milestone.items.count) requirement\(milestone.items.count == 1 ? "" : "s")"
            lines += TextWrapper.wrap("\(position + 1). \(milestone.id): \(milestone.title) (\(count))", width: width)
            if !milestone.outcome.isEmpty {
                lines += TextWrapper.wrap(milestone.outcome, width: width, indent: 3).map(style.dim)
            }
            lines += TextWrapper.wrap(describe(milestone.items), width: width, indent: 3)
        }
        let named = Set(milestones.flatMap(\.items))
        let rest = table.items(of: Int(role)).filter { !named.contains($0) }
        if !rest.isEmpty {
            lines += TextWrapper.wrap("After the milestones: " + describe(rest), width: width)
        }
        return lines
    }

    private var glyphs: (branch: String, last: String, pipe: String, space: String) {
        style.usesUnicode ? ("├── ", "└── ", "│   ", "    ") : ("|-- ", "`-- ", "|   ", "    ")
    }

    /// A role's own items, then its included roles, as rows under `prefix`.
    private func appendChildren(
        of index: Int32, prefix: String, in catalog: Catalog, to rows: inout [[String]], visiting: inout Set<Int32>
    ) {
        let role = catalog.roles[Int(index)]
        let included = role.includes.compactMap(catalog.role).filter { !visiting.contains($0) }
        let count = role.requires.count + included.count
        var position = 0
        func connector() -> (String, String) {
            position += 1
            return position == count ? (glyphs.last, glyphs.space) : (glyphs.branch, glyphs.pipe)
        }
        for item in role.requires {
            let (lead, continuation) = connector()
            let members = item.skillIDs.compactMap(catalog.skill)
            if members.count == 1, let only = members.first {
                rows.append(skillRow(only, label: prefix + lead, in: catalog))
            } else {
                rows.append([prefix + lead + "any one of"])
                for (offset, member) in members.enumerated() {
                    let glyph = offset == members.count - 1 ? glyphs.last : glyphs.branch
                    rows.append(skillRow(member, label: prefix + continuation + glyph, in: catalog))
                }
            }
        }
        for child in included {
            let (lead, continuation) = connector()
            let summary = RoleSummary(role: child, catalog: catalog)
            let childRole = catalog.roles[Int(child)]
            rows.append([prefix + lead + childRole.id + " (role)", "\(formatHours(summary.hours)) h", childRole.name])
            visiting.insert(child)
            appendChildren(of: child, prefix: prefix + continuation, in: catalog, to: &rows, visiting: &visiting)
            visiting.remove(child)
        }
    }

    private func skillRow(_ index: Int32, label: String, in catalog: Catalog) -> [String] {
        let skill = catalog.skills[Int(index)]
        return [label + skill.id, "\(formatHours(skill.hours)) h", skill.name]
    }
}
