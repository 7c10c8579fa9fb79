/// What the block of an ``Extend`` lists: requirement items and resources added to the
/// extended skill.
public struct ExtensionContent: Hashable, Sendable {
    /// Requirement items added to the skill's own.
    public var requires: [Requirement]
    /// Resources for the skill.
    public var resources: [Resource]

    /// Creates content; everything is empty unless given.
    public init(requires: [Requirement] = [], resources: [Resource] = []) {
        self.requires = requires
        self.resources = resources
    }

    /// Appends everything `other` lists after what this content lists.
    public mutating func append(_ other: ExtensionContent) {
        requires += other.requires
        resources += other.resources
    }
}
