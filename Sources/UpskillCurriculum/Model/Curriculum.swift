/// One curriculum: a named set of skills, roles and resources, plus requirements it adds
/// to skills defined elsewhere.
///
/// A curriculum is what one JSON file (format version 1) or one plugin contributes. The
/// catalog that upskill plans over is the merge of every curriculum it loads.
public struct Curriculum: Hashable, Sendable {
    /// The curriculum's id, e.g. `ds-to-mle`.
    public var id: String
    /// A human title, e.g. "Data scientist to machine learning engineer".
    public var title: String
    /// The curriculum's own version, e.g. `1.0.0`.
    public var version: String
    /// An optional paragraph about who the curriculum is for.
    public var description: String?
    /// The skills this curriculum defines.
    public var skills: [Skill]
    /// The roles this curriculum defines.
    public var roles: [Role]
    /// Learning resources; each names the skills it teaches.
    public var resources: [Resource]
    /// Requirements (and resources) added to skills that other curricula define.
    public var extensions: [SkillExtension]

    /// Where the curriculum was declared in Swift (`#fileID` and line), when the curriculum
    /// DSL built it; `nil` when it was decoded from JSON. Not part of equality: the same
    /// curriculum declared elsewhere, or in JSON, is equal.
    public var declaredAt: CodeLocation? {
        get { declarationSite.location }
        set { declarationSite.location = newValue }
    }
    private var declarationSite = DeclarationSite()

    /// Creates a curriculum.
    public init(
        id: String,
        title: String,
        version: String = "1.0.0",
        description: String? = nil,
        skills: [Skill] = [],
        roles: [Role] = [],
        resources: [Resource] = [],
        extensions: [SkillExtension] = []
    ) {
        self.id = id
        self.title = title
        self.version = version
        self.description = description
        self.skills = skills
        self.roles = roles
        self.resources = resources
        self.extensions = extensions
    }
}
