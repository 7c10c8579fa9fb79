/// What the block of a ``Curriculum/init(_:title:version:description:content:)`` lists:
/// skills, roles, resources and extensions, each kind in the order written.
public struct CurriculumContent: Hashable, Sendable {
    /// The skills listed.
    public var skills: [Skill]
    /// The roles listed.
    public var roles: [Role]
    /// The top-level resources listed.
    public var resources: [Resource]
    /// The extensions of other curricula's skills listed.
    public var extensions: [SkillExtension]

    /// Creates content; everything is empty unless given.
    public init(
        skills: [Skill] = [], roles: [Role] = [], resources: [Resource] = [], extensions: [SkillExtension] = []
    ) {
        self.skills = skills
        self.roles = roles
        self.resources = resources
        self.extensions = extensions
    }

    /// Appends everything `other` lists after what this content lists.
    public mutating func append(_ other: CurriculumContent) {
        skills += other.skills
        roles += other.roles
        resources += other.resources
        extensions += other.extensions
    }
}
