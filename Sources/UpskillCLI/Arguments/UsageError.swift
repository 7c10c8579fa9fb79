/// A command line that does not fit the command table.
///
/// ``message`` is one sentence, lower-case, naming the offending token and what would
/// be accepted, ending in `did you mean '…'?` when a close candidate exists. Print it
/// with ``rendered(programName:)`` and exit with ``exitCode``.
package struct UsageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    package enum Kind: Sendable, Hashable {
        /// The first word is not a command or alias.
        case unknownCommand
        /// An option the command does not have (or an unknown `-x`).
        case unknownOption
        /// A value or list option at the end, or followed by something that looks like an option.
        case missingValue
        /// A flag given a value with `=`.
        case unexpectedValue
        /// A required positional argument left out.
        case missingArgument
        /// More positional values than the command takes.
        case unexpectedArgument
        /// A value outside an option's or argument's allowed values.
        case invalidValue
        /// A single-value option given more than once.
        case duplicateOption
        /// An empty item in a list option (`--know a,,b`, `--know ''`).
        case emptyListItem
    }

    /// What went wrong.
    package var kind: Kind
    /// The sentence to show after `error: `.
    package var message: String
    /// The canonical name of the command being parsed, or `nil` at the top level (an
    /// unknown command, or an unknown option before any command).
    package var command: String?
    /// The offending token as the user typed it (empty for a missing argument).
    package var token: String
    /// The closest accepted word, also named in ``message``, if one is close.
    package var suggestion: String?

    package init(kind: Kind, message: String, command: String?, token: String, suggestion: String? = nil) {
        self.kind = kind
        self.message = message
        self.command = command
        self.token = token
        self.suggestion = suggestion
    }

    /// The exit status for a usage error (`EX_USAGE` from `sysexits.h`).
    package static let exitCode: Int32 = 64

    package var description: String { message }

    /// Where to look for the right syntax: `Run 'upskill plan --help' for usage.`, or
    /// `Run 'upskill --help' for usage.` at the top level.
    package func hint(programName: String) -> String {
        let target = command.map { "\(programName) \($0)" } ?? programName
        return "Run '\(target) --help' for usage."
    }

    /// The two lines to write to standard error: `error: <message>` and the ``hint(programName:)``.
    package func rendered(programName: String) -> String {
        "error: \(message)\n\(hint(programName: programName))"
    }
}
