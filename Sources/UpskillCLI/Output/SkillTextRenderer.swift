import UpskillCurriculum
import UpskillGraph

/// `upskill show SKILL` as people read it: what the skill is, what it requires (an "any
/// of" item as its alternatives), what requires it, where to learn it (best first), and
/// the learner's own record when there is one.
struct SkillTextRenderer {
    let style: TextStyle
    let width: Int

    init(console: Console) {
        style = TextStyle(console: console)
        width = console.width
    }

    func render(_ index: Int32, in catalog: Catalog, progress: SkillProgressSummary?) -> String {
        let skill = catalog.skills[Int(index)]
        var lines: [String] = []
        lines.append(style.bold("\(skill.id): \(skill.name)"))
        let facts = [
            "skill", skill.category, "\(formatHours(skill.hours)) hours",
            "from " + catalog.provenance(ofSource: catalog.skillSources[Int(index)]),
        ]
        lines += TextWrapper.wrap(facts.joined(separator: " \(style.dot) "), width: width)
        if !skill.aliases.isEmpty {
            lines += TextWrapper.wrap("Also known as: " + skill.aliases.joined(separator: ", "), width: width)
        }
        if !skill.description.isEmpty {
            lines.append("")
            lines += TextWrapper.wrap(skill.description, width: width)
        }

        lines.append("")
        let table = catalog.requirements
        let items = table.items(of: Int(index))
        if items.isEmpty {
            lines.append(style.bold("Requires:") + " nothing")
        } else {
            lines.append(style.bold("Requires:"))
            var rows = SkillRows(catalog: catalog)
            for item in items {
                let members = table.members(of: item)
                if table.isAlternative(item) {
                    rows.heading("any one of:")
                    for member in members { rows.skill(member, indent: 2) }
                } else {
                    for member in members { rows.skill(member) }
                }
            }
            lines += rows.lines(width: width, style: style)
        }

        lines.append("")
        let skills = catalog.skillsRequiring(index)
        let roles = catalog.rolesRequiring(index)
        if skills.isEmpty && roles.isEmpty {
            lines.append(style.bold("Required by:") + " nothing")
        } else {
            lines.append(style.bold("Required by:"))
            var rows = SkillRows(catalog: catalog)
            for dependent in skills {
                rows.skill(dependent.index, note: dependent.isAlternative ? "(as an alternative)" : nil)
            }
            for dependent in roles {
                let role = catalog.roles[Int(dependent.index)]
                rows.row(
                    role.id, hours: "",
                    name: role.name + " (role" + (dependent.isAlternative ? ", as an alternative)" : ")"))
            }
            lines += rows.lines(width: width, style: style)
        }

        lines.append("")
        let resources = catalog.resourcesBySkill[Int(index)].map { catalog.resources[Int($0)] }
        if resources.isEmpty {
            lines.append(style.bold("Resources:") + " none listed")
        } else {
            lines.append(style.bold("Resources, best first:"))
            let numberWidth = String(resources.count).count + 1
            for (number, resource) in resources.enumerated() {
                var details = [resource.kind.rawValue]
                if let hours = resource.hours { details.append("\(formatHours(hours)) h") }
                if let cost = resource.cost { details.append(cost == 0 ? "free" : "$\(formatHours(cost))") }
                if let year = resource.updated { details.append("checked \(year)") }
                let label = String(number + 1) + "."
                let padded = String(repeating: " ", count: numberWidth - label.count) + label
                let text = "\(resource.title) (\(details.joined(separator: ", ")))"
                lines += TextWrapper.row(label: padded, text: text, indent: 2, column: 3 + numberWidth, width: width)
                lines.append(String(repeating: " ", count: 3 + numberWidth) + style.cyan(resource.url))
            }
        }

        if let progress {
            lines.append("")
            lines.append(style.bold("Your progress:") + " " + progress.state + (progress.since.map { " since \($0)" } ?? ""))
            for note in progress.notes {
                lines += TextWrapper.row(label: note.date, text: note.text, indent: 2, column: 14, width: width)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Rows of skills under a heading of `show`: id, hours and name, aligned and fitted to
/// the width.
private struct SkillRows {
    let catalog: Catalog
    var table = TextTable(
        columns: [
            TextTable.Column(title: "ID"), TextTable.Column(title: "HOURS", alignsRight: true),
            TextTable.Column(title: "NAME", isFlexible: true),
        ],
        showsHeader: false, indent: 2)

    init(catalog: Catalog) {
        self.catalog = catalog
    }

    mutating func skill(_ index: Int32, indent: Int = 0, note: String? = nil) {
        let skill = catalog.skills[Int(index)]
        let name = note.map { "\(skill.name) \($0)" } ?? skill.name
        row(String(repeating: " ", count: indent) + skill.id, hours: "\(formatHours(skill.hours)) h", name: name)
    }

    mutating func heading(_ text: String) {
        table.rows.append([text])
    }

    mutating func row(_ id: String, hours: String, name: String) {
        table.rows.append([id, hours, name])
    }

    func lines(width: Int, style: TextStyle) -> [String] {
        table.lines(width: width, style: style)
    }
}
