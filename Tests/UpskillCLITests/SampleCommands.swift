import UpskillCLI

/// A realistic command table, shaped like upskill's, for the parser and help tests.
enum SampleCommands {
    static let plan = CommandSpec(
        "plan",
        abstract: "Plan the shortest learning path between roles.",
        discussion: """
            Starts from the roles you hold and the skills you already know, and orders what \
            is missing for the target roles so that every skill comes after the skills it requires.
            """,
        options: [
            .list("from", help: "Where you stand now (repeatable).", valueName: "role"),
            .list("to", help: "Where you want to be (repeatable).", valueName: "role"),
            .list("know", short: "k", help: "Skills you already have, comma-separated.", valueName: "skill"),
            OptionSpec(
                "hours-per-week", help: "How many hours a week you can spend learning.", valueName: "h",
                defaultValue: "8"
            ),
            OptionSpec(
                "format", short: "f", help: "Output format: text, json.", allowedValues: ["text", "json"],
                defaultValue: "text"
            ),
            .flag("debug-graph", help: "Print the planner's graph.", isHidden: true),
        ],
        examples: [
            CommandExample(
                "upskill plan --from data-scientist --to ml-engineer",
                "Plan the move from data scientist to ML engineer."
            ),
            CommandExample(
                "upskill plan --to platform-engineer --know docker,linux --format json",
                "Plan towards platform engineer from scratch, skipping what you know, as JSON."
            ),
        ],
        group: "Planning"
    )

    static let show = CommandSpec(
        "show",
        abstract: "Show a skill: what it requires and how to learn it.",
        arguments: [ArgumentSpec("skill", help: "The skill to show.")],
        options: [OptionSpec("format", help: "Output format.", allowedValues: ["text", "json"], defaultValue: "text")],
        examples: [CommandExample("upskill show kubernetes", "Show the Kubernetes skill.")],
        aliases: ["info"],
        group: "Catalog"
    )

    static let roles = CommandSpec("roles", abstract: "List the roles.", group: "Catalog")

    static let done = CommandSpec(
        "done",
        abstract: "Mark skills as learnt.",
        arguments: [ArgumentSpec("skills", help: "The skills you learnt.", isRepeated: true)],
        options: [
            OptionSpec("date", help: "When you learnt them (YYYY-MM-DD).", valueName: "date", defaultValue: "today"),
            .flag("force", help: "Mark them even if their requirements are not done."),
        ],
        examples: [
            CommandExample("upskill done git 'shell basics' --date 2024-05-01", "Record two skills learnt on 1 May.")
        ],
        group: "Progress"
    )

    static let log = CommandSpec(
        "log",
        abstract: "Show what you did, newest first.",
        arguments: [ArgumentSpec("skill", help: "Only this skill.", isOptional: true)],
        options: [
            OptionSpec("since", help: "Only entries on or after this day.", valueName: "date"),
            OptionSpec("limit", short: "n", help: "At most this many entries.", valueName: "n"),
        ],
        group: "Progress"
    )

    static let note = CommandSpec(
        "note",
        abstract: "Attach a note to a skill.",
        arguments: [
            ArgumentSpec("skill", help: "The skill."),
            ArgumentSpec("text", help: "The note; '-' reads it from standard input."),
        ],
        group: "Progress"
    )

    static let status = CommandSpec("status", abstract: "Show where you are on your plan.", group: "Progress")

    static let initCommand = CommandSpec(
        "init",
        abstract: "Start a learning plan in this directory.",
        options: [
            OptionSpec("hours-per-week", short: "h", help: "Hours a week to plan for.", valueName: "h"),
            .flag("force", help: "Replace an existing plan."),
        ],
        group: "Progress"
    )

    static let completions = CommandSpec(
        "completions",
        abstract: "Print a shell completion script.",
        arguments: [ArgumentSpec("shell", help: "The shell.", allowedValues: ["bash", "zsh", "fish"])]
    )

    static let all: [CommandSpec] = [plan, show, roles, done, log, note, status, initCommand, completions, .help]
}
