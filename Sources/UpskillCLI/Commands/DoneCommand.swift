/// `upskill done SKILL...`: mark skills as learnt.
struct DoneCommand: UpskillCommand {
    static let spec = CommandSpec(
        "done",
        abstract: "Mark skills as done: you have learnt them.",
        discussion: """
            Progress belongs to the skill, not to one plan: a skill done counts in every \
            plan that needs it. Ids and aliases are both accepted; an unknown id stops the \
            command before anything changes. 'upskill undo' reverts it.
            """,
        arguments: [SkillStateUpdate.skillsArgument("The skills you learnt.")],
        options: [SkillStateUpdate.dateOption("The day you finished them, YYYY-MM-DD.")] + CommandTable.catalogOptions,
        examples: [
            CommandExample("upskill done docker kubernetes", "You have learnt Docker and Kubernetes."),
            CommandExample("upskill done git --date 2026-01-10", "You finished Git on 10 January."),
        ],
        group: "Progress")

    let update: SkillStateUpdate

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        update = try SkillStateUpdate(.done, arguments, environment: environment)
    }

    func run(console: Console) throws(CLIError) {
        try update.run(console: console)
    }
}
