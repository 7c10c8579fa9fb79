/// Where a value was declared in Swift: the file, as `#fileID` spells it, and the line.
/// (Named apart from Swift Testing's `SourceLocation`, which plugin tests import too.)
///
/// The curriculum DSL records it for every skill, role, milestone, extension and
/// curriculum it builds, so that a diagnostic about a plugin's curriculum can point at
/// the line to fix: `Acme/AcmePlugin.swift:42: error: …`. Values decoded from JSON have
/// none; their diagnostics give a line and column in the file instead.
public struct CodeLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file, as `#fileID` gives it: `Module/File.swift`, e.g. `Acme/AcmePlugin.swift`.
    public var fileID: String
    /// The 1-based line of the declaration's first line.
    public var line: Int

    /// Creates a location.
    /// - Parameters:
    ///   - fileID: The file, as `#fileID` gives it.
    ///   - line: The 1-based line.
    public init(fileID: String, line: Int) {
        self.fileID = fileID
        self.line = line
    }

    /// `fileID:line`, e.g. `Acme/AcmePlugin.swift:42`.
    public var description: String {
        "\(fileID):\(line)"
    }
}
