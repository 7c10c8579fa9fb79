import UpskillCurriculum

/// What is compiled into `upskill`: the built-in curricula from `Curricula/*.json` and the
/// plugin modules from `Plugins/`.
///
/// The members live in `Registry+Generated.swift`, which
/// `swift package --allow-writing-to-package-directory generate-registry` writes.
package enum Registry {}

/// A curriculum file from `Curricula/`, decoded and checked when the registry was
/// generated and compiled in as Swift values, so that no run parses or checks it again.
package struct EmbeddedCurriculum: Sendable {
    /// The path the file had in the package, e.g. `Curricula/ds-to-mle.json`, used in
    /// diagnostics.
    package let path: String
    /// The curriculum, as the file decodes.
    package let curriculum: Curriculum
    /// Whether the curriculum's own checks found nothing, not even a warning, when the
    /// registry was generated: loading may then skip them. (The checks of the catalog as a
    /// whole, which depend on what else is loaded, always run.)
    package let isPrevalidated: Bool
    /// The file's contents: parsed only to give a diagnostic that points into this file
    /// its line and column.
    package let json: String

    package init(path: String, curriculum: Curriculum, isPrevalidated: Bool, json: String) {
        self.path = path
        self.curriculum = curriculum
        self.isPrevalidated = isPrevalidated
        self.json = json
    }
}
