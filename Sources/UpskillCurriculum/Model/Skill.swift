/// A competency that takes time to learn, with the requirements that must be met first.
public struct Skill: Hashable, Sendable {
    /// The stable id, matching `^[a-z0-9][a-z0-9.+-]*$`, e.g. `docker`.
    public var id: String
    /// The display name, e.g. "Docker".
    public var name: String
    /// A grouping for listings and progress, e.g. `infrastructure`.
    public var category: String
    /// Estimated hours to learn the skill to a working level; 0 for a milestone.
    public var hours: Double
    /// A one-line description.
    public var description: String
    /// What must be known first: the AND of these items.
    public var requires: [Requirement]
    /// Former ids of this skill. Progress and references under an alias still count.
    public var aliases: [String]

    /// Where the skill was declared in Swift (`#fileID` and line), when the curriculum
    /// DSL built it; `nil` when it was decoded from JSON. Not part of equality: the same
    /// skill declared elsewhere, or in JSON, is equal.
    public var declaredAt: CodeLocation? {
        get { declarationSite.location }
        set { declarationSite.location = newValue }
    }
    private var declarationSite = DeclarationSite()

    /// Creates a skill.
    public init(
        id: String,
        name: String,
        category: String = "general",
        hours: Double,
        description: String = "",
        requires: [Requirement] = [],
        aliases: [String] = []
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.hours = hours
        self.description = description
        self.requires = requires
        self.aliases = aliases
    }
}
