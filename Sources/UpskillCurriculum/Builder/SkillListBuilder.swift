/// Builds a list of skill ids from a block that lists them one a line, as the JSON
/// format's `skills` array of a milestone does.
///
/// `if`, `if`–`else`, `switch` and `for` work inside the block, and an array of ids can
/// stand for all of them.
///
/// ```swift
/// Milestone("ship", title: "Ship one of your models") {
///     "git"
///     "docker"
/// }
/// ```
@resultBuilder
public enum SkillListBuilder {
    /// A skill id (or alias).
    public static func buildExpression(_ skill: String) -> [String] {
        [skill]
    }

    /// Several skill ids, e.g. computed ones.
    public static func buildExpression(_ skills: [String]) -> [String] {
        skills
    }

    /// The ids of a block, in the order written.
    public static func buildBlock(_ parts: [String]...) -> [String] {
        parts.flatMap { $0 }
    }

    /// The ids of an `if` without `else`, when its condition holds.
    public static func buildOptional(_ part: [String]?) -> [String] {
        part ?? []
    }

    /// The ids of the first branch of an `if`–`else` or `switch`.
    public static func buildEither(first part: [String]) -> [String] {
        part
    }

    /// The ids of the second branch of an `if`–`else` or `switch`.
    public static func buildEither(second part: [String]) -> [String] {
        part
    }

    /// The ids of every pass of a `for` loop, in order.
    public static func buildArray(_ parts: [[String]]) -> [String] {
        parts.flatMap { $0 }
    }
}
