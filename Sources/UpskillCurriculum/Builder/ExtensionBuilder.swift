/// Builds what an ``Extend`` adds to a skill: requirement items (a skill id, or
/// ``AnyOf``) and resources, in any order.
///
/// ```swift
/// Extend("kubernetes") {
///     "acme-platform-basics"
///     Resource("acme-k8s", title: "Kubernetes at Acme", kind: .docs, url: "https://wiki.acme.example/k8s")
/// }
/// ```
@resultBuilder
public enum ExtensionBuilder {
    /// A mandatory requirement on the skill with this id (or alias).
    public static func buildExpression(_ skill: String) -> ExtensionContent {
        ExtensionContent(requires: [.skill(skill)])
    }

    /// A requirement item as it is.
    public static func buildExpression(_ requirement: Requirement) -> ExtensionContent {
        ExtensionContent(requires: [requirement])
    }

    /// Any one of the alternatives satisfies the requirement.
    public static func buildExpression(_ alternatives: AnyOf) -> ExtensionContent {
        ExtensionContent(requires: [alternatives.requirement])
    }

    /// Several requirement items, e.g. computed ones.
    public static func buildExpression(_ requirements: [Requirement]) -> ExtensionContent {
        ExtensionContent(requires: requirements)
    }

    /// A resource for the skill; one that names no skill in `teaches` teaches the
    /// extended skill.
    public static func buildExpression(_ resource: Resource) -> ExtensionContent {
        ExtensionContent(resources: [resource])
    }

    /// Several resources, e.g. computed ones.
    public static func buildExpression(_ resources: [Resource]) -> ExtensionContent {
        ExtensionContent(resources: resources)
    }

    /// The content of a block, in the order written.
    public static func buildBlock(_ parts: ExtensionContent...) -> ExtensionContent {
        buildArray(parts)
    }

    /// The content of an `if` without `else`, when its condition holds.
    public static func buildOptional(_ part: ExtensionContent?) -> ExtensionContent {
        part ?? ExtensionContent()
    }

    /// The content of the first branch of an `if`–`else` or `switch`.
    public static func buildEither(first part: ExtensionContent) -> ExtensionContent {
        part
    }

    /// The content of the second branch of an `if`–`else` or `switch`.
    public static func buildEither(second part: ExtensionContent) -> ExtensionContent {
        part
    }

    /// The content of every pass of a `for` loop, in order.
    public static func buildArray(_ parts: [ExtensionContent]) -> ExtensionContent {
        var content = ExtensionContent()
        for part in parts { content.append(part) }
        return content
    }
}
