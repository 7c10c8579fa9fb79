extension Curriculum {
    /// Creates a curriculum from a block that lists its skills, roles, resources and
    /// extensions — the Swift spelling of a curriculum file.
    ///
    /// ```swift
    /// Curriculum("acme-platform", title: "Acme's ML platform") {
    ///     Skill("acme-feature-store", name: "Acme feature store", hours: 6, category: "mlops") {
    ///         "python"
    ///         AnyOf("sql", "spark")
    ///     }
    ///     Role("acme-ml-engineer", name: "ML engineer at Acme", includes: ["ml-engineer"]) {
    ///         "acme-feature-store"
    ///     }
    ///     Resource(
    ///         "acme-fs-onboarding", title: "Feature store onboarding", kind: .course,
    ///         url: "https://wiki.acme.example/fs", hours: 3, cost: 0, teaches: ["acme-feature-store"])
    ///     Extend("kubernetes") { "acme-feature-store" }
    /// }
    /// ```
    ///
    /// The value is exactly what the equivalent JSON decodes to, and it is checked by the
    /// same rules when upskill loads it.
    /// - Parameters:
    ///   - id: The curriculum's id, e.g. `acme-platform`.
    ///   - title: A human title.
    ///   - version: The curriculum's own version.
    ///   - description: Who the curriculum is for.
    ///   - fileID: The file it is declared in; leave the default.
    ///   - line: The line it is declared on; leave the default.
    ///   - content: The skills, roles, resources and extensions, in any order.
    /// - Throws: Whatever `content` throws, for content computed from files.
    public init(
        _ id: String,
        title: String,
        version: String = "1.0.0",
        description: String? = nil,
        fileID: String = #fileID,
        line: Int = #line,
        @CurriculumBuilder content: () throws -> CurriculumContent
    ) rethrows {
        let content = try content()
        self.init(
            id: id, title: title, version: version, description: description, skills: content.skills,
            roles: content.roles, resources: content.resources, extensions: content.extensions)
        declaredAt = CodeLocation(fileID: fileID, line: line)
    }
}
