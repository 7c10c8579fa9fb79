/// A problem found in a curriculum, written for the person who has to fix it.
///
/// Its description is compiler style, so editors and terminals can jump to it:
/// `Curricula/acme.json:12:7: error: skills[3].requires[0]: unknown skill 'pyhton'; did you mean 'python'?`
///
/// A problem in a curriculum built with the Swift DSL points at the declaration instead,
/// by `#fileID` and line, and names what is declared there:
/// `Acme/AcmePlugin.swift:42: error: plugin Acme, skill 'acme-store' (skills[3].requires[0]): unknown skill 'pyhton'; did you mean 'python'?`
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Hashable, Sendable {
        /// The curriculum cannot be used.
        case error
        /// Worth fixing, but the curriculum still works.
        case warning
    }

    /// How serious the problem is.
    public var severity: Severity
    /// What is wrong and what would be accepted, in one sentence.
    public var message: String
    /// The file path, or a name such as `plugin Acme`, of the curriculum at fault.
    public var source: String
    /// Where in the curriculum the problem is, if it is in one place.
    public var path: JSONPath?
    /// The 1-based line in the source file, when the source is a file.
    public var line: Int?
    /// The 1-based column (in UTF-8 bytes) in the source file, when the source is a file.
    public var column: Int?
    /// Where the value at fault was declared in Swift, when its curriculum was built with
    /// the DSL: the skill, role, milestone, extension or curriculum that holds it.
    public var declaredAt: CodeLocation?
    /// What is declared at ``declaredAt``, named for the person reading the Swift, e.g.
    /// `skill 'acme-store'`.
    public var subject: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity = .error,
        _ message: String,
        source: String,
        path: JSONPath? = nil,
        line: Int? = nil,
        column: Int? = nil
    ) {
        self.severity = severity
        self.message = message
        self.source = source
        self.path = path
        self.line = line
        self.column = column
    }

    /// `source:line:column: error: path: message`, leaving out what is unknown; for a
    /// value declared in Swift, `File.swift:line: error: source, subject (path): message`.
    public var description: String {
        if let declaredAt {
            var text = "\(declaredAt): \(severity.rawValue): \(source)"
            if let subject { text += ", \(subject)" }
            if let path, !path.components.isEmpty { text += " (\(path))" }
            return text + ": " + message
        }
        var text = source
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        text += ": \(severity.rawValue): "
        if let path, !path.components.isEmpty { text += "\(path): " }
        return text + message
    }
}

extension Diagnostic: Comparable {
    /// Orders diagnostics by source, then position, then path and message, so that lists
    /// of them print the same way every time.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.source != rhs.source { return lhs.source < rhs.source }
        if (lhs.line ?? 0) != (rhs.line ?? 0) { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        if (lhs.column ?? 0) != (rhs.column ?? 0) { return (lhs.column ?? 0) < (rhs.column ?? 0) }
        let lhsPath = lhs.path?.description ?? "", rhsPath = rhs.path?.description ?? ""
        if lhsPath != rhsPath { return lhsPath < rhsPath }
        return lhs.message < rhs.message
    }
}
