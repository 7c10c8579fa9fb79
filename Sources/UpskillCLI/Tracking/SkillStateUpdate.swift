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
        var before = Progress()
        var after = Progress()
        let entry = try context.update(on: date, catalog: catalog) { progress in
            before = progress
            unchanged = skills.filter { progress[skill: $0].state == state }
            defer { after = progress }
            return progress.setState(state, of: skills, on: date)
        }
        let verb = Self.verb(state)
        if let entry, case .setState(_, let transitions) = entry.change {
            let dated = state == .todo ? "" : " (\(date))"
            let changed = transitions.map(\.skill)
            var line = "\(verb): \(changed.joined(separator: ", "))\(dated)"
            if state.isComplete {
                // What the known set gains beyond the skills named: their prerequisites.
                let added = KnownSkills(before, catalog: catalog).added(by: changed.compactMap { catalog.skill($0) })
                if let list = KnownSkills.list(added.map { catalog.id(ofSkill: $0) }) {
                    line += "; also counts as known: " + list
                }
            }
            console.out(line + "\n")
            if state == .started {
                warnNotReady(changed, known: KnownSkills(after, catalog: catalog), console: console)
            }
        }
        if !unchanged.isEmpty {
            console.out(
                "Already \(state == .todo ? "not started" : Self.adjective(state)): \(unchanged.joined(separator: ", "))\n"
            )
        }
        if entry == nil { console.out("Nothing changed.\n") }
    }

    /// `warning: docker is not ready: still open: linux-shell, networking`, for each started
    /// skill with a requirement nothing known meets. Starting it is recorded all the same.
    private func warnNotReady(_ ids: [String], known: KnownSkills, console: Console) {
        for id in ids {
            guard let skill = known.catalog.skill(id) else { continue }
            let open = known.openRequirements(of: skill)
            if !open.isEmpty {
                console.err("warning: \(id) is not ready: still open: \(open.joined(separator: ", "))\n")
            }
        }
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
