import UpskillTracking

/// `upskill revert N`: take back one history entry, not necessarily the last.
struct RevertCommand: UpskillCommand {
    static let spec = CommandSpec(
        "revert",
        abstract: "Take back one entry of the history by its number, not necessarily the last.",
        discussion: """
            N is the number 'upskill history' shows. The revert is an entry of its own: \
            'upskill undo' takes it back, bringing entry N back. A later change still in \
            effect may depend on entry N, and then nothing is changed and the reason is \
            given: a later init (the goal), a later start, done, skip, reset, assess or \
            first log of the same skill (its state), or a 'note --clear' on the same \
            skill's notes. Revert the later entry first. Study time logged on a skill \
            already started, and notes, never depend on one another. Exits 1 when it \
            refuses, 64 for a number with no entry.
            """,
        arguments: [ArgumentSpec("entry", help: "The entry's number, as 'upskill history' shows it: 12 or #12.")],
        options: CommandTable.catalogOptions,
        examples: [
            CommandExample("upskill revert 12", "Take back entry #12, e.g. a session logged on the wrong skill.")
        ],
        group: "Progress")

    let context: ProgressContext
    let sequence: Int

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        context = try ProgressContext(arguments, environment: environment)
        let text = arguments.argument("entry") ?? ""
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard let number = Int(digits), number >= 1 else {
            throw .usage("the entry to revert is a number as 'upskill history' shows it, e.g. 12 or #12, not '\(text)'")
        }
        sequence = number
    }

    func run(console: Console) throws(CLIError) {
        let catalog = try context.catalog(console: console)
        let outcome: ProgressStore.RevertOutcome
        do {
            outcome = try context.store.revert(
                sequence, on: context.today, resolve: ProgressContext.canonicalSkillID(in: catalog))
        } catch {
            throw CLIError(error)
        }
        let style = TextStyle(console: console)
        func describe(_ entry: JournalEntry) -> String {
            "#\(entry.sequence) of \(entry.date) (\(ChangeSummary.describe(entry.change, arrow: style.arrow)))"
        }
        switch outcome {
        case .reverted(let target, let entry):
            console.out("Reverted \(describe(target)) as #\(entry.sequence); 'upskill undo' takes the revert back.\n")
        case .refused(.notFound(let number, let last)):
            let range = last.map { "entries are numbered 1 to \($0)" } ?? "there is no history yet"
            throw .usage("there is no entry #\(number) in the history: \(range) (see 'upskill history --all')")
        case .refused(.notAnAction(let entry)):
            let what = if case .redo = entry.change { "a redo: 'upskill undo' takes it back" } else {
                "an undo: 'upskill redo' brings back what it took back"
            }
            throw CLIError("#\(entry.sequence) is \(what); nothing was changed", exitCode: .failure)
        case .refused(.alreadyTakenBack(let entry, let taker)):
            let by = taker.map { " by #\($0.sequence)" } ?? ""
            throw CLIError(
                "\(describe(entry)) is already taken back\(by); nothing was changed", exitCode: .failure)
        case .refused(.dependents(let entry, let dependents)):
            var lines = ["error: cannot revert \(describe(entry)): later entries depend on it; nothing was changed"]
            for (later, shared) in dependents {
                lines.append("  \(describe(later)) changed \(shared) after it")
            }
            let first = dependents.last.map { "upskill revert \($0.0.sequence)" } ?? ""
            lines.append("Revert those first, latest first ('\(first)'), or record the correction as a new change.")
            throw CLIError(lines: lines, exitCode: .failure)
        }
    }
}
