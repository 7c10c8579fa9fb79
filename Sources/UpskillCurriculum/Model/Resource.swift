/// A course, book, documentation page or other material that teaches skills.
public struct Resource: Hashable, Sendable {
    /// The stable id, e.g. `docker-get-started`.
    public var id: String
    /// The title as its authors give it.
    public var title: String
    /// What sort of material it is.
    public var kind: Kind
    /// Where to find it.
    public var url: String
    /// Hours it takes to work through, when known.
    public var hours: Double?
    /// Its price in US dollars (0 for free), when known.
    public var cost: Double?
    /// Ids of the skills it teaches.
    public var teaches: [String]
    /// The year its entry (url, hours, cost) was last checked against the material, when
    /// known, e.g. `2026`: a reader can tell a fresh link from one that may have moved.
    public var updated: Int?

    /// Creates a resource.
    public init(
        id: String,
        title: String,
        kind: Kind,
        url: String,
        hours: Double? = nil,
        cost: Double? = nil,
        teaches: [String],
        updated: Int? = nil
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.url = url
        self.hours = hours
        self.cost = cost
        self.teaches = teaches
        self.updated = updated
    }

    /// The years `updated` may hold.
    public static let updatedYears = 1990...2100

    /// The sort of material a resource is.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case course, book, docs, video, article, project, practice
    }
}
