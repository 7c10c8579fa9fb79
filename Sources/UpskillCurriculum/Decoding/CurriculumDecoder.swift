/// Decodes a curriculum from JSON (format version 1), reporting every shape problem at
/// once with its JSON path and line and column: from a parsed document
/// (``decodeCurriculum()``), or element by element as the file is parsed
/// (``decodeCurriculum(elementwise:)``).
///
/// Shape problems are wrong types, missing keys, unknown keys (with "did you mean") and
/// keys given twice. Rules about values (id syntax, hours, anyOf sizes) are checked by
/// ``Curriculum/problems(source:)`` for every kind of source alike.
struct CurriculumDecoder: Sendable {
    /// The newest format version this decoder reads.
    static let formatVersion = 1

    /// The parsed document, when decoding one (nil when decoding element by element).
    let document: JSONDocument?
    /// The file's line starts, for the positions of diagnostics.
    let lineTable: JSONLineTable
    let source: String
    /// The tape while decoding runs (empty otherwise): values are indices on it, so
    /// decoding retains nothing per value.
    var tape = JSONTape.empty
    private(set) var diagnostics: [Diagnostic] = []
    /// The path of the value being decoded. Kept as a stack, so that a path value is only
    /// made for a diagnostic: most files have none, and large ones have many values.
    var pathStack: [JSONPath.Component] = []
    /// The elements of the root object's arrays decoded while the file was parsed, when
    /// decoding element by element.
    var elements = DecodedElements()

    /// A decoder of the parsed `document`.
    init(document: JSONDocument, source: String) {
        self.document = document
        self.lineTable = document.lineTable
        self.source = source
        pathStack.reserveCapacity(8)
    }

    /// A decoder of the file `bytes`, to parse and decode element by element
    /// (``decodeCurriculum(elementwise:)``).
    init(bytes: [UInt8], source: String) {
        self.document = nil
        self.lineTable = JSONLineTable(bytes: bytes)
        self.source = source
        pathStack.reserveCapacity(8)
    }

    /// Decodes a value one step deeper in the document.
    mutating func descending<Result>(into component: JSONPath.Component, _ body: (inout Self) -> Result) -> Result {
        pathStack.append(component)
        defer { pathStack.removeLast() }
        return body(&self)
    }

    /// Makes the last component of the current path the array index `index` (inside
    /// ``descending(into:_:)`` with an index).
    @inline(__always)
    mutating func setLastIndex(_ index: Int) {
        guard !pathStack.isEmpty else { return }
        pathStack[pathStack.count - 1] = .index(index)
    }

    /// Reports a problem with a value (a tape index) at the current path (or its member
    /// `key`).
    mutating func error(_ message: String, at value: Int, key: String? = nil) {
        error(message, offset: tape.offset(value), key: key)
    }

    /// Reports a problem at a byte offset, at the current path (or its member `key`).
    mutating func error(_ message: String, offset: Int, key: String? = nil) {
        let position = lineTable.position(ofOffset: offset)
        var components = pathStack
        if let key { components.append(.key(key)) }
        diagnostics.append(
            Diagnostic(
                .error, message, source: source, path: JSONPath(components: components), line: position.line,
                column: position.column))
    }

    /// The curriculum, as much of it as has the right shape: an item with a wrong value is
    /// left out (a skill or role whose id can be read is kept, with defaults, so that
    /// references to it do not cascade into more errors). `nil` when the document is not
    /// an object with an id and a title. Every problem is in ``diagnostics``.
    mutating func decodeCurriculum() -> Curriculum? {
        guard let document else { return nil }
        return document.withTape { tape in
            self.tape = tape
            defer { self.tape = .empty }
            return decodeCurriculum(JSONTape.root)
        }
    }

    /// Decodes the curriculum whose tape is `tape`, from its root. The members that were
    /// decoded element by element (``elements``) are taken from there.
    mutating func decodeCurriculum(_ value: Int) -> Curriculum? {
        guard var object = ObjectReader(value, what: "a curriculum", keys: Keys.Curriculum.keys, decoder: &self)
        else { return nil }
        if let format = object.number(Keys.Curriculum.format, decoder: &self),
            let formatValue = object.value(Keys.Curriculum.format), format != Double(Self.formatVersion)
        {
            // Only a whole number in range names a newer version; `Int(format)` of anything
            // else (1e19, NaN) would trap.
            let message =
                format > Double(Self.formatVersion) && format <= CurriculumLimits.maximumFormatVersion
                    && format == format.rounded()
                ? "this curriculum is written for format version \(Int(format)), but this upskill reads version \(Self.formatVersion); upgrade upskill"
                : "unsupported format version \(format); this upskill reads format version \(Self.formatVersion) (a whole number from 1 to \(Int(CurriculumLimits.maximumFormatVersion)))"
            error(message, at: formatValue, key: "format")
        }
        _ = object.string(Keys.Curriculum.schema, decoder: &self)
        let id = object.string(Keys.Curriculum.curriculum, required: "the curriculum's id, e.g. \"acme-platform\"", decoder: &self)
        let title = object.string(Keys.Curriculum.title, required: "a human title", decoder: &self)
        let version = object.string(Keys.Curriculum.version, decoder: &self) ?? "1.0.0"
        let description = object.string(Keys.Curriculum.description, decoder: &self)
        // An array decoded element by element is empty on the tape: its elements are taken
        // from `elements` (the array is then known to be the member's value, an array).
        let skills =
            elements.take(\.skills, slot: Keys.Curriculum.skills, at: object.value(Keys.Curriculum.skills))
            ?? object.array(Keys.Curriculum.skills, decoder: &self) { decoder, value in decoder.decodeSkill(value) }
        let roles =
            elements.take(\.roles, slot: Keys.Curriculum.roles, at: object.value(Keys.Curriculum.roles))
            ?? object.array(Keys.Curriculum.roles, decoder: &self) { decoder, value in decoder.decodeRole(value) }
        let resources =
            elements.take(\.resources, slot: Keys.Curriculum.resources, at: object.value(Keys.Curriculum.resources))
            ?? object.array(Keys.Curriculum.resources, decoder: &self) { decoder, value in
                decoder.decodeResource(value, defaultTeaches: nil)
            }
        let extensions =
            elements.take(\.extensions, slot: Keys.Curriculum.extend, at: object.value(Keys.Curriculum.extend))
            ?? object.array(Keys.Curriculum.extend, decoder: &self) { decoder, value in decoder.decodeExtension(value) }
        guard let id, let title else { return nil }
        return Curriculum(
            id: id, title: title, version: version, description: description, skills: skills ?? [],
            roles: roles ?? [], resources: resources ?? [], extensions: extensions ?? [])
    }

    mutating func decodeSkill(_ value: Int) -> Skill? {
        guard var object = ObjectReader(value, what: "a skill", keys: Keys.Skill.keys, decoder: &self) else { return nil }
        let id = object.string(Keys.Skill.id, required: "the skill's id, e.g. \"docker\"", decoder: &self)
        let name = object.string(Keys.Skill.name, required: "a display name, e.g. \"Docker\"", decoder: &self)
        let category = object.string(Keys.Skill.category, decoder: &self) ?? "general"
        let hours = object.number(Keys.Skill.hours, required: "a number ≥ 0 (0 for a milestone)", decoder: &self)
        let description = object.string(Keys.Skill.description, decoder: &self) ?? ""
        let requires = decodeRequirements(in: &object, slot: Keys.Skill.requires)
        let aliases = object.array(Keys.Skill.aliases, decoder: &self) { decoder, value in
            decoder.decodeString(value, what: "a former id of this skill")
        }
        guard let id else { return nil }
        return Skill(
            id: id, name: name ?? id, category: category, hours: hours ?? 0, description: description,
            requires: requires, aliases: aliases ?? [])
    }

    mutating func decodeRole(_ value: Int) -> Role? {
        guard var object = ObjectReader(value, what: "a role", keys: Keys.Role.keys, decoder: &self) else { return nil }
        let id = object.string(Keys.Role.id, required: "the role's id, e.g. \"ml-engineer\"", decoder: &self)
        let name = object.string(Keys.Role.name, required: "a display name", decoder: &self)
        let description = object.string(Keys.Role.description, decoder: &self) ?? ""
        let includes = object.array(Keys.Role.includes, decoder: &self) { decoder, value in
            decoder.decodeString(value, what: "a role id")
        }
        let requires = decodeRequirements(in: &object, slot: Keys.Role.requires)
        let milestones = object.array(Keys.Role.milestones, decoder: &self) { decoder, value in decoder.decodeMilestone(value) }
        guard let id else { return nil }
        return Role(
            id: id, name: name ?? id, description: description, includes: includes ?? [], requires: requires,
            milestones: milestones ?? [])
    }

    mutating func decodeMilestone(_ value: Int) -> Milestone? {
        guard var object = ObjectReader(value, what: "a milestone", keys: Keys.Milestone.keys, decoder: &self)
        else { return nil }
        let id = object.string(Keys.Milestone.id, required: "the milestone's id, unique in the role, e.g. \"ship\"", decoder: &self)
        let title = object.string(Keys.Milestone.title, required: "a short title, e.g. \"Ship one of your models\"", decoder: &self)
        let outcome = object.string(Keys.Milestone.outcome, decoder: &self) ?? ""
        let skills = object.array(
            Keys.Milestone.skills, required: "the ids of the requirements it groups, e.g. [\"git\", \"docker\"]", decoder: &self
        ) { decoder, value in decoder.decodeString(value, what: "a skill id") }
        guard let id, let title, let skills else { return nil }
        return Milestone(id: id, title: title, outcome: outcome, skills: skills)
    }

    mutating func decodeResource(_ value: Int, defaultTeaches: String?) -> Resource? {
        guard var object = ObjectReader(value, what: "a resource", keys: Keys.Resource.keys, decoder: &self)
        else { return nil }
        func kinds() -> [String] { Resource.Kind.allCases.map(\.rawValue) }
        let id = object.string(Keys.Resource.id, required: "the resource's id, e.g. \"docker-get-started\"", decoder: &self)
        let title = object.string(Keys.Resource.title, required: "its title", decoder: &self)
        var kind: Resource.Kind?
        if let kindName = object.string(Keys.Resource.kind, required: "one of " + kinds().joined(separator: ", "), decoder: &self),
            let kindValue = object.value(Keys.Resource.kind)
        {
            kind = Resource.Kind(rawValue: kindName)
            if kind == nil {
                let hint = Suggestion.closest(to: kindName, in: kinds()).map { "did you mean '\($0)'? " } ?? ""
                error(
                    "unknown resource kind '\(kindName)'; \(hint)accepted kinds: \(kinds().joined(separator: ", "))",
                    at: kindValue, key: "kind")
            }
        }
        let url = object.string(Keys.Resource.url, required: "where to find it, e.g. \"https://…\"", decoder: &self)
        let hours = object.number(Keys.Resource.hours, decoder: &self)
        let cost = object.number(Keys.Resource.cost, decoder: &self)
        var updated: Int?
        if let year = object.number(Keys.Resource.updated, decoder: &self), let yearValue = object.value(Keys.Resource.updated) {
            let years = Resource.updatedYears
            if year == year.rounded(), year >= Double(years.lowerBound), year <= Double(years.upperBound) {
                updated = Int(year)
            } else {
                error(
                    "'updated' must be the year the entry was last checked, a whole number from \(years.lowerBound) to \(years.upperBound) (e.g. 2026), not \(year.isFinite && year == year.rounded() && abs(year) < 1e15 ? String(Int(year)) : String(year))",
                    at: yearValue, key: "updated")
            }
        }
        let teaches: [String]?
        if let defaultTeaches {
            teaches =
                object.array(Keys.Resource.teaches, decoder: &self) { decoder, value in
                    decoder.decodeString(value, what: "a skill id")
                } ?? [defaultTeaches]
        } else {
            teaches = object.array(Keys.Resource.teaches, required: "the ids of the skills it teaches", decoder: &self) {
                decoder, value in decoder.decodeString(value, what: "a skill id")
            }
        }
        guard let id, let title, let kind, let url, let teaches else { return nil }
        return Resource(
            id: id, title: title, kind: kind, url: url, hours: hours, cost: cost, teaches: teaches, updated: updated)
    }

    mutating func decodeExtension(_ value: Int) -> SkillExtension? {
        guard var object = ObjectReader(value, what: "an extension", keys: Keys.Extension.keys, decoder: &self)
        else { return nil }
        let skill = object.string(Keys.Extension.skill, required: "the id of the skill to extend", decoder: &self)
        let requires = decodeRequirements(in: &object, slot: Keys.Extension.requires)
        let resources = object.array(Keys.Extension.resources, decoder: &self) { decoder, value in
            decoder.decodeResource(value, defaultTeaches: skill ?? "")
        }
        guard let skill else { return nil }
        return SkillExtension(skill: skill, requires: requires, resources: resources ?? [])
    }

    /// The `requires` list of a skill, role or extension (empty when absent), the member
    /// in `slot`.
    mutating func decodeRequirements(in object: inout ObjectReader, slot: Int) -> [Requirement] {
        object.array(slot, decoder: &self) { decoder, value in
            decoder.decodeRequirement(value)
        } ?? []
    }

    mutating func decodeRequirement(_ value: Int) -> Requirement? {
        if let id = tape.string(value) { return .skill(id) }
        guard tape.kind(value) == .object else {
            error(
                "expected a skill id or {\"anyOf\": [ids]}, found \(tape.kind(value).description)", at: value)
            return nil
        }
        guard var object = ObjectReader(value, what: "an anyOf requirement", keys: Keys.AnyOf.keys, decoder: &self)
        else { return nil }
        let members = object.array(Keys.AnyOf.anyOf, required: "the alternative skill ids", decoder: &self) {
            decoder, value in decoder.decodeString(value, what: "a skill id")
        }
        return members.map(Requirement.anyOf)
    }

    mutating func decodeString(_ value: Int, what: String) -> String? {
        if let string = tape.string(value) { return string }
        error("expected \(what) (a string), found \(tape.kind(value).description)", at: value)
        return nil
    }

    /// The allowed keys of each kind of object, made once, and the slot of each key (its
    /// position in `keys`).
    enum Keys {
        enum Curriculum {
            static let keys = ObjectKeys([
                "format", "$schema", "curriculum", "title", "version", "description", "skills", "roles", "resources",
                "extend",
            ])
            static let format = 0, schema = 1, curriculum = 2, title = 3, version = 4, description = 5, skills = 6
            static let roles = 7, resources = 8, extend = 9
        }

        enum Skill {
            static let keys = ObjectKeys(["id", "name", "category", "hours", "description", "requires", "aliases"])
            static let id = 0, name = 1, category = 2, hours = 3, description = 4, requires = 5, aliases = 6
        }

        enum Role {
            static let keys = ObjectKeys(["id", "name", "description", "includes", "requires", "milestones"])
            static let id = 0, name = 1, description = 2, includes = 3, requires = 4, milestones = 5
        }

        enum Milestone {
            static let keys = ObjectKeys(["id", "title", "outcome", "skills"])
            static let id = 0, title = 1, outcome = 2, skills = 3
        }

        enum Resource {
            static let keys = ObjectKeys(["id", "title", "kind", "url", "hours", "cost", "teaches", "updated"])
            static let id = 0, title = 1, kind = 2, url = 3, hours = 4, cost = 5, teaches = 6, updated = 7
        }

        enum Extension {
            static let keys = ObjectKeys(["skill", "requires", "resources"])
            static let skill = 0, requires = 1, resources = 2
        }

        enum AnyOf {
            static let keys = ObjectKeys(["anyOf"])
            static let anyOf = 0
        }
    }
}
