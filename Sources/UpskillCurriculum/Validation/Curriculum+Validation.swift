extension Curriculum {
    /// The problems that can be seen in this curriculum alone, whatever else is loaded:
    /// malformed ids, negative or non-finite hours, `anyOf` groups with fewer than two
    /// distinct members, ids defined twice within the curriculum, and milestones with a
    /// duplicate id, no title or no skills.
    ///
    /// References to other skills and roles, conflicts with other curricula and cycles
    /// need the whole catalog; the graph module checks those.
    /// - Parameter source: The name diagnostics give for this curriculum.
    /// - Returns: The problems, in the order of the curriculum's contents; for values built
    ///   with the DSL, each names the Swift file and line of its declaration.
    public func problems(source: String) -> [Diagnostic] {
        var checker = CurriculumChecker(source: source)
        checker.check(self)
        return locatingDeclarations(checker.diagnostics)
    }
}

/// Walks one curriculum value and collects what is wrong with it.
private struct CurriculumChecker {
    let source: String
    var diagnostics: [Diagnostic] = []
    /// Skill and role ids (and skill aliases) seen so far, with where they were defined
    /// (what each is follows from the place: see ``what(_:)``).
    var definitions = Definitions()
    var resourceDefinitions = Definitions()
    /// The skills of the curriculum being checked, to name an alias's skill.
    var skills: [Skill] = []

    /// Where an id is defined, kept small (16 bytes, no string): paths are only spelled
    /// out for a diagnostic, and almost every curriculum has none.
    struct Place {
        /// The top-level key of the section.
        enum Section: String {
            case skills, roles, resources, extend
        }

        var section: Section
        var index: Int32
        /// For an alias: its index in the skill's `aliases`; otherwise -1.
        var alias: Int32
        /// For a resource inside `extend`: its index in the extension's `resources`;
        /// otherwise -1.
        var resource: Int32

        init(section: Section, index: Int, alias: Int? = nil, resource: Int? = nil) {
            self.section = section
            self.index = Int32(truncatingIfNeeded: index)
            self.alias = alias.map { Int32(truncatingIfNeeded: $0) } ?? -1
            self.resource = resource.map { Int32(truncatingIfNeeded: $0) } ?? -1
        }

        /// The defined value: `skills[3]`, or `extend[1].resources[0]`.
        var path: JSONPath {
            let path = JSONPath.root.appending(section.rawValue).appending(Int(index))
            return resource >= 0 ? path.appending("resources").appending(Int(resource)) : path
        }

        /// The id itself: `skills[3].id`, or `skills[3].aliases[1]` for an alias.
        var idPath: JSONPath {
            alias >= 0 ? path.appending("aliases").appending(Int(alias)) : path.appending("id")
        }
    }

    /// Ids with where each was first defined.
    struct Definitions {
        private var ids: IDTable
        private var places: [Place] = []

        init(capacity: Int = 0) {
            ids = IDTable(capacity: capacity)
            places.reserveCapacity(capacity)
        }

        /// Records that `id` is defined at `place`, unless it was defined before.
        /// - Returns: Where it was defined before (the record is then unchanged), or nil.
        mutating func define(_ id: String, at place: Place) -> Place? {
            if let earlier = ids.insert(id, Int32(places.count)) { return places[Int(earlier)] }
            places.append(place)
            return nil
        }
    }

    /// What the id defined at `place` is: "a skill", "a role" or "an alias of skill 'x'".
    func what(_ place: Place) -> String {
        switch place.section {
        case .roles: return "a role"
        case .skills where place.alias >= 0 && Int(place.index) < skills.count:
            return "an alias of skill '\(skills[Int(place.index)].id)'"
        default: return "a skill"
        }
    }

    init(source: String) {
        self.source = source
    }

    mutating func error(_ message: String, at path: @autoclosure () -> JSONPath) {
        diagnostics.append(Diagnostic(.error, message, source: source, path: path()))
    }

    mutating func check(_ curriculum: Curriculum) {
        definitions = Definitions(capacity: curriculum.skills.count + curriculum.roles.count)
        skills = curriculum.skills
        let root = JSONPath.root
        checkID(curriculum.id, of: "curriculum", at: root.appending("curriculum"))
        if curriculum.title.isEmpty { error("the title is empty; give the curriculum a human title", at: root.appending("title")) }
        // Through the arrays' buffers, so that each value is borrowed rather than copied
        // (a copy retains its five strings and two arrays).
        curriculum.skills.withUnsafeBufferPointer { skills in
            for index in skills.indices {
                check(skills[index], index: index)
            }
        }
        curriculum.roles.withUnsafeBufferPointer { roles in
            for index in roles.indices {
                check(roles[index], index: index)
            }
        }
        for (index, resource) in curriculum.resources.enumerated() {
            check(resource, place: Place(section: .resources, index: index), requiresTeaches: true)
        }
        for (index, extensionValue) in curriculum.extensions.enumerated() {
            let path = root.appending("extend").appending(index)
            checkReference(extensionValue.skill, at: path.appending("skill"))
            check(extensionValue.requires, at: path.appending("requires"))
            for (resourceIndex, resource) in extensionValue.resources.enumerated() {
                check(
                    resource, place: Place(section: .extend, index: index, resource: resourceIndex),
                    requiresTeaches: false)
            }
        }
    }

    mutating func check(_ skill: Skill, index: Int) {
        let place = Place(section: .skills, index: index)
        func path() -> JSONPath { place.path }
        if checkID(skill.id, of: "skill", at: path().appending("id")) {
            define(skill.id, at: place)
        }
        if skill.name.isEmpty { error("the name of skill '\(skill.id)' is empty", at: path().appending("name")) }
        if skill.category.isEmpty { error("the category of skill '\(skill.id)' is empty", at: path().appending("category")) }
        if !skill.hours.isFinite || skill.hours < 0 || skill.hours > CurriculumLimits.maximumHours {
            error(
                "hours must be a number from 0 (for a milestone) to \(formatted(CurriculumLimits.maximumHours)), not \(formatted(skill.hours))",
                at: path().appending("hours"))
        }
        check(skill.requires, at: path().appending("requires"))
        for (aliasIndex, alias) in skill.aliases.enumerated() {
            let aliasPlace = Place(section: .skills, index: index, alias: aliasIndex)
            if alias == skill.id {
                error("'\(alias)' is the skill's own id, not a former one", at: aliasPlace.idPath)
            } else if checkID(alias, of: "alias", at: aliasPlace.idPath) {
                define(alias, at: aliasPlace)
            }
        }
    }

    mutating func check(_ role: Role, index: Int) {
        let place = Place(section: .roles, index: index)
        func path() -> JSONPath { place.path }
        if checkID(role.id, of: "role", at: path().appending("id")) {
            define(role.id, at: place)
        }
        if role.name.isEmpty { error("the name of role '\(role.id)' is empty", at: path().appending("name")) }
        for (index, included) in role.includes.enumerated() {
            checkReference(included, at: path().appending("includes").appending(index))
        }
        check(role.requires, at: path().appending("requires"))
        check(role.milestones, of: role, at: path().appending("milestones"))
    }

    /// Milestone ids, titles and skill lists. Whether each skill names a requirement of
    /// the role (or of a role it includes), and only one milestone names it, needs the
    /// included roles: the catalog checks that.
    mutating func check(_ milestones: [Milestone], of role: Role, at path: @autoclosure () -> JSONPath) {
        var seen: [String: Int] = [:]
        for (index, milestone) in milestones.enumerated() {
            func milestonePath() -> JSONPath { path().appending(index) }
            if checkID(milestone.id, of: "milestone", at: milestonePath().appending("id")) {
                if let earlier = seen[milestone.id] {
                    error(
                        "role '\(role.id)' has two milestones with the id '\(milestone.id)' (the first at \(path().appending(earlier).appending("id"))); give each milestone its own id",
                        at: milestonePath().appending("id"))
                } else {
                    seen[milestone.id] = index
                }
            }
            if milestone.title.isEmpty {
                error(
                    "the title of milestone '\(milestone.id)' is empty; say what the stage is, e.g. \"Ship one of your models\"",
                    at: milestonePath().appending("title"))
            }
            if milestone.skills.isEmpty {
                error(
                    "milestone '\(milestone.id)' of role '\(role.id)' names no requirement; list the ids of the requirements it groups in 'skills', or remove it",
                    at: milestonePath().appending("skills"))
            }
            for (skillIndex, id) in milestone.skills.enumerated() {
                checkReference(id, at: milestonePath().appending("skills").appending(skillIndex))
            }
        }
    }

    mutating func check(_ resource: Resource, place: Place, requiresTeaches: Bool) {
        func path() -> JSONPath { place.path }
        if checkID(resource.id, of: "resource", at: place.idPath) {
            if let earlier = resourceDefinitions.define(resource.id, at: place) {
                error("resource '\(resource.id)' is defined twice (first at \(earlier.idPath))", at: place.idPath)
            }
        }
        if resource.title.isEmpty { error("the title of resource '\(resource.id)' is empty", at: path().appending("title")) }
        if !(resource.url.hasPrefix("https://") || resource.url.hasPrefix("http://")) {
            error("the url must start with https:// or http://, not '\(resource.url)'", at: path().appending("url"))
        }
        if let hours = resource.hours, !hours.isFinite || hours < 0 || hours > CurriculumLimits.maximumHours {
            error(
                "hours must be a number from 0 to \(formatted(CurriculumLimits.maximumHours)), not \(formatted(hours))",
                at: path().appending("hours"))
        }
        if let cost = resource.cost, !cost.isFinite || cost < 0 || cost > CurriculumLimits.maximumCost {
            error(
                "cost must be a number from 0 (for free) to \(formatted(CurriculumLimits.maximumCost)), not \(formatted(cost))",
                at: path().appending("cost"))
        }
        if let year = resource.updated, !Resource.updatedYears.contains(year) {
            error(
                "'updated' must be the year the entry was last checked, from \(Resource.updatedYears.lowerBound) to \(Resource.updatedYears.upperBound) (e.g. 2026), not \(year)",
                at: path().appending("updated"))
        }
        if requiresTeaches && resource.teaches.isEmpty {
            error("the resource teaches no skill; list at least one skill id in 'teaches'", at: path().appending("teaches"))
        }
        for (index, id) in resource.teaches.enumerated() {
            checkReference(id, at: path().appending("teaches").appending(index))
        }
    }

    mutating func check(_ requirements: [Requirement], at path: @autoclosure () -> JSONPath) {
        for index in requirements.indices {
            switch requirements[index] {
            case .skill(let id):
                checkReference(id, at: path().appending(index))
            case .anyOf(let ids):
                for (memberIndex, id) in ids.enumerated() {
                    if checkReference(id, at: path().appending(index).appending("anyOf").appending(memberIndex)),
                        ids[..<memberIndex].contains(id)
                    {
                        error(
                            "'\(id)' is listed twice in this anyOf",
                            at: path().appending(index).appending("anyOf").appending(memberIndex))
                    }
                }
                if ids.count < 2 {
                    error(
                        "an anyOf needs at least two alternatives; for a single skill write its id: \"\(ids.first ?? "skill-id")\"",
                        at: path().appending(index).appending("anyOf"))
                }
            }
        }
    }

    /// Reports a malformed id; returns whether the id is well formed.
    @discardableResult @inline(__always)
    mutating func checkID(_ id: String, of what: String, at path: @autoclosure () -> JSONPath) -> Bool {
        if Identifier.isValid(id) { return true }
        reportID(id, of: what, at: path())
        return false
    }

    mutating func reportID(_ id: String, of what: String, at path: JSONPath) {
        let hint = id.lowercased() != id && Identifier.isValid(id.lowercased()) ? "; did you mean '\(id.lowercased())'?" : ""
        error(
            "'\(id)' is not a valid \(what) id: ids match \(Identifier.pattern) (lowercase letters, digits, '.', '+', '-')\(hint)",
            at: path)
    }

    /// Reports a malformed reference; returns whether it is well formed.
    @discardableResult @inline(__always)
    mutating func checkReference(_ id: String, at path: @autoclosure () -> JSONPath) -> Bool {
        if Identifier.isValid(id) { return true }
        reportReference(id, at: path())
        return false
    }

    mutating func reportReference(_ id: String, at path: JSONPath) {
        let hint = id.lowercased() != id && Identifier.isValid(id.lowercased()) ? "; did you mean '\(id.lowercased())'?" : ""
        error("'\(id)' is not a valid id: ids match \(Identifier.pattern)\(hint)", at: path)
    }

    /// Records where `id` is defined, hashing it once; reports it if it was defined
    /// before (the first definition is kept).
    mutating func define(_ id: String, at place: Place) {
        guard let earlier = definitions.define(id, at: place) else { return }
        error(
            "'\(id)' is defined twice in this curriculum: as \(what(earlier)) at \(earlier.idPath) and as \(what(place)) here",
            at: place.idPath)
    }

    func formatted(_ value: Double) -> String {
        value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
