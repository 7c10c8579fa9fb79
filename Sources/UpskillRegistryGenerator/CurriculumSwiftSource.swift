import UpskillCurriculum

/// Writes a curriculum as Swift source: a function that builds the same ``Curriculum``
/// value with the model's plain initialisers, one statement a skill, role or resource.
///
/// Statement by statement rather than one large literal, so that the compiler checks each
/// on its own (a literal of hundreds of nested values is slow to type-check), in a function
/// marked `@_optimize(none)`: with the optimiser, the 145 skills, 8 roles and 195 resources
/// of `ds-to-mle.json` took over 3 CPU minutes to compile (over 10 s when cut into
/// functions of 12 statements), without it 2.7 s (the raw string literal before: 0.14 s).
/// The strings are literals, which cost no allocation at run time.
package enum CurriculumSwiftSource {
    /// The lines of `static func NAME() -> Curriculum`, indented for an extension.
    package static func function(named name: String, path: String, building curriculum: Curriculum) -> [String] {
        var lines = [
            "    /// `\(path)`, decoded and checked when this file was generated. Not optimised:",
            "    /// it runs once, and the optimiser takes minutes over a function this long.",
            "    @_optimize(none)",
            "    static func \(name)() -> Curriculum {",
        ]
        func section(_ variable: String, _ type: String, _ values: [String]) {
            guard !values.isEmpty else { return lines.append("        let \(variable): [\(type)] = []") }
            lines.append("        var \(variable): [\(type)] = []")
            lines.append("        \(variable).reserveCapacity(\(values.count))")
            lines += values.map { "        \(variable).append(\($0))" }
        }
        section("skills", "Skill", curriculum.skills.map(skill))
        section("roles", "Role", curriculum.roles.map(role))
        section("resources", "Resource", curriculum.resources.map(resource))
        section("extensions", "SkillExtension", curriculum.extensions.map(skillExtension))
        lines += [
            "        return Curriculum(",
            "            id: \(string(curriculum.id)), title: \(string(curriculum.title)), version: \(string(curriculum.version)),",
            "            description: \(optional(curriculum.description, string)),",
            "            skills: skills, roles: roles, resources: resources, extensions: extensions)",
            "    }",
        ]
        return lines
    }

    package static func skill(_ skill: Skill) -> String {
        "Skill(id: \(string(skill.id)), name: \(string(skill.name)), category: \(string(skill.category)), "
            + "hours: \(number(skill.hours)), description: \(string(skill.description)), "
            + "requires: \(requirements(skill.requires)), aliases: \(strings(skill.aliases)))"
    }

    package static func role(_ role: Role) -> String {
        "Role(id: \(string(role.id)), name: \(string(role.name)), description: \(string(role.description)), "
            + "includes: \(strings(role.includes)), requires: \(requirements(role.requires)), "
            + "milestones: [\(role.milestones.map(milestone).joined(separator: ", "))] as [Milestone])"
    }

    package static func milestone(_ milestone: Milestone) -> String {
        "Milestone(id: \(string(milestone.id)), title: \(string(milestone.title)), "
            + "outcome: \(string(milestone.outcome)), skills: \(strings(milestone.skills)))"
    }

    package static func resource(_ resource: Resource) -> String {
        "Resource(id: \(string(resource.id)), title: \(string(resource.title)), kind: .\(resource.kind.rawValue), "
            + "url: \(string(resource.url)), hours: \(optional(resource.hours, number)), "
            + "cost: \(optional(resource.cost, number)), teaches: \(strings(resource.teaches)), "
            + "updated: \(optional(resource.updated) { String($0) }))"
    }

    package static func skillExtension(_ skillExtension: SkillExtension) -> String {
        "SkillExtension(skill: \(string(skillExtension.skill)), requires: \(requirements(skillExtension.requires)), "
            + "resources: [\(skillExtension.resources.map(resource).joined(separator: ", "))] as [Resource])"
    }

    package static func requirements(_ items: [Requirement]) -> String {
        let written = items.map { item in
            switch item {
            case .skill(let id): ".skill(\(string(id)))"
            case .anyOf(let ids): ".anyOf(\(strings(ids)))"
            }
        }
        return "[\(written.joined(separator: ", "))] as [Requirement]"
    }

    package static func strings(_ values: [String]) -> String {
        "[\(values.map(string).joined(separator: ", "))] as [String]"
    }

    package static func optional<Value>(_ value: Value?, _ write: (Value) -> String) -> String {
        value.map(write) ?? "nil"
    }

    /// A `Double` as a literal that reads back as the same value: Swift prints the
    /// shortest digits that do (`40.0`, `2.5`, `1e-05`).
    package static func number(_ value: Double) -> String {
        "\(value)"
    }

    /// A Swift string literal holding `text` exactly.
    package static func string(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": literal += "\\\\"
            case "\"": literal += "\\\""
            case "\n": literal += "\\n"
            case "\r": literal += "\\r"
            case "\t": literal += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                literal += "\\u{\(String(scalar.value, radix: 16))}"
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }
}
