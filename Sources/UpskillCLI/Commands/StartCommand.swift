/// `upskill start SKILL...`: mark skills as being studied.
struct StartCommand: UpskillCommand {
    static let spec = CommandSpec(
        "start",
        abstract: "Mark skills as started: you are studying them now.",
        discussion: """
            Ids and aliases are both accepted. An unknown id stops the command before \
            anything changes. 'upskill log' starts a skill by itself.
            """,
        arguments: [SkillStateUpdate.skillsArgument("The skills you started.")],
        options: [SkillStateUpdate.dateOption("The day you started them, YYYY-MM-DD.")] + CommandTable.catalogOptions,
        examples: [
            CommandExample("upskill start docker", "You are learning Docker now."),
            CommandExample("upskill start cpp --date 2026-01-05", "You started C++ on 5 January."),
        ],
        group: "Progress")

    let update: SkillStateUpdate

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        update = try SkillStateUpdate(.started, arguments, environment: environment)
    }

    func run(console: Console) throws(CLIError) {
        try update.run(console: console)
    }
}
