/// A requirement that any one of several skills satisfies: the DSL's spelling of
/// `{"anyOf": [ids]}`.
///
/// ```swift
/// Skill("acme-feature-store", name: "Acme feature store", hours: 6) {
///     AnyOf("sql", "spark")
/// }
/// ```
public struct AnyOf: Hashable, Sendable {
    /// The ids (or aliases) of the alternative skills, in the order written.
    public var skills: [String]

    /// Alternatives written out: at least two, as the format requires.
    /// - Parameters:
    ///   - first: One alternative skill id.
    ///   - second: Another.
    ///   - more: Any further alternatives.
    public init(_ first: String, _ second: String, _ more: String...) {
        skills = [first, second] + more
    }

    /// Alternatives computed at run time. Fewer than two distinct ids is a validation
    /// error, reported like the same mistake in a JSON file.
    /// - Parameter skills: The alternative skill ids.
    public init(_ skills: [String]) {
        self.skills = skills
    }

    /// The requirement item: ``Requirement/anyOf(_:)`` of ``skills``.
    public var requirement: Requirement {
        .anyOf(skills)
    }
}
