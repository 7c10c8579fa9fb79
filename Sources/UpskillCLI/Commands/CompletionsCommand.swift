/// `upskill completions bash|zsh|fish`: a completion script generated from the command
/// table. Loads no catalog: ids are completed by the hidden `upskill __complete`.
struct CompletionsCommand: UpskillCommand {
    static let spec = CommandSpec(
        "completions",
        abstract: "Print a shell completion script for bash, zsh or fish.",
        discussion: """
            The script completes commands, options, option values, and skill and role ids \
            (asked of upskill as you type, so your own curricula complete too). Load it in \
            your shell's startup file, or save it where your shell looks for completions; the \
            README has the lines for each shell.
            """,
        arguments: [
            ArgumentSpec(
                "shell", help: "The shell to complete in.", allowedValues: CompletionShell.allCases.map(\.rawValue))
        ],
        examples: [
            CommandExample("upskill completions bash", "The bash script; load it with: source <(upskill completions bash)"),
            CommandExample(
                "upskill completions fish", "The fish script; install it with: upskill completions fish > ~/.config/fish/completions/upskill.fish"),
        ],
        group: "Other")

    let shell: CompletionShell

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        // The parser accepts only the shells' names.
        guard let name = arguments.argument("shell"), let shell = CompletionShell(rawValue: name) else {
            throw .usage("missing argument '<shell>' for 'completions'; give bash, zsh or fish")
        }
        self.shell = shell
    }

    func run(console: Console) throws(CLIError) {
        console.out(shell.script(for: CommandTable.all))
    }
}
