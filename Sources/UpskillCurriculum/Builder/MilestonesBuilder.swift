/// Builds the milestones of a role from a block that lists them in order, as the JSON
/// format's `milestones` array does.
///
/// `if`, `if`–`else`, `switch` and `for` work inside the block, and an array of
/// milestones can stand for all of them.
///
/// ```swift
/// Role("acme-ml-engineer", name: "ML engineer at Acme", includes: ["ml-engineer"]) {
///     "acme-feature-store"
/// } milestones: {
///     Milestone("acme-onboarding", title: "Onboard at Acme", outcome: "Publish a feature to the store") {
///         "acme-feature-store"
///     }
/// }
/// ```
@resultBuilder
public enum MilestonesBuilder {
    /// A milestone of the role.
    public static func buildExpression(_ milestone: Milestone) -> [Milestone] {
        [milestone]
    }

    /// Several milestones, e.g. computed ones.
    public static func buildExpression(_ milestones: [Milestone]) -> [Milestone] {
        milestones
    }

    /// The milestones of a block, in the order written.
    public static func buildBlock(_ parts: [Milestone]...) -> [Milestone] {
        parts.flatMap { $0 }
    }

    /// The milestones of an `if` without `else`, when its condition holds.
    public static func buildOptional(_ part: [Milestone]?) -> [Milestone] {
        part ?? []
    }

    /// The milestones of the first branch of an `if`–`else` or `switch`.
    public static func buildEither(first part: [Milestone]) -> [Milestone] {
        part
    }

    /// The milestones of the second branch of an `if`–`else` or `switch`.
    public static func buildEither(second part: [Milestone]) -> [Milestone] {
        part
    }

    /// The milestones of every pass of a `for` loop, in order.
    public static func buildArray(_ parts: [[Milestone]]) -> [Milestone] {
        parts.flatMap { $0 }
    }
}
