/// A job role: the skills a person in it is expected to have.
///
/// A role's requirements are the AND of its own items and those of the roles it includes.
public struct Role: Hashable, Sendable {
    /// The stable id, e.g. `ml-engineer`.
    public var id: String
    /// The display name, e.g. "Machine learning engineer".
    public var name: String
    /// A paragraph about the role.
    public var description: String
    /// Ids of roles whose requirements this role also has.
    public var includes: [String]
    /// The role's own requirements.
    public var requires: [Requirement]
    /// The stages to learn the role's requirements in, in order; empty when the role does
    /// not group them. See ``Milestone``.
    public var milestones: [Milestone]

    /// Where the role was declared in Swift (`#fileID` and line), when the curriculum
    /// DSL built it; `nil` when it was decoded from JSON. Not part of equality: the same
    /// role declared elsewhere, or in JSON, is equal.
    public var declaredAt: CodeLocation? {
        get { declarationSite.location }
        set { declarationSite.location = newValue }
    }
    private var declarationSite = DeclarationSite()

    /// Creates a role.
    public init(
        id: String,
        name: String,
        description: String = "",
        includes: [String] = [],
        requires: [Requirement] = [],
        milestones: [Milestone] = []
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.includes = includes
        self.requires = requires
        self.milestones = milestones
    }
}
