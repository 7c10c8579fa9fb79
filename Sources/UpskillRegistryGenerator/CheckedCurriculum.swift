import UpskillCurriculum
import UpskillGraph

/// A built-in curriculum file, decoded and checked when the registry is generated, so that
/// `upskill` needs neither to parse it nor to check it on every run.
package struct CheckedCurriculum: Sendable {
    /// The path in the package, e.g. `Curricula/ds-to-mle.json`.
    package var path: String
    /// The file's text, embedded too: a diagnostic about a user's curriculum that names a
    /// place in this one parses it (only then) to give a line and column.
    package var contents: String
    /// The decoded curriculum.
    package var curriculum: Curriculum
    /// Whether the curriculum's own checks found nothing at all, not even a warning, so
    /// that `upskill` may skip them. A curriculum with warnings keeps its checks at run
    /// time, so that they are still reported where they were.
    package var isPrevalidated: Bool

    package init(path: String, contents: String, curriculum: Curriculum, isPrevalidated: Bool) {
        self.path = path
        self.contents = contents
        self.curriculum = curriculum
        self.isPrevalidated = isPrevalidated
    }

    /// Decodes every file and checks each curriculum and the catalog they make together,
    /// by the rules `upskill validate` applies.
    /// - Throws: ``InvalidCurriculaError`` with every error (and warning), each with its
    ///   file, line and column, when any file has an error.
    package static func check(_ files: [(path: String, contents: String)]) throws(InvalidCurriculaError)
        -> [CheckedCurriculum]
    {
        var diagnostics: [Diagnostic] = []
        var checked: [CheckedCurriculum] = []
        var sources: [CurriculumSource] = []
        for file in files {
            let bytes = Array(file.contents.utf8)
            let (decoded, problems) = Curriculum.decodePartially(json: bytes, source: file.path)
            diagnostics += problems
            guard let decoded else { continue }
            checked.append(
                CheckedCurriculum(
                    path: file.path, contents: file.contents, curriculum: decoded,
                    isPrevalidated: decoded.problems(source: file.path).isEmpty))
            sources.append(
                CurriculumSource(
                    name: file.path, origin: .builtin, curriculum: decoded, locate: JSONDocument.locator(for: bytes)))
        }
        do throws(CurriculumError) {
            _ = try Catalog(sources: sources)
        } catch {
            diagnostics += error.diagnostics
        }
        let all = Array(Set(diagnostics)).sorted()
        guard !all.contains(where: { $0.severity == .error }) else { throw InvalidCurriculaError(diagnostics: all) }
        return checked
    }
}
