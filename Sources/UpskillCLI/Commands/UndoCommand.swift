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
        let catalog = try context.catalog(console: console)
        let reverted: JournalEntry?
        do {
            reverted = try context.store.undo(on: context.today) { id in
                catalog.skill(id).map { catalog.id(ofSkill: $0) } ?? id
            }
        } catch {
            throw CLIError(error)
        }
        guard let reverted else {
            throw CLIError("nothing to undo: every change in the history is reverted already", exitCode: .failure)
        }
        let style = TextStyle(console: console)
        console.out(
            "Undid #\(reverted.sequence) of \(reverted.date): \(ChangeSummary.describe(reverted, history: { try? context.history() }, arrow: style.arrow))\n"
        )
    }
}
