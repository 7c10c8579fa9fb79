/// Builds the content of a curriculum from a block that lists its skills, roles,
/// resources and extensions in any order, as the JSON format's arrays do.
///
/// `if`, `if`–`else`, `switch` and `for` work inside the block, and an array of skills,
/// roles or resources can stand for all of them, so content can be computed.
///
/// ```swift
/// Curriculum("acme-platform", title: "Acme platform") {
///     Skill("acme-feature-store", name: "Acme feature store", hours: 6) { "python" }
///     Role("acme-ml-engineer", name: "ML engineer at Acme", includes: ["ml-engineer"]) {
///         "acme-feature-store"
///     }
///     Extend("kubernetes") { "acme-feature-store" }
/// }
/// ```
@resultBuilder
public enum CurriculumBuilder {
    /// A skill the curriculum defines.
    public static func buildExpression(_ skill: Skill) -> CurriculumContent {
        CurriculumContent(skills: [skill])
    }

    /// A role the curriculum defines.
    public static func buildExpression(_ role: Role) -> CurriculumContent {
        CurriculumContent(roles: [role])
    }

    /// A resource; it names the skills it teaches.
    public static func buildExpression(_ resource: Resource) -> CurriculumContent {
        CurriculumContent(resources: [resource])
    }

    /// Requirements and resources added to another curriculum's skill.
    public static func buildExpression(_ extensionValue: SkillExtension) -> CurriculumContent {
        CurriculumContent(extensions: [extensionValue])
    }

    /// Several skills, e.g. computed ones.
    public static func buildExpression(_ skills: [Skill]) -> CurriculumContent {
        CurriculumContent(skills: skills)
    }

    /// Several roles, e.g. computed ones.
    public static func buildExpression(_ roles: [Role]) -> CurriculumContent {
        CurriculumContent(roles: roles)
    }

    /// Several resources, e.g. computed ones.
    public static func buildExpression(_ resources: [Resource]) -> CurriculumContent {
        CurriculumContent(resources: resources)
    }

    /// Content built elsewhere, e.g. by a function marked `@CurriculumBuilder`.
    public static func buildExpression(_ content: CurriculumContent) -> CurriculumContent {
        content
    }

    /// The content of a block, in the order written.
    public static func buildBlock(_ parts: CurriculumContent...) -> CurriculumContent {
        buildArray(parts)
    }

    /// The content of an `if` without `else`, when its condition holds.
    public static func buildOptional(_ part: CurriculumContent?) -> CurriculumContent {
        part ?? CurriculumContent()
    }

    /// The content of the first branch of an `if`–`else` or `switch`.
    public static func buildEither(first part: CurriculumContent) -> CurriculumContent {
        part
    }

    /// The content of the second branch of an `if`–`else` or `switch`.
    public static func buildEither(second part: CurriculumContent) -> CurriculumContent {
        part
    }

    /// The content of every pass of a `for` loop, in order.
    public static func buildArray(_ parts: [CurriculumContent]) -> CurriculumContent {
        var content = CurriculumContent()
        for part in parts { content.append(part) }
        return content
    }
}
