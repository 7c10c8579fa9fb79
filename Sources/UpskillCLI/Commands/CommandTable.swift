/// Every `upskill` command, as the argument parser and the help read them.
package enum CommandTable {
    /// The version `upskill --version` prints.
    package static let version = "0.1.0"

    /// The options every command that loads the catalog takes.
    static let catalogOptions: [OptionSpec] = [
        .list(
            "curriculum", help: "Also load this curriculum file, or every *.json in this folder (repeatable).",
            valueName: "path"),
        .flag("no-builtin", help: "Leave out the built-in curricula."),
        .flag("strict", help: "Stop when a plugin fails to load, instead of warning."),
    ]

    static let plan = CommandSpec(
        "plan",
        abstract: "Plan the shortest learning path from where you stand to a role.",
        discussion: """
            Finds the set of skills with the fewest total hours that takes you from the roles \
            and skills you have to the roles and skills you want, orders it so that every step's \
            prerequisites come first, explains why each step is there, and places the steps on \
            weeks at your pace.
            """,
        options: [
            .list("from", help: "A role you hold now; its skills count as known (repeatable).", valueName: "role"),
            .list("to", help: "A role you want (repeatable).", valueName: "role"),
            .list("know", help: "Skills you already know, comma-separated or repeated.", valueName: "skill"),
            .list("goal", help: "Skills you want, beyond or instead of a role.", valueName: "skill"),
            .list("avoid", help: "Alternatives you refuse to learn; the plan never chooses them.", valueName: "skill"),
            OptionSpec(
                "hours-per-week", help: "Hours of study a week.", valueName: "hours", defaultValue: "8"),
            OptionSpec("start", help: "The first day of week 1, YYYY-MM-DD.", valueName: "date", defaultValue: "today"),
            OptionSpec(
                "by", help: "Finish by this date (YYYY-MM-DD): tells the hours a week that takes.", valueName: "date"),
            OptionSpec(
                "format", help: "Output format.", valueName: "format", allowedValues: ["text", "json"],
                defaultValue: "text"),
            OptionSpec(
                "search-budget",
                help: "Search nodes before settling for the best plan found (then marked not proven optimal).",
                valueName: "nodes", defaultValue: "200000"),
        ] + catalogOptions,
        examples: [
            CommandExample(
                "upskill plan --from data-scientist --to ml-engineer",
                "Your roadmap from data scientist to machine learning engineer."),
            CommandExample(
                "upskill plan --from data-scientist --to ml-engineer --know git,docker --avoid azure",
                "The same, knowing Git and Docker, and never choosing Azure."),
            CommandExample(
                "upskill plan --goal kubernetes --hours-per-week 5 --format json",
                "What it takes to learn Kubernetes at 5 hours a week, for scripts."),
        ],
        group: "Planning")

    static let validate = CommandSpec(
        "validate",
        abstract: "Check curricula: the built-in ones plus the given files and folders.",
        discussion: """
            Prints every problem, one per line, as path:line:column: error: message, and exits 65 \
            when there is any; exits 0 when everything is valid.
            """,
        arguments: [
            ArgumentSpec(
                "path", help: "Curriculum files, or folders of *.json curricula, to check.", isOptional: true,
                isRepeated: true)
        ],
        options: [
            .flag("no-builtin", help: "Leave out the built-in curricula."),
            .flag("strict", help: "Stop when a plugin fails to load, instead of warning."),
        ],
        examples: [
            CommandExample("upskill validate", "Check the built-in curricula and plugins."),
            CommandExample("upskill validate acme.json", "Check a company curriculum against the built-in ones."),
        ],
        group: "Curricula")

    /// All commands, in the order the root help lists them.
    package static let all: [CommandSpec] = [plan, validate]

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
