import UpskillTracking

/// `upskill note SKILL [TEXT] [--clear]`: a private note on a skill.
struct NoteCommand: UpskillCommand {
    static let spec = CommandSpec(
        "note",
        abstract: "Add a private note to a skill, or show its notes.",
        discussion: """
            Notes are dated and kept with your progress, never shared. Without a text, \
            shows the skill's notes. Also accepts the ids of skills no curriculum has any \
            more. 'upskill undo' removes a note just added.
            """,
        arguments: [
            ArgumentSpec("skill", help: "The skill."),
            ArgumentSpec("text", help: "The note (quote it); leave it out to show the notes.", isOptional: true),
        ],
        options: [.flag("clear", help: "Remove the skill's notes.")] + CommandTable.catalogOptions,
        examples: [
            CommandExample("upskill note docker 'multi-stage builds: reread chapter 4'", "Add a note on Docker."),
            CommandExample("upskill note docker", "Show your notes on Docker."),
            CommandExample("upskill note docker --clear", "Remove your notes on Docker."),
        ],
        group: "Progress")

    let context: ProgressContext
    let skill: String
    let text: String?
    let clear: Bool

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        context = try ProgressContext(arguments, environment: environment)
        skill = arguments.argument("skill") ?? ""
        text = arguments.argument("text")
        clear = arguments.flag("clear")
        if clear && text != nil {
            throw .usage("give a note's text or --clear, not both")
        }
        if let text, text.allSatisfy(\.isWhitespace) {
            throw .usage("the note is empty: give its text in quotes, e.g. upskill note \(skill) 'what to remember'")
        }
    }

    func run(console: Console) throws(CLIError) {
        let catalog = try context.catalog(console: console)
        let stored = try context.load()
        let id = try context.skill(skill, in: catalog, stored: stored)
        let today = context.today
        if let text {
            var count = 0
            try context.update(on: today, catalog: catalog) { progress in
                let change = progress.addNote(text, to: id, date: today)
                count = progress[skill: id].notes.count
                return change
            }
            console.out("Noted on \(id) (\(count) note\(count == 1 ? "" : "s")).\n")
        } else if clear {
            var removed = 0
            try context.update(on: today, catalog: catalog) { progress in
                removed = progress[skill: id].notes.count
                return progress.clearNotes(of: id)
            }
            console.out(
                removed == 0
                    ? "No notes on \(id).\n" : "Removed \(removed) note\(removed == 1 ? "" : "s") on \(id).\n")
        } else {
            let notes = stored.resolved(in: catalog).notes(of: id, in: catalog)
            guard !notes.isEmpty else {
                console.out("No notes on \(id). Add one: upskill note \(id) 'text'\n")
                return
            }
            for note in notes {
                console.out("\(note.date?.description ?? "(undated)")  \(note.text)\n")
            }
        }
    }
}
