import UpskillPlanner
import UpskillTracking

/// `upskill log SKILL DURATION [--date DATE]`: record study time.
struct LogCommand: UpskillCommand {
    static let spec = CommandSpec(
        "log",
        abstract: "Record time spent studying a skill.",
        discussion: """
            A duration is a number with a unit: 90m, 1.5h, 2h30m (h for hours, m for \
            minutes; a bare number is refused, since it could be either), or hours and \
            minutes as 1:30. --date logs a past day. A skill not started yet becomes \
            started. More than 16h on one day (all skills together), or more than twice a \
            skill's estimate on it in all, needs --force: on a terminal it is refused \
            (exit 1), from a script it is logged with a warning. 'upskill revert N' takes \
            back a wrong entry.
            """,
        arguments: [
            ArgumentSpec("skill", help: "The skill you studied."),
            ArgumentSpec("duration", help: "How long: 90m, 1.5h, 2h30m, 1:30."),
        ],
        options: [
            OptionSpec("date", help: "The day you studied, YYYY-MM-DD.", valueName: "date", defaultValue: "today"),
            .flag("force", help: "Log it even past 16h in a day or twice the skill's estimate."),
        ] + CommandTable.catalogOptions,
        examples: [
            CommandExample("upskill log docker 90m", "You studied Docker for an hour and a half today."),
            CommandExample("upskill log kubernetes 2h30m --date 2026-01-10", "Two and a half hours on 10 January."),
            CommandExample("upskill log python 1:30", "An hour and a half, written as a clock would."),
        ],
        group: "Progress")

    let context: ProgressContext
    let skill: String
    let minutes: Int
    let date: CivilDate
    let force: Bool
    /// The arguments as given, to show the command again with `--force`.
    let given: [String]

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        context = try ProgressContext(arguments, environment: environment)
        skill = arguments.argument("skill") ?? ""
        do throws(DurationError) {
            minutes = try StudyDuration.minutes(arguments.argument("duration") ?? "")
        } catch {
            throw .usage(error.message)
        }
        date = try context.date(arguments.value("date"))
        force = arguments.flag("force")
        given = [skill, arguments.argument("duration") ?? ""] + (arguments.value("date").map { ["--date", $0] } ?? [])
    }

    func run(console: Console) throws(CLIError) {
        let catalog = try context.catalog(console: console)
        let id = try context.skill(skill, in: catalog, stored: try context.load())
        let estimate = catalog.skill(id).map { catalog.hours(ofSkill: $0) }
        let atTerminal = console.readLine != nil
        var exceeded: [String] = []
        var total = 0
        let entry = try context.update(on: date, catalog: catalog) { progress in
            exceeded =
                force
                ? [] : LogLimits.exceeded(logging: minutes, on: id, date: date, progress: progress, estimateHours: estimate)
            if atTerminal, !exceeded.isEmpty { return nil }
            let change = progress.log(minutes: minutes, on: id, date: date)
            total = progress[skill: id].minutes
            return change
        }
        if entry == nil {
            let command = (["upskill", "log"] + given.map(Self.quoted) + ["--force"]).joined(separator: " ")
            throw CLIError(
                lines: exceeded.map { "error: not logged: \($0)" } + ["If it is right, run: \(command)"],
                exitCode: .failure)
        }
        for problem in exceeded {
            console.err("warning: \(problem); logged anyway (not a terminal: add --force to say it is right)\n")
        }
        console.out(
            "Logged \(StudyDuration.format(minutes: minutes)) on \(id) (\(date)); \(StudyDuration.format(minutes: total)) on it in all.\n"
        )
        if let entry, case .log(_, _, let transition?) = entry.change {
            console.out("\(transition.skill) is now started.\n")
        }
    }

    /// An argument as a shell reads it back: quoted when it has anything but plain
    /// characters.
    static func quoted(_ text: String) -> String {
        let plain = text.allSatisfy { $0.isLetter || $0.isNumber || "-_.:+/".contains($0) }
        return plain && !text.isEmpty ? text : "'" + text.replacing("'", with: "'\\''") + "'"
    }
}
