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
        let catalog = try context.catalog(console: console)
        let redone: JournalEntry?
        do {
            redone = try context.store.redo(on: context.today) { id in
                catalog.skill(id).map { catalog.id(ofSkill: $0) } ?? id
            }
        } catch {
            throw CLIError(error)
        }
        guard let redone else {
            throw CLIError(
                "nothing to redo: no undo since the last change (a new change empties what redo can bring back)",
                exitCode: .failure)
        }
        let style = TextStyle(console: console)
        console.out(
            "Redid #\(redone.sequence) of \(redone.date): \(ChangeSummary.describe(redone, history: { try? context.history() }, arrow: style.arrow))\n"
        )
    }
}
