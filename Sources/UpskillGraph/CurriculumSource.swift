import UpskillCurriculum

/// A curriculum together with where it came from, so that diagnostics and listings can
/// name it and so that company material can be preferred over the built-in.
package struct CurriculumSource: Sendable {
    /// Where a curriculum comes from.
    package enum Origin: String, Sendable, Hashable {
        /// Compiled into upskill from `Curricula/`.
        case builtin
        /// Provided by a Swift plugin module.
        case plugin
        /// A JSON file given on the command line or found in the user's curricula folder.
        case file
    }

    /// The file path, or `plugin NAME`, used in diagnostics.
    package var name: String
    /// Where the curriculum comes from.
    package var origin: Origin
    /// The curriculum itself.
    package var curriculum: Curriculum
    /// Finds the lines and columns of JSON paths in the source file, when there is one.
    package var locate: @Sendable ([JSONPath]) -> [SourcePosition?]
    /// Whether the curriculum's own checks (``Curriculum/problems(source:)``) are known to
    /// find nothing, so that building a catalog skips them: true only for a built-in
    /// curriculum checked when the registry was generated. The checks of the merged
    /// catalog (ids defined twice, unknown references, cycles) run all the same.
    package var isPrevalidated: Bool

    package init(
        name: String, origin: Origin, curriculum: Curriculum,
        locate: @escaping @Sendable ([JSONPath]) -> [SourcePosition?] = { paths in paths.map { _ in nil } },
        isPrevalidated: Bool = false
    ) {
        self.name = name
        self.origin = origin
        self.curriculum = curriculum
        self.locate = locate
        self.isPrevalidated = isPrevalidated
    }
}
