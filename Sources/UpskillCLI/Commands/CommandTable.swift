/// Every `upskill` command, as the argument parser and the help read them.
package enum CommandTable {
    /// The version `upskill --version` prints.
    package static let version = "0.1.0"

    /// The options every command that loads the catalog takes.
    package static let catalogOptions: [OptionSpec] = [
        .list(
            "curriculum", help: "Also load this curriculum file, or every *.json in this folder (repeatable).",
            valueName: "path"),
        .flag(
            "no-builtin",
            help: "Leave out the curricula compiled into upskill (built-in and plugins): use only your files."),
        .flag("strict", help: "Stop when a plugin fails to load, instead of warning."),
    ]

    /// Every command, in the order the root help lists them. Add new commands here.
    static let commands: [any UpskillCommand.Type] = [
        PlanCommand.self,
        RolesCommand.self,
        SkillsCommand.self,
        ShowCommand.self,
        ValidateCommand.self,
        PluginsCommand.self,
        InitCommand.self,
        AssessCommand.self,
        NextCommand.self,
        StatusCommand.self,
        ReportCommand.self,
        StartCommand.self,
        DoneCommand.self,
        SkipCommand.self,
        ResetCommand.self,
        LogCommand.self,
        NoteCommand.self,
        UndoCommand.self,
        RedoCommand.self,
        RevertCommand.self,
        HistoryCommand.self,
        ExportCommand.self,
        MergeDriverCommand.self,
        CompletionsCommand.self,
    ]

    /// Commands the parser accepts but the root help and the completion scripts leave
    /// out: plumbing for the completion scripts.
    static let hiddenCommands: [any UpskillCommand.Type] = [
        CompleteCommand.self
    ]

    /// `help [<subcommand>]`, which the parser handles itself, listed last in the help.
    static let help: CommandSpec = {
        var help = CommandSpec.help
        help.group = "Other"
        help.examples = [CommandExample("upskill help plan", "The same as 'upskill plan --help'.")]
        return help
    }()

    /// The table the help, the completion scripts and ``CommandSpecLint`` read: every
    /// visible command, `help` included.
    package static let all: [CommandSpec] = commands.map { $0.spec } + [help]

    /// The table the argument parser reads: the visible commands and the hidden ones.
    package static let parsed: [CommandSpec] = all + hiddenCommands.map { $0.spec }

    /// The command type for a command name (not an alias), visible or hidden.
    ///
    /// A switch over the names rather than a search of ``commands``: looking one command
    /// up builds no other command's spec (their help texts and option tables), which the
    /// run of a single command never reads. `UpskillCommandTableTests` checks that it
    /// names every command of the table under its spec's name.
    static func command(named name: String) -> (any UpskillCommand.Type)? {
        switch name {
        case "plan": PlanCommand.self
        case "roles": RolesCommand.self
        case "skills": SkillsCommand.self
        case "show": ShowCommand.self
        case "validate": ValidateCommand.self
        case "plugins": PluginsCommand.self
        case "init": InitCommand.self
        case "assess": AssessCommand.self
        case "next": NextCommand.self
        case "status": StatusCommand.self
        case "report": ReportCommand.self
        case "start": StartCommand.self
        case "done": DoneCommand.self
        case "skip": SkipCommand.self
        case "reset": ResetCommand.self
        case "log": LogCommand.self
        case "note": NoteCommand.self
        case "undo": UndoCommand.self
        case "redo": RedoCommand.self
        case "revert": RevertCommand.self
        case "history": HistoryCommand.self
        case "export": ExportCommand.self
        case "merge-driver": MergeDriverCommand.self
        case "completions": CompletionsCommand.self
        case "__complete": CompleteCommand.self
        default: nil
        }
    }

    /// The help layout for this program at a given width.
    package static func helpFormatter(width: Int) -> HelpFormatter {
        HelpFormatter(
            programName: "upskill", version: "upskill \(version)",
            abstract: "Plan and track the move from data scientist to machine learning engineer.",
            discussion: """
                upskill finds the shortest learning path between roles over a graph of skills and \
                their prerequisites, explains every step, schedules it into weeks, and tracks your \
                progress.
                """,
            width: width)
    }
}
