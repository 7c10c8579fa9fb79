/// A stage of a role: some of its requirements grouped under a title and the outcome a
/// learner can show at the end, e.g. "Ship one of your models: it runs as a tested,
/// containerised API deployed by CI".
///
/// A role lists its milestones in the order a mentor would give them. A milestone names
/// requirements by skill id: its own requirements or those of a role it includes; naming
/// any member of an `anyOf` item names that whole item. A requirement belongs to at most
/// one milestone; requirements that no milestone names come after the listed milestones.
public struct Milestone: Hashable, Sendable {
    /// The id, unique within the role, e.g. `ship`.
    public var id: String
    /// A short title, e.g. "Ship one of your models".
    public var title: String
    /// One line on what the learner can do at the end (empty when not given).
    public var outcome: String
    /// The requirements the milestone groups, named by skill id, in the order to learn them.
    public var skills: [String]

    /// Where the milestone was declared in Swift (`#fileID` and line), when the curriculum
    /// DSL built it; `nil` when it was decoded from JSON. Not part of equality: the same
    /// milestone declared elsewhere, or in JSON, is equal.
    public var declaredAt: CodeLocation? {
        get { declarationSite.location }
        set { declarationSite.location = newValue }
    }
    private var declarationSite = DeclarationSite()

    /// Creates a milestone.
    /// - Parameters:
    ///   - id: The id, unique within the role.
    ///   - title: A short title.
    ///   - outcome: One line on what the learner can do at the end.
    ///   - skills: The requirements it groups, by skill id (any member names an `anyOf` item).
    public init(id: String, title: String, outcome: String = "", skills: [String]) {
        self.id = id
        self.title = title
        self.outcome = outcome
        self.skills = skills
    }
}
