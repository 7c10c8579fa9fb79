import UpskillCurriculum

/// What became of one plugin module while loading: what it says about itself, the
/// curricula it gave, and whether they are in the catalog.
package struct PluginReport: Sendable {
    /// What became of a plugin.
    package enum Outcome: Sendable, Equatable {
        /// Its curricula are in the catalog.
        case loaded
        /// It threw while giving its curricula; the message says what it threw.
        case failed(String)
        /// Its curricula are invalid and were left out; the diagnostics say why.
        case leftOut([Diagnostic])
    }

    /// The plugin's name, e.g. "Acme".
    package var name: String
    /// The plugin's own version.
    package var version: String
    /// One sentence on what it adds.
    package var summary: String
    /// The curricula it gave (none when it threw).
    package var curricula: [Curriculum]
    /// Whether its curricula are in the catalog.
    package var outcome: Outcome

    /// The name its curricula carry in diagnostics and listings: `plugin Acme`.
    package var sourceName: String { "plugin \(name)" }

    package init(name: String, version: String, summary: String, curricula: [Curriculum], outcome: Outcome) {
        self.name = name
        self.version = version
        self.summary = summary
        self.curricula = curricula
        self.outcome = outcome
    }
}
