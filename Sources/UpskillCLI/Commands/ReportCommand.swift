import UpskillPlanner
import UpskillRendering
import UpskillTracking

/// `upskill report [--weeks N]`: the last weeks of study against the plan.
struct ReportCommand: UpskillCommand {
    static let spec = CommandSpec(
        "report",
        abstract: "Show the last weeks: hours logged against your pace, skills finished, and a burn-up.",
        discussion: """
            Weeks are ISO weeks, Monday to Sunday, the last one being this week. For each: \
            the hours logged (every skill) against the goal's hours a week, the skills \
            marked done, and the credited hours at its end: the estimates of the goal's \
            skills done or skipped by then, and of the skills known through them. The \
            forecast continues the burn-up at your pace to the finish date 'upskill status' \
            gives.
            """,
        options: [
            OptionSpec("weeks", help: "How many weeks, up to this one (1 to 104).", valueName: "n", defaultValue: "8"),
            OptionSpec(
                "format", help: "Output format.", valueName: "format", allowedValues: ["text", "json"],
                defaultValue: "text"),
        ] + CommandTable.catalogOptions,
        examples: [
            CommandExample("upskill report", "The last eight weeks."),
            CommandExample("upskill report --weeks 26 --format json", "Half a year, for a script or a chart."),
        ],
        group: "Progress")

    let context: ProgressContext
    let weeks: Int
    let format: String

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        context = try ProgressContext(arguments, environment: environment)
        if let text = arguments.value("weeks") {
            guard let value = Int(text), (1...104).contains(value) else {
                throw .usage("--weeks takes a whole number of weeks from 1 to 104, not '\(text)'")
            }
            weeks = value
        } else {
            weeks = 8
        }
        format = arguments.value("format") ?? "text"
    }

    func run(console: Console) throws(CLIError) {
        let standing = try GoalStanding(context, console: console)
        let goal = standing.goal, catalog = standing.catalog, plan = standing.plan
        let progress = standing.progress, report = standing.report
        let weekly = WeeklyReport(
            weeks: weeks, goal: goal, catalog: catalog, progress: progress, report: report,
            assumed: catalog.mandatoryClosureMask(of: plan.assumed.map(\.assumed)), today: context.today)
        if format == "json" {
            console.out(json(weekly, goal: goal).rendered())
        } else {
            console.out(text(weekly, goal: goal, console: console))
        }
    }

    private static func rounded(_ hours: Double) -> JSONOutput {
        .number((hours * 100).rounded() / 100)
    }

    private func json(_ weekly: WeeklyReport, goal: Goal) -> JSONOutput {
        .object([
            ("goal", goal.json),
            ("hoursPerWeek", .number(goal.hoursPerWeek)),
            ("totalHours", Self.rounded(weekly.totalHours)),
            ("creditedHours", Self.rounded(weekly.creditedHours)),
            ("leftHours", Self.rounded(weekly.leftHours)),
            ("finish", .string(weekly.finish.description)),
            (
                "weeks",
                .array(
                    weekly.weeks.map { week in
                        .object([
                            ("week", .string(week.week.description)),
                            ("start", .string(week.week.monday.description)),
                            ("end", .string(week.week.sunday.description)),
                            ("loggedHours", Self.rounded(week.loggedHours)),
                            ("plannedHours", .number(week.plannedHours)),
                            ("done", .array(week.done.map(JSONOutput.string))),
                            ("creditedHours", Self.rounded(week.creditedHours)),
                        ])
                    })
            ),
            (
                "forecast",
                .array(
                    weekly.forecast.map { week in
                        .object([
                            ("week", .string(week.week.description)),
                            ("start", .string(week.week.monday.description)),
                            ("creditedHours", Self.rounded(week.creditedHours)),
                        ])
                    })
            ),
        ])
    }

    private func text(_ weekly: WeeklyReport, goal: Goal, console: Console) -> String {
        let style = TextStyle(console: console)
        let bar = ProgressBar(usesUnicode: console.usesUnicode, width: 16)
        let pace = goal.hoursPerWeek
        var lines = [
            style.bold("Report for \(goal.title(arrow: style.arrow))")
                + ": the last \(Format.count(weekly.weeks.count, "week")) at \(formatHours(pace)) h/week",
            "",
            style.dim("Week      From        Logged against pace            Done"),
        ]
        for week in weekly.weeks {
            let scale = week.plannedHours > 0 ? week.loggedHours / week.plannedHours : (week.loggedMinutes > 0 ? 1 : 0)
            let figures = Format.pad(
                "\(formatHours(week.loggedHours)) of \(formatHours(week.plannedHours)) h", 12)
            lines.append(
                "\(week.week.description)  \(week.week.monday)  \(bar.render(scale)) \(figures)  "
                    + (week.done.isEmpty ? style.dim("-") : week.done.joined(separator: ", ")))
        }
        lines += [
            "",
            style.dim("Burn-up: credited hours of \(formatHours(weekly.totalHours)) h"),
        ]
        let burn = ProgressBar(usesUnicode: console.usesUnicode, width: 30)
        let total = weekly.totalHours
        for week in weekly.weeks {
            let fraction = total > 0 ? week.creditedHours / total : 1
            lines.append(
                "\(week.week.description)  \(burn.render(fraction)) "
                    + Format.pad(formatHours(week.creditedHours.rounded()) + " h", 7, right: true) + "  "
                    + formatPercent(fraction))
        }
        for week in weekly.forecast {
            let fraction = total > 0 ? week.creditedHours / total : 1
            let drawn = burn.render(fraction).replacing("#", with: "=")
                .replacing("█", with: "▒")
            lines.append(
                "\(week.week.description)  \(drawn) "
                    + Format.pad(formatHours(week.creditedHours.rounded()) + " h", 7, right: true) + "  "
                    + style.dim("forecast"))
        }
        let left = weekly.leftHours
        lines.append(
            "Forecast: \(formatHours(left)) h left at \(formatHours(pace)) h/week \(style.dot) finish \(weekly.finish)"
        )
        return lines.joined(separator: "\n") + "\n"
    }
}
