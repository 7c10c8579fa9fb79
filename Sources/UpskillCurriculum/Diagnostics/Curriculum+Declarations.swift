extension Curriculum {
    /// The Swift declaration that holds the value at `path`: the skill, role, milestone
    /// or extension the path leads into, else the curriculum itself.
    ///
    /// A resource records no declaration of its own: one inside an extension is found at
    /// the extension, one at the top of the curriculum at the curriculum.
    /// - Parameter path: A path into this curriculum, as diagnostics give it.
    /// - Returns: The location and what is declared there (e.g. `skill 'acme-store'`), or
    ///   `nil` when that value was not built with the DSL (it was decoded from JSON).
    package func declaration(containing path: JSONPath) -> (location: CodeLocation, subject: String)? {
        let components = path.components
        func index(_ section: String, in count: Int) -> Int? {
            guard components.count >= 2, components[0] == .key(section), case .index(let index) = components[1],
                index >= 0, index < count
            else { return nil }
            return index
        }
        if let index = index("skills", in: skills.count) {
            let skill = skills[index]
            return skill.declaredAt.map { ($0, "skill '\(skill.id)'") }
        }
        if let index = index("roles", in: roles.count) {
            let role = roles[index]
            if components.count >= 4, components[2] == .key("milestones"), case .index(let position) = components[3],
                role.milestones.indices.contains(position)
            {
                let milestone = role.milestones[position]
                if let location = milestone.declaredAt ?? role.declaredAt {
                    return (location, "milestone '\(milestone.id)'")
                }
                return nil
            }
            return role.declaredAt.map { ($0, "role '\(role.id)'") }
        }
        if let index = index("extend", in: extensions.count) {
            let extended = extensions[index]
            if components.count >= 4, components[2] == .key("resources"), case .index(let position) = components[3],
                extended.resources.indices.contains(position)
            {
                let resource = extended.resources[position]
                return extended.declaredAt.map { ($0, "resource '\(resource.id)' in Extend(\"\(extended.skill)\")") }
            }
            return extended.declaredAt.map { ($0, "Extend(\"\(extended.skill)\")") }
        }
        if let index = index("resources", in: resources.count) {
            return declaredAt.map { ($0, "resource '\(resources[index].id)' of curriculum '\(id)'") }
        }
        return declaredAt.map { ($0, "curriculum '\(id)'") }
    }

    /// The diagnostics with the Swift declaration of each filled in, where this
    /// curriculum was built with the DSL and the diagnostic has no line of its own.
    package func locatingDeclarations(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            guard diagnostic.line == nil, diagnostic.declaredAt == nil, let path = diagnostic.path,
                let declaration = declaration(containing: path)
            else { return diagnostic }
            var located = diagnostic
            located.declaredAt = declaration.location
            located.subject = declaration.subject
            return located
        }
    }
}
