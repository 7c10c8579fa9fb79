/// Builds the requirements of a skill or a role from a block that lists them one a line,
/// as the JSON format's `requires` array does.
///
/// A string is a mandatory skill id; ``AnyOf`` accepts any one of several skills. `if`,
/// `if`–`else`, `switch` and `for` work inside the block, so requirements can be computed.
///
/// ```swift
/// Skill("acme-feature-store", name: "Acme feature store", hours: 6) {
///     "python"
///     AnyOf("sql", "spark")
/// }
/// ```
@resultBuilder
public enum RequirementsBuilder {
    /// A mandatory requirement on the skill with this id (or alias).
    public static func buildExpression(_ skill: String) -> [Requirement] {
        [.skill(skill)]
    }

    /// A requirement item as it is.
    public static func buildExpression(_ requirement: Requirement) -> [Requirement] {
        [requirement]
    }

    /// Any one of the alternatives satisfies the requirement.
    public static func buildExpression(_ alternatives: AnyOf) -> [Requirement] {
        [alternatives.requirement]
    }

    /// Several requirement items, e.g. computed ones.
    public static func buildExpression(_ requirements: [Requirement]) -> [Requirement] {
        requirements
    }

    /// The items of a block, in the order written.
    public static func buildBlock(_ parts: [Requirement]...) -> [Requirement] {
        parts.flatMap { $0 }
    }

    /// The items of an `if` without `else`, when its condition holds.
    public static func buildOptional(_ part: [Requirement]?) -> [Requirement] {
        part ?? []
    }

    /// The items of the first branch of an `if`–`else` or `switch`.
    public static func buildEither(first part: [Requirement]) -> [Requirement] {
        part
    }

    /// The items of the second branch of an `if`–`else` or `switch`.
    public static func buildEither(second part: [Requirement]) -> [Requirement] {
        part
    }

    /// The items of every pass of a `for` loop, in order.
    public static func buildArray(_ parts: [[Requirement]]) -> [Requirement] {
        parts.flatMap { $0 }
    }
}
