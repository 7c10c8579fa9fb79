import UpskillTracking

/// `upskill redo`: bring back what `upskill undo` took back.
struct RedoCommand: UpskillCommand {
    static let spec = CommandSpec(
        "redo",
        abstract: "Bring back the change 'upskill undo' took back last.",
        discussion: """
            Undo and redo work as a stack, as in an editor: undo, undo, redo, redo brings \
            back both changes in turn. A new change after an undo (a revert included) \
            empties the stack. The redo is recorded in the history. Exits 1 when there is \
            nothing to redo.
            """,
        options: CommandTable.catalogOptions,
        examples: [
            CommandExample("upskill redo", "Bring back the change the last undo took back.")
        ],
        group: "Progress")

    let context: ProgressContext

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        context = try ProgressContext(arguments, environment: environment)
    }

    func run(console: Console) throws(CLIError) {
        try context.stepThroughHistory(
            console: console, verb: "Redid",
            nothingLeft: "nothing to redo: no undo since the last change (a new change empties what redo can bring back)"
        ) { store, today, resolve throws(TrackingError) in try store.redo(on: today, resolve: resolve) }
    }
}
