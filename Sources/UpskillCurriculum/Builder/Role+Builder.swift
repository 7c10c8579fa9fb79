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
    ///   - requires: The role's own requirements: skill ids (mandatory) and ``AnyOf``
    ///     alternatives.
    /// - Throws: Whatever `requires` throws.
    public init(
        _ id: String,
        name: String,
        description: String = "",
        includes: [String] = [],
        @RequirementsBuilder requires: () throws -> [Requirement]
    ) rethrows {
        self.init(id: id, name: name, description: description, includes: includes, requires: try requires())
    }

    /// Creates a role with no requirements of its own (only those of the roles it
    /// includes), in the DSL's spelling.
    /// - Parameters:
    ///   - id: The stable id.
    ///   - name: The display name.
    ///   - description: A paragraph about the role.
    ///   - includes: Ids of roles whose requirements this role also has.
    public init(_ id: String, name: String, description: String = "", includes: [String] = []) {
        self.init(id: id, name: name, description: description, includes: includes, requires: [])
    }
}
