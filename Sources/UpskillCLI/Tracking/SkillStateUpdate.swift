import UpskillGraph
import UpskillPlanner
import UpskillTracking

/// The work of `start`, `done`, `skip` and `reset`: move skills to a state, all or none.
struct SkillStateUpdate: Sendable {
    let state: SkillState
    let context: ProgressContext
    let ids: [String]
    let date: CivilDate

    /// The argument every state command takes.
    static func skillsArgument(_ help: String) -> ArgumentSpec {
        ArgumentSpec("skills", help: help, isRepeated: true)
    }

    /// The `--date` option of the state commands.
    static func dateOption(_ help: String) -> OptionSpec {
        OptionSpec("date", help: help, valueName: "date", defaultValue: "today")
    }

    init(_ state: SkillState, _ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        self.state = state
        context = try ProgressContext(arguments, environment: environment)
        ids = arguments.argumentValues("skills")
        date = state == .todo ? context.today : try context.date(arguments.value("date"))
    }

    func run(console: Console) throws(CLIError) {
        let catalog = try context.catalog(console: console)
        // Only reset accepts ids no curriculum knows: it is how such progress is cleared.
        let stored = state == .todo ? try context.load() : nil
        let skills = try context.skills(ids, in: catalog, stored: stored)
        var unchanged: [String] = []
        let entry = try context.update(on: date, catalog: catalog) { progress in
            unchanged = skills.filter { progress[skill: $0].state == state }
            return progress.setState(state, of: skills, on: date)
        }
        let verb = Self.verb(state)
        if let entry, case .setState(_, let transitions) = entry.change {
            let dated = state == .todo ? "" : " (\(date))"
            console.out("\(verb): \(transitions.map(\.skill).joined(separator: ", "))\(dated)\n")
        }
        if !unchanged.isEmpty {
            console.out(
                "Already \(state == .todo ? "not started" : Self.adjective(state)): \(unchanged.joined(separator: ", "))\n"
            )
        }
        if entry == nil { console.out("Nothing changed.\n") }
    }

    static func verb(_ state: SkillState) -> String {
        switch state {
        case .todo: "Reset to not started"
        case .started: "Started"
        case .done: "Done"
        case .skipped: "Skipped (known already)"
        }
    }

    static func adjective(_ state: SkillState) -> String {
        switch state {
        case .todo: "not started"
        case .started: "started"
        case .done: "done"
        case .skipped: "skipped"
        }
    }
}
