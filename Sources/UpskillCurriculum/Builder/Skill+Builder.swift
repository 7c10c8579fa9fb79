extension Skill {
    /// Creates a skill whose requirements are listed in a block, one a line.
    ///
    /// ```swift
    /// Skill("acme-feature-store", name: "Acme feature store", hours: 6, category: "mlops") {
    ///     "python"
    ///     AnyOf("sql", "spark")
    /// }
    /// ```
    /// - Parameters:
    ///   - id: The stable id, e.g. `acme-feature-store`.
    ///   - name: The display name.
    ///   - hours: Estimated hours to learn it to a working level; 0 for a milestone.
    ///   - category: A grouping for listings and progress.
    ///   - description: A one-line description.
    ///   - aliases: Former ids of the skill.
    ///   - fileID: The file it is declared in; leave the default.
    ///   - line: The line it is declared on; leave the default.
    ///   - requires: What must be known first: skill ids (mandatory) and ``AnyOf``
    ///     alternatives.
    /// - Throws: Whatever `requires` throws.
    public init(
        _ id: String,
        name: String,
        hours: Double,
        category: String = "general",
        description: String = "",
        aliases: [String] = [],
        fileID: String = #fileID,
        line: Int = #line,
        @RequirementsBuilder requires: () throws -> [Requirement]
    ) rethrows {
        self.init(
            id: id, name: name, category: category, hours: hours, description: description, requires: try requires(),
            aliases: aliases)
        declaredAt = CodeLocation(fileID: fileID, line: line)
    }

    /// Creates a skill that requires nothing, in the DSL's spelling.
    /// - Parameters:
    ///   - id: The stable id, e.g. `acme-platform-basics`.
    ///   - name: The display name.
    ///   - hours: Estimated hours to learn it to a working level; 0 for a milestone.
    ///   - category: A grouping for listings and progress.
    ///   - description: A one-line description.
    ///   - aliases: Former ids of the skill.
    ///   - fileID: The file it is declared in; leave the default.
    ///   - line: The line it is declared on; leave the default.
    public init(
        _ id: String,
        name: String,
        hours: Double,
        category: String = "general",
        description: String = "",
        aliases: [String] = [],
        fileID: String = #fileID,
        line: Int = #line
    ) {
        self.init(id: id, name: name, category: category, hours: hours, description: description, aliases: aliases)
        declaredAt = CodeLocation(fileID: fileID, line: line)
    }
}
