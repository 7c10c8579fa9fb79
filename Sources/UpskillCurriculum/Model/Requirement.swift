/// One item of a skill's or a role's requirements.
///
/// In JSON a mandatory item is a bare skill id (`"python"`) and an alternative is an
/// object (`{"anyOf": ["aws", "gcp", "azure"]}`) with at least two members.
public enum Requirement: Hashable, Sendable {
    /// This skill must be known.
    case skill(String)
    /// Any one of these skills satisfies the requirement.
    case anyOf([String])

    /// Every skill id the item mentions, in the order written.
    public var skillIDs: [String] {
        switch self {
        case .skill(let id): [id]
        case .anyOf(let ids): ids
        }
    }
}

extension Requirement: ExpressibleByStringLiteral {
    /// A mandatory requirement on the skill with this id.
    public init(stringLiteral id: String) {
        self = .skill(id)
    }
}

extension Requirement: CustomStringConvertible {
    /// `python`, or `any of (aws | gcp | azure)`.
    public var description: String {
        switch self {
        case .skill(let id): id
        case .anyOf(let ids): "any of (" + ids.joined(separator: " | ") + ")"
        }
    }
}
