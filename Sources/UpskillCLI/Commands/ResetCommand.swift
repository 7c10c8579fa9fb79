/// `upskill reset SKILL...`: mark skills as not started.
struct ResetCommand: UpskillCommand {
    static let spec = CommandSpec(
        "reset",
        abstract: "Mark skills as not started again.",
        discussion: """
            Study time logged and notes are kept. Also accepts the ids of skills that no \
            curriculum has any more, whose progress 'upskill status' lists, to clear them. \
            An unknown id stops the command before anything changes.
            """,
        arguments: [SkillStateUpdate.skillsArgument("The skills to reset.")],
        options: CommandTable.catalogOptions,
        examples: [
            CommandExample("upskill reset docker", "Docker is not started after all.")
        ],
        group: "Progress")

    let update: SkillStateUpdate

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        update = try SkillStateUpdate(.todo, arguments, environment: environment)
    }

    func run(console: Console) throws(CLIError) {
        try update.run(console: console)
    }
}
