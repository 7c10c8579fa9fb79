import UpskillGraph
import UpskillRendering
import UpskillPlanner
import UpskillTracking

/// `upskill next`: what to learn now.
struct NextCommand: UpskillCommand {
    static let spec = CommandSpec(
        "next",
        abstract: "Show what to learn now: the skills of your plan that are ready.",
        discussion: """
            Plans your saved goal with the skills you have done or skipped counted as known, \
            and lists the steps whose prerequisites are all met, in plan order, with the best \
            resource for each. Skills you have started come first, marked, even when \
            something they need is still open.
            """,
        options: [
            OptionSpec("limit", help: "Show at most this many skills.", valueName: "n", defaultValue: "5"),
            OptionSpec(
                "format", help: "Output format.", valueName: "format", allowedValues: ["text", "json"],
                defaultValue: "text"),
        ] + CommandTable.catalogOptions,
        examples: [
            CommandExample("upskill next", "The next five skills you can start."),
            CommandExample("upskill next --limit 1 --format json", "The very next one, for a script or a prompt."),
        ],
        group: "Progress")

    let context: ProgressContext
    let limit: Int
    let format: String

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        context = try ProgressContext(arguments, environment: environment)
        if let text = arguments.value("limit") {
            guard let value = Int(text), value > 0 else {
                throw .usage("--limit takes a whole number above 0, not '\(text)'")
            }
            limit = value
        } else {
            limit = 5
        }
        format = arguments.value("format") ?? "text"
    }

    func run(console: Console) throws(CLIError) {
        let standing = try GoalStanding(context, console: console)
        let goal = standing.goal, catalog = standing.catalog, plan = standing.plan, progress = standing.progress
        let ready = plan.readySteps
        // Started skills first, ready or not: a skill being studied is never hidden.
        let started = plan.steps.filter { progress.record(of: $0.skill).state == .started }
        let listed = started + ready.filter { progress.record(of: $0.skill).state != .started }
        let shown = Array(listed.prefix(limit))
        // What is known, worked out only for a started skill that is not ready yet.
        var known: KnownSkills?
        func openRequirements(of skill: Int32) -> [String] {
            let skills = known ?? KnownSkills(goal: goal, completed: progress.completed, catalog: catalog)
            known = skills
            return skills.openRequirements(of: skill)
        }
        // The hours left as `status` counts them (time logged on started skills comes off).
        let figures = standing.report.figures

        if format == "json" {
            let steps: [JSONOutput] = shown.map { step in
                let skill = catalog.skills[Int(step.skill)]
                let record = progress.record(of: step.skill)
                let resource = catalog.resourcesBySkill[Int(step.skill)].first.map { catalog.resources[Int($0)] }
                return .object([
                    ("skill", .string(skill.id)),
                    ("name", .string(skill.name)),
                    ("category", .string(skill.category)),
                    ("hours", .number(step.hours)),
                    ("state", .string(record.state.rawValue)),
                    ("ready", .bool(step.isReady)),
                    (
                        "stillOpen",
                        .array(step.isReady ? [] : openRequirements(of: step.skill).map(JSONOutput.string))
                    ),
                    ("loggedHours", .number(record.hours)),
                    (
                        "resource",
                        resource.map {
                            .object([
                                ("title", .string($0.title)), ("kind", .string($0.kind.rawValue)),
                                ("url", .string($0.url)),
                            ])
                        } ?? .null
                    ),
                ])
            }
            console.out(
                JSONOutput.object([
                    ("goal", goal.json),
                    ("readyCount", .number(Double(ready.count))),
                    ("startedCount", .number(Double(started.count))),
                    ("remainingSkills", .number(Double(plan.steps.count))),
                    ("remainingHours", .number((figures.leftHours * 100).rounded() / 100)),
                    ("leftHours", .number((figures.leftHours * 100).rounded() / 100)),
                    ("finish", .string(figures.finish.description)),
                    ("steps", .array(steps)),
                ]).rendered())
            return
        }

        let style = TextStyle(console: console)
        guard !plan.steps.isEmpty else {
            console.out("Nothing left to learn for \(goal.title(arrow: style.arrow)): the goal is reached.\n")
            return
        }
        var lines = [
            style.bold("Next for \(goal.title(arrow: style.arrow))")
                + ": \(ready.count) skill\(ready.count == 1 ? "" : "s") ready now "
                + (started.isEmpty ? "" : "and \(started.count) started ")
                + "(\(plan.steps.count) left \(style.dot) \(formatHours(figures.leftHours)) h to study)"
        ]
        let idWidth = min(30, shown.map { catalog.id(ofSkill: $0.skill).count }.max() ?? 0)
        for step in shown {
            let skill = catalog.skills[Int(step.skill)]
            let record = progress.record(of: step.skill)
            let hours = formatHours(step.hours) + " h"
            var line =
                "  " + style.bold(Format.pad(skill.id, idWidth)) + "  " + Format.pad(hours, 6, right: true)
                + "  " + skill.name
            if record.state == .started {
                var marks = ["started"]
                if record.minutes > 0 { marks.append("\(formatHours(record.hours)) h logged") }
                if !step.isReady {
                    marks.append("not ready: still open: " + openRequirements(of: step.skill).joined(with: ", "))
                }
                line += "  " + style.yellow(marks.joined(with: ", "))
            }
            lines.append(line)
            if let index = catalog.resourcesBySkill[Int(step.skill)].first {
                let resource = catalog.resources[Int(index)]
                lines.append("    " + style.dim("learn: ") + resource.title + " " + style.cyan(resource.url))
            }
        }
        if listed.count > shown.count {
            lines.append("and \(listed.count - shown.count) more ready: upskill next --limit \(listed.count)")
        }
        console.out(lines.joined(with: "\n") + "\n")
    }
}
