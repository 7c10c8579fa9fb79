import UpskillGraph
import UpskillPlanner
import UpskillTracking

/// Bare `upskill`: with a saved goal, a short dashboard (the goal, its percent, this
/// week's hours against the pace, the next two steps); without one, how to start.
struct DashboardCommand {
    let context: ProgressContext

    init(environment: Environment) throws(CLIError) {
        context = try ProgressContext(ParsedArguments(command: ""), environment: environment)
    }

    func run(console: Console) throws(CLIError) {
        let saved = try context.load()
        guard let goal = saved.goal else {
            console.out(
                """
                No goal saved yet. Start with: upskill init --from data-scientist --to ml-engineer
                See every command: upskill help

                """)
            return
        }
        let standing = try GoalStanding(context, goal: goal, saved: saved, console: console)
        let catalog = standing.catalog, progress = standing.progress, plan = standing.plan, report = standing.report
        let style = TextStyle(console: console)
        let week = ISOWeek(containing: context.today)
        let minutes = progress.allSessions.filter { week.contains($0.date) }.reduce(0) { $0 + $1.minutes }
        let hours = Double(minutes) / 60
        let bar = ProgressBar(usesUnicode: console.usesUnicode, width: 10)

        var lines = [
            style.bold(goal.title(arrow: style.arrow)) + ": " + formatPercent(report.fraction) + " "
                + bar.render(report.fraction) + " \(style.dot) finish \(report.plannedForecast.finish)",
            "This week (\(week.description), from \(week.monday)): \(formatHours(hours)) of \(formatHours(goal.hoursPerWeek)) h "
                + bar.render(goal.hoursPerWeek > 0 ? hours / goal.hoursPerWeek : 1),
        ]
        let started = plan.steps.filter { progress.record(of: $0.skill).state == .started }
        let next = started + plan.readySteps.filter { progress.record(of: $0.skill).state != .started }
        if next.isEmpty {
            lines.append("Nothing left to learn: the goal is reached.")
        } else {
            let steps = next.prefix(2).map { step in
                let started = progress.record(of: step.skill).state == .started ? ", started" : ""
                return "\(catalog.id(ofSkill: step.skill)) (\(formatHours(step.hours)) h\(started))"
            }
            lines.append("Next: " + steps.joined(separator: ", "))
        }
        lines.append(style.dim("More: upskill status, upskill next, upskill report; every command: upskill help"))
        console.out(lines.joined(separator: "\n") + "\n")
    }
}
