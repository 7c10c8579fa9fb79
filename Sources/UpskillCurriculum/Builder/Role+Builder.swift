extension Role {
    /// Creates a role whose own requirements are listed in a block, one a line.
    ///
    /// ```swift
    /// Role("acme-ml-engineer", name: "ML engineer at Acme", includes: ["ml-engineer"]) {
    ///     "acme-feature-store"
    /// }
    /// ```
    /// - Parameters:
    ///   - id: The stable id, e.g. `acme-ml-engineer`.
    ///   - name: The display name.
    ///   - description: A paragraph about the role.
    ///   - includes: Ids of roles whose requirements this role also has.
    ///   - fileID: The file it is declared in; leave the default.
    ///   - line: The line it is declared on; leave the default.
    ///   - requires: The role's own requirements: skill ids (mandatory) and ``AnyOf``
    ///     alternatives.
    /// - Throws: Whatever `requires` throws.
    public init(
        _ id: String,
        name: String,
        description: String = "",
        includes: [String] = [],
        fileID: String = #fileID,
        line: Int = #line,
        @RequirementsBuilder requires: () throws -> [Requirement]
    ) rethrows {
        self.init(id: id, name: name, description: description, includes: includes, requires: try requires())
        declaredAt = CodeLocation(fileID: fileID, line: line)
    }

    /// Creates a role whose own requirements are listed in one block and whose milestones
    /// (the stages to learn its requirements in) in a second.
    ///
    /// ```swift
    /// Role("acme-ml-engineer", name: "ML engineer at Acme", includes: ["ml-engineer"]) {
    ///     "acme-feature-store"
    /// } milestones: {
    ///     Milestone("acme-onboarding", title: "Onboard at Acme", outcome: "Publish a feature to the store") {
    ///         "acme-feature-store"
    ///         "docker"    // a requirement of the included ml-engineer
    ///     }
    /// }
    /// ```
    /// A role with no requirements of its own writes an empty first block: `Role(…) {} milestones: { … }`.
    /// - Parameters:
    ///   - id: The stable id, e.g. `acme-ml-engineer`.
    ///   - name: The display name.
    ///   - description: A paragraph about the role.
    ///   - includes: Ids of roles whose requirements this role also has.
    ///   - fileID: The file it is declared in; leave the default.
    ///   - line: The line it is declared on; leave the default.
    ///   - requires: The role's own requirements: skill ids (mandatory) and ``AnyOf``
    ///     alternatives.
    ///   - milestones: The role's ``Milestone``s, in the order to learn them.
    /// - Throws: Whatever `requires` or `milestones` throws.
    public init(
        _ id: String,
        name: String,
        description: String = "",
        includes: [String] = [],
        fileID: String = #fileID,
        line: Int = #line,
        @RequirementsBuilder requires: () throws -> [Requirement],
        @MilestonesBuilder milestones: () throws -> [Milestone]
    ) rethrows {
        self.init(
            id: id, name: name, description: description, includes: includes, requires: try requires(),
            milestones: try milestones())
        declaredAt = CodeLocation(fileID: fileID, line: line)
    }

    /// Creates a role with no requirements of its own (only those of the roles it
    /// includes), in the DSL's spelling.
    /// - Parameters:
    ///   - id: The stable id.
    ///   - name: The display name.
    ///   - description: A paragraph about the role.
    ///   - includes: Ids of roles whose requirements this role also has.
    ///   - fileID: The file it is declared in; leave the default.
    ///   - line: The line it is declared on; leave the default.
    public init(
        _ id: String, name: String, description: String = "", includes: [String] = [], fileID: String = #fileID,
        line: Int = #line
    ) {
        self.init(id: id, name: name, description: description, includes: includes, requires: [])
        declaredAt = CodeLocation(fileID: fileID, line: line)
    }
}
