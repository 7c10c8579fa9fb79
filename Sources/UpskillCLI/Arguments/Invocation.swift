/// What a command line asks for, as decided by ``ArgumentParser/parse(_:commands:)``.
package enum Invocation: Sendable, Hashable {
    /// Run a command with these arguments.
    case run(ParsedArguments)
    /// Show help: for the named command (always a canonical name from the table, or
    /// `help`), or the root help for `nil`.
    case help(command: String?)
    /// Show the version.
    case version
}
