import UpskillPlanner
import UpskillTracking

/// `upskill log SKILL DURATION [--date DATE]`: record study time.
struct LogCommand: UpskillCommand {
    static let spec = CommandSpec(
        "log",
        abstract: "Record time spent studying a skill.",
        discussion: """
            A duration is a number with a unit: 90m, 1.5h, 2h30m (h for hours, m for \
            minutes; a bare number is refused, since it could be either). A skill not \
            started yet becomes started. 'upskill status' forecasts your finish at the pace \
            you log.
            """,
        arguments: [
            ArgumentSpec("skill", help: "The skill you studied."),
            ArgumentSpec("duration", help: "How long: 90m, 1.5h, 2h30m."),
        ],
        options: [
            OptionSpec("date", help: "The day you studied, YYYY-MM-DD.", valueName: "date", defaultValue: "today")
        ] + CommandTable.catalogOptions,
        examples: [
            CommandExample("upskill log docker 90m", "You studied Docker for an hour and a half today."),
            CommandExample("upskill log kubernetes 2h30m --date 2026-01-10", "Two and a half hours on 10 January."),
        ],
        group: "Progress")

    let context: ProgressContext
    let skill: String
    let minutes: Int
    let date: CivilDate

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        context = try ProgressContext(arguments, environment: environment)
        skill = arguments.argument("skill") ?? ""
        do throws(DurationError) {
            minutes = try StudyDuration.minutes(arguments.argument("duration") ?? "")
        } catch {
            throw .usage(error.message)
        }
        date = try context.date(arguments.value("date"))
    }

    func run(console: Console) throws(CLIError) {
        let catalog = try context.catalog(console: console)
        let id = try context.skill(skill, in: catalog, stored: try context.load())
        var total = 0
        let entry = try context.update(on: date, catalog: catalog) { progress in
            let change = progress.log(minutes: minutes, on: id, date: date)
            total = progress[skill: id].minutes
            return change
        }
        console.out(
            "Logged \(StudyDuration.format(minutes: minutes)) on \(id) (\(date)); \(StudyDuration.format(minutes: total)) on it in all.\n"
        )
        if let entry, case .log(_, _, let transition?) = entry.change {
            console.out("\(transition.skill) is now started.\n")
        }
    }
}
