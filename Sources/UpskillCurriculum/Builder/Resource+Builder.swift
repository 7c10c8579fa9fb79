extension Resource {
    /// Creates a resource, in the DSL's spelling: the id first, without a label.
    ///
    /// ```swift
    /// Resource(
    ///     "acme-fs-onboarding", title: "Feature store onboarding", kind: .course,
    ///     url: "https://wiki.acme.example/fs", hours: 3, cost: 0, teaches: ["acme-feature-store"])
    /// ```
    /// - Parameters:
    ///   - id: The stable id.
    ///   - title: The title as its authors give it.
    ///   - kind: What sort of material it is.
    ///   - url: Where to find it, `https://…`.
    ///   - hours: Hours it takes to work through, when known.
    ///   - cost: Its price in US dollars (0 for free), when known.
    ///   - teaches: The skills it teaches. At the top of a curriculum it must name at least
    ///     one; inside an ``Extend`` it may stay empty and then teaches the extended skill.
    ///   - updated: The year the entry was last checked against the material, e.g. `2026`.
    public init(
        _ id: String,
        title: String,
        kind: Kind,
        url: String,
        hours: Double? = nil,
        cost: Double? = nil,
        teaches: [String] = [],
        updated: Int? = nil
    ) {
        self.init(
            id: id, title: title, kind: kind, url: url, hours: hours, cost: cost, teaches: teaches, updated: updated)
    }
}
