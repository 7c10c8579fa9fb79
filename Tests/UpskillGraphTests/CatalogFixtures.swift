import UpskillCurriculum
@testable import UpskillGraph

/// Builds catalog sources from JSON text, as the command line does from files.
enum CatalogFixtures {
    /// A source decoded from JSON text, located by line and column like a file.
    static func source(_ json: String, name: String = "a.json", origin: CurriculumSource.Origin = .file) throws
        -> CurriculumSource
    {
        let bytes = Array(json.utf8)
        return CurriculumSource(
            name: name, origin: origin, curriculum: try Curriculum(json: bytes, source: name),
            locate: JSONDocument.locator(for: bytes))
    }

    /// The diagnostics of building a catalog, or none when it builds.
    static func diagnostics(_ sources: [CurriculumSource]) -> [Diagnostic] {
        do {
            _ = try Catalog(sources: sources)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// A curriculum with the given skills (`id: hours: requires`) as JSON text.
    static func json(id: String = "c", skills: String, roles: String = "", extra: String = "") -> String {
        """
        {"curriculum": "\(id)", "title": "T",
         "skills": [\(skills)]\(roles.isEmpty ? "" : ",\n \"roles\": [\(roles)]")\(extra.isEmpty ? "" : ",\n \(extra)")}
        """
    }
}
