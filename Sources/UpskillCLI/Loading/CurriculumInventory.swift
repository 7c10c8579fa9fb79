import UpskillCurriculum
import UpskillGraph

/// Every curriculum found to load, before they are merged into a catalog: what
/// `upskill plugins` lists, and what ``CatalogLoader/merge(_:)`` checks and merges.
package struct CurriculumInventory: Sendable {
    /// The curricula, in load order: built-in, plugins, files.
    package var sources: [CurriculumSource]
    /// Every plugin module, in registry order, including those that failed.
    package var plugins: [PluginReport]
    /// Syntax and shape problems of the files (a file too broken to read has no source).
    package var diagnostics: [Diagnostic]
    /// Problems that did not stop loading, e.g. a plugin that threw.
    package var warnings: [String]
    /// The files of the user's curricula folder: one that fails is left out with a
    /// warning rather than stopping the command (unless `--strict`), so that a broken
    /// curriculum never holds progress hostage.
    package var userFiles: Set<String> = []

    package init(
        sources: [CurriculumSource] = [], plugins: [PluginReport] = [], diagnostics: [Diagnostic] = [],
        warnings: [String] = []
    ) {
        self.sources = sources
        self.plugins = plugins
        self.diagnostics = diagnostics
        self.warnings = warnings
    }
}
