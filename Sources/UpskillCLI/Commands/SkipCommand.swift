/// `upskill skip SKILL...`: mark skills as known already.
struct SkipCommand: UpskillCommand {
    static let spec = CommandSpec(
        "skip",
        abstract: "Mark skills as skipped: you know them already and will not study them.",
        discussion: """
            A skipped skill counts as known when planning, like a done one, but not as \
            study on your schedule. Ids and aliases are both accepted; an unknown id stops \
            the command before anything changes.
            """,
        arguments: [SkillStateUpdate.skillsArgument("The skills you know already.")],
        options: [SkillStateUpdate.dateOption("The day to record, YYYY-MM-DD.")] + CommandTable.catalogOptions,
        examples: [
            CommandExample("upskill skip linux-shell git", "You know the shell and Git already.")
        ],
        group: "Progress")

    let update: SkillStateUpdate

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        update = try SkillStateUpdate(.skipped, arguments, environment: environment)
    }

    func run(console: Console) throws(CLIError) {
        try update.run(console: console)
    }
}
