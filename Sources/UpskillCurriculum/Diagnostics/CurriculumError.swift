/// A curriculum that cannot be used, with every problem found in it.
public struct CurriculumError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, in source order; at least one is an error.
    public var diagnostics: [Diagnostic]

    /// Creates an error from its diagnostics.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One diagnostic a line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
