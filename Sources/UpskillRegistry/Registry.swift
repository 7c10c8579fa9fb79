import UpskillCurriculum

/// What is compiled into `upskill`: the built-in curricula from `Curricula/*.json` and the
/// plugin modules from `Plugins/`.
///
/// The members live in `Registry+Generated.swift`, which
/// `swift package --allow-writing-to-package-directory generate-registry` writes.
package enum Registry {}

/// A curriculum file from `Curricula/`, embedded as text.
package struct EmbeddedCurriculum: Sendable {
    /// The path the file had in the package, e.g. `Curricula/ds-to-mle.json`, used in
    /// diagnostics.
    package let path: String
    /// The file's contents.
    package let json: String

    package init(path: String, json: String) {
        self.path = path
        self.json = json
    }
}
