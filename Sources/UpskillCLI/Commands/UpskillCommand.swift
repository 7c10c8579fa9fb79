/// One `upskill` subcommand: its table entry, how it reads its parsed arguments, and what
/// it does.
///
/// Adding a command is a new file with a type conforming to this protocol, and one line in
/// ``CommandTable/commands``.
protocol UpskillCommand: Sendable {
    /// The command's name, options, arguments, help and examples.
    static var spec: CommandSpec { get }

    /// Reads and checks the parsed arguments.
    /// - Throws: ``CLIError`` for values the table cannot check (dates, numbers, …).
    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError)

    /// Does the work, writing results to `console.out` and diagnostics to `console.err`.
    func run(console: Console) throws(CLIError)
}
