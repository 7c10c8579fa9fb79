extension Curriculum {
    /// The problems that can be seen in this curriculum alone, whatever else is loaded:
    /// malformed ids, negative or non-finite hours, `anyOf` groups with fewer than two
    /// distinct members, and ids defined twice within the curriculum.
    ///
    /// References to other skills and roles, conflicts with other curricula and cycles
    /// need the whole catalog; the graph module checks those.
    /// - Parameter source: The name diagnostics give for this curriculum.
    /// - Returns: The problems, in the order of the curriculum's contents.
    public func problems(source: String) -> [Diagnostic] {
        var checker = CurriculumChecker(source: source)
        checker.check(self)
        return checker.diagnostics
    }
}

/// Walks one curriculum value and collects what is wrong with it.
private struct CurriculumChecker {
    let source: String
    var diagnostics: [Diagnostic] = []
    /// Skill and role ids (and skill aliases) seen so far, with where they were defined.
    var definitions: [String: (path: JSONPath, what: String)] = [:]
    var resourceDefinitions: [String: JSONPath] = [:]

    init(source: String) {
        self.source = source
    }

    mutating func error(_ message: String, at path: JSONPath) {
        diagnostics.append(Diagnostic(.error, message, source: source, path: path))
    }

    mutating func check(_ curriculum: Curriculum) {
        let root = JSONPath.root
        checkID(curriculum.id, of: "curriculum", at: root.appending("curriculum"))
        if curriculum.title.isEmpty { error("the title is empty; give the curriculum a human title", at: root.appending("title")) }
        for (index, skill) in curriculum.skills.enumerated() {
            check(skill, at: root.appending("skills").appending(index))
        }
        for (index, role) in curriculum.roles.enumerated() {
            check(role, at: root.appending("roles").appending(index))
        }
        for (index, resource) in curriculum.resources.enumerated() {
            check(resource, at: root.appending("resources").appending(index), requiresTeaches: true)
        }
        for (index, extensionValue) in curriculum.extensions.enumerated() {
            let path = root.appending("extend").appending(index)
            checkReference(extensionValue.skill, at: path.appending("skill"))
            check(extensionValue.requires, at: path.appending("requires"))
            for (resourceIndex, resource) in extensionValue.resources.enumerated() {
                check(resource, at: path.appending("resources").appending(resourceIndex), requiresTeaches: false)
            }
        }
    }

    mutating func check(_ skill: Skill, at path: JSONPath) {
        if checkID(skill.id, of: "skill", at: path.appending("id")) {
            define(skill.id, as: "a skill", at: path.appending("id"))
        }
        if skill.name.isEmpty { error("the name of skill '\(skill.id)' is empty", at: path.appending("name")) }
        if skill.category.isEmpty { error("the category of skill '\(skill.id)' is empty", at: path.appending("category")) }
        if !skill.hours.isFinite || skill.hours < 0 {
            error(
                "hours must be a number ≥ 0 (0 for a milestone), not \(formatted(skill.hours))",
                at: path.appending("hours"))
        }
        check(skill.requires, at: path.appending("requires"))
        for (index, alias) in skill.aliases.enumerated() {
            let aliasPath = path.appending("aliases").appending(index)
            if alias == skill.id {
                error("'\(alias)' is the skill's own id, not a former one", at: aliasPath)
            } else if checkID(alias, of: "alias", at: aliasPath) {
                define(alias, as: "an alias of skill '\(skill.id)'", at: aliasPath)
            }
        }
    }

    mutating func check(_ role: Role, at path: JSONPath) {
        if checkID(role.id, of: "role", at: path.appending("id")) {
            define(role.id, as: "a role", at: path.appending("id"))
        }
        if role.name.isEmpty { error("the name of role '\(role.id)' is empty", at: path.appending("name")) }
        for (index, included) in role.includes.enumerated() {
            checkReference(included, at: path.appending("includes").appending(index))
        }
        check(role.requires, at: path.appending("requires"))
    }

    mutating func check(_ resource: Resource, at path: JSONPath, requiresTeaches: Bool) {
        if checkID(resource.id, of: "resource", at: path.appending("id")) {
            if let earlier = resourceDefinitions[resource.id] {
                error("resource '\(resource.id)' is defined twice (first at \(earlier))", at: path.appending("id"))
            } else {
                resourceDefinitions[resource.id] = path.appending("id")
            }
        }
        if resource.title.isEmpty { error("the title of resource '\(resource.id)' is empty", at: path.appending("title")) }
        if !(resource.url.hasPrefix("https://") || resource.url.hasPrefix("http://")) {
            error("the url must start with https:// or http://, not '\(resource.url)'", at: path.appending("url"))
        }
        if let hours = resource.hours, !hours.isFinite || hours < 0 {
            error("hours must be a number ≥ 0, not \(formatted(hours))", at: path.appending("hours"))
        }
        if let cost = resource.cost, !cost.isFinite || cost < 0 {
            error("cost must be a number ≥ 0 (0 for free), not \(formatted(cost))", at: path.appending("cost"))
        }
        if requiresTeaches && resource.teaches.isEmpty {
            error("the resource teaches no skill; list at least one skill id in 'teaches'", at: path.appending("teaches"))
        }
        for (index, id) in resource.teaches.enumerated() {
            checkReference(id, at: path.appending("teaches").appending(index))
        }
    }

    mutating func check(_ requirements: [Requirement], at path: JSONPath) {
        for (index, item) in requirements.enumerated() {
            let itemPath = path.appending(index)
            switch item {
            case .skill(let id):
                checkReference(id, at: itemPath)
            case .anyOf(let ids):
                let membersPath = itemPath.appending("anyOf")
                var seen: Set<String> = []
                for (memberIndex, id) in ids.enumerated() {
                    let memberPath = membersPath.appending(memberIndex)
                    if checkReference(id, at: memberPath), !seen.insert(id).inserted {
                        error("'\(id)' is listed twice in this anyOf", at: memberPath)
                    }
                }
                if seen.count < 2 && ids.count < 2 {
                    error(
                        "an anyOf needs at least two alternatives; for a single skill write its id: \"\(ids.first ?? "skill-id")\"",
                        at: membersPath)
                }
            }
        }
    }

    /// Reports a malformed id; returns whether the id is well formed.
    @discardableResult
    mutating func checkID(_ id: String, of what: String, at path: JSONPath) -> Bool {
        if Identifier.isValid(id) { return true }
        let hint = id.lowercased() != id && Identifier.isValid(id.lowercased()) ? "; did you mean '\(id.lowercased())'?" : ""
        error(
            "'\(id)' is not a valid \(what) id: ids match \(Identifier.pattern) (lowercase letters, digits, '.', '+', '-')\(hint)",
            at: path)
        return false
    }

    /// Reports a malformed reference; returns whether it is well formed.
    @discardableResult
    mutating func checkReference(_ id: String, at path: JSONPath) -> Bool {
        if Identifier.isValid(id) { return true }
        let hint = id.lowercased() != id && Identifier.isValid(id.lowercased()) ? "; did you mean '\(id.lowercased())'?" : ""
        error("'\(id)' is not a valid id: ids match \(Identifier.pattern)\(hint)", at: path)
        return false
    }

    mutating func define(_ id: String, as what: String, at path: JSONPath) {
        if let earlier = definitions[id] {
            error("'\(id)' is defined twice in this curriculum: as \(earlier.what) at \(earlier.path) and as \(what) here", at: path)
        } else {
            definitions[id] = (path, what)
        }
    }

    func formatted(_ value: Double) -> String {
        value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
