extension Milestone {
    /// Creates a milestone whose requirements are listed in a block, one skill id a line,
    /// in the DSL's spelling: the id first, without a label.
    ///
    /// ```swift
    /// Milestone(
    ///     "ship", title: "Ship one of your models",
    ///     outcome: "Ship one of your models: it runs as a tested, containerised API deployed by CI"
    /// ) {
    ///     "git"
    ///     "docker"
    ///     "aws"       // names the whole {"anyOf": ["aws", "gcp", "azure"]} item
    /// }
    /// ```
    /// - Parameters:
    ///   - id: The id, unique within the role, e.g. `ship`.
    ///   - title: A short title.
    ///   - outcome: One line on what the learner can do at the end.
    ///   - fileID: The file it is declared in; leave the default.
    ///   - line: The line it is declared on; leave the default.
    ///   - skills: The requirements it groups, by skill id: the role's own or those of a
    ///     role it includes; any member of an `anyOf` item names the whole item.
    /// - Throws: Whatever `skills` throws.
    public init(
        _ id: String,
        title: String,
        outcome: String = "",
        fileID: String = #fileID,
        line: Int = #line,
        @SkillListBuilder skills: () throws -> [String]
    ) rethrows {
        self.init(id: id, title: title, outcome: outcome, skills: try skills())
        declaredAt = CodeLocation(fileID: fileID, line: line)
    }
}
