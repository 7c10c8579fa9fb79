/// Requirements and resources that one curriculum adds to a skill defined by another,
/// e.g. a company saying "here, Kubernetes needs our platform basics first".
public struct SkillExtension: Hashable, Sendable {
    /// The id (or alias) of the skill being extended.
    public var skill: String
    /// Requirement items added to the skill's own.
    public var requires: [Requirement]
    /// Resources added for the skill. A resource that names no skill teaches this one.
    public var resources: [Resource]

    /// Where the extension was declared in Swift (`#fileID` and line), when the curriculum
    /// DSL built it; `nil` when it was decoded from JSON. Not part of equality: the same
    /// extension declared elsewhere, or in JSON, is equal.
    public var declaredAt: CodeLocation? {
        get { declarationSite.location }
        set { declarationSite.location = newValue }
    }
    private var declarationSite = DeclarationSite()

    /// Creates an extension of `skill`.
    public init(skill: String, requires: [Requirement] = [], resources: [Resource] = []) {
        self.skill = skill
        self.requires = requires
        self.resources = resources
    }
}
