import UpskillGraph
import UpskillPlanner
import UpskillTracking

/// `upskill status`: where you stand on your goal.
struct StatusCommand: UpskillCommand {
    static let spec = CommandSpec(
        "status",
        abstract: "Show where you stand: progress bars, hours logged, schedule and forecasts.",
        discussion: """
            Progress is weighted by hours: done and skipped skills count in full, started \
            ones by the hours logged on them (up to their estimate). The schedule compares \
            the hours studied with your planned pace since the goal's start; the forecasts \
            place the work left at that pace and at the pace you have logged. Progress on \
            skills no curriculum has any more is kept and listed.
            """,
        options: [
            OptionSpec(
                "format", help: "Output format.", valueName: "format", allowedValues: ["text", "json"],
                defaultValue: "text")
        ] + CommandTable.catalogOptions,
        examples: [
            CommandExample("upskill status", "Where you stand on your goal."),
            CommandExample("upskill status --format json", "The same figures for a script."),
        ],
        group: "Progress")

    let context: ProgressContext
    let format: String

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        context = try ProgressContext(arguments, environment: environment)
        format = arguments.value("format") ?? "text"
    }

    func run(console: Console) throws(CLIError) {
        let standing = try GoalStanding(context, console: console)
        let goal = standing.goal, report = standing.report, progress = standing.progress
        if format == "json" {
            console.out(StatusJSON.render(report, goal: goal, orphans: progress.orphans, today: context.today))
        } else {
            console.out(
                StatusTextRenderer(console: console).render(
                    report, goal: goal, orphans: progress.orphans, today: context.today))
        }
    }
}
