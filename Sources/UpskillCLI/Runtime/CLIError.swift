import UpskillCurriculum

/// An error that ends a command, with the message for the person and the exit status.
package struct CLIError: Error, Sendable {
    /// One or more lines, each printed to standard error as written.
    package var lines: [String]
    /// The exit status.
    package var exitCode: ExitCode
    /// Whether to point at the command's `--help` after the message.
    package var suggestsHelp: Bool

    package init(_ message: String, exitCode: ExitCode, suggestsHelp: Bool = false) {
        self.lines = ["error: " + message]
        self.exitCode = exitCode
        self.suggestsHelp = suggestsHelp
    }

    package init(lines: [String], exitCode: ExitCode) {
        self.lines = lines
        self.exitCode = exitCode
        self.suggestsHelp = false
    }

    /// A usage error (exit 64) that points at `--help`.
    package static func usage(_ message: String) -> CLIError {
        CLIError(message, exitCode: .usage, suggestsHelp: true)
    }

    /// Invalid curricula (exit 65): every diagnostic on its own line, then a count.
    package static func invalid(_ diagnostics: [Diagnostic]) -> CLIError {
        let errors = diagnostics.filter { $0.severity == .error }.count
        return CLIError(
            lines: diagnostics.map(\.description) + ["\(errors) error\(errors == 1 ? "" : "s") in the curricula"],
            exitCode: .dataError)
    }
}
