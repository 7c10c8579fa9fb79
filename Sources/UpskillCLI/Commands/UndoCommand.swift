import UpskillTracking

/// `upskill undo`: revert the last change.
struct UndoCommand: UpskillCommand {
    static let spec = CommandSpec(
        "undo",
        abstract: "Revert the last change to your progress, saying what it was.",
        discussion: """
            Repeat it to go further back: each undo reverts the latest change still in \
            effect ('upskill revert N' included, which brings entry N back). 'upskill redo' \
            brings back what undo took back. The undo itself is recorded in the history. \
            Exits 1 when there is nothing left to undo.
            """,
        options: CommandTable.catalogOptions,
        examples: [
            CommandExample("upskill undo", "Revert the last done, skip, log, note or init.")
        ],
        group: "Progress")

    let context: ProgressContext

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        context = try ProgressContext(arguments, environment: environment)
    }

    func run(console: Console) throws(CLIError) {
        try context.stepThroughHistory(
            console: console, verb: "Undid",
            nothingLeft: "nothing to undo: every change in the history is reverted already"
        ) { store, today, resolve throws(TrackingError) in try store.undo(on: today, resolve: resolve) }
    }
}
