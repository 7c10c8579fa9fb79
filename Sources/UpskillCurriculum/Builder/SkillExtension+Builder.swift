/// The DSL's name for a ``SkillExtension``: requirements and resources added to a skill
/// that another curriculum defines (the JSON format's `extend`).
///
/// ```swift
/// Extend("kubernetes") {
///     "acme-platform-basics"
///     Resource("acme-k8s", title: "Kubernetes at Acme", kind: .docs, url: "https://wiki.acme.example/k8s")
/// }
/// ```
public typealias Extend = SkillExtension

extension SkillExtension {
    /// Creates an extension of `skill` from a block that lists requirement items and
    /// resources. A resource that names no skill in `teaches` teaches `skill`, as in JSON.
    /// - Parameters:
    ///   - skill: The id (or alias) of the skill being extended.
    ///   - fileID: The file it is declared in; leave the default.
    ///   - line: The line it is declared on; leave the default.
    ///   - content: Requirement items (skill ids, ``AnyOf``) and resources, in any order.
    /// - Throws: Whatever `content` throws.
    public init(
        _ skill: String, fileID: String = #fileID, line: Int = #line,
        @ExtensionBuilder content: () throws -> ExtensionContent
    ) rethrows {
        let content = try content()
        self.init(
            skill: skill, requires: content.requires,
            resources: content.resources.map { resource in
                var resource = resource
                if resource.teaches.isEmpty { resource.teaches = [skill] }
                return resource
            })
        declaredAt = CodeLocation(fileID: fileID, line: line)
    }
}
