import UpskillPlanner

/// The roadmap as people read it in a terminal: a summary, then the steps grouped by the
/// week they start in, each with its hours, why it is there and where to learn it.
package struct TextRenderer: RoadmapRenderer {
    package static let format = "text"
    package static let fileExtension = "txt"
    package static let summary = "The roadmap as the terminal shows it (colour only on a terminal)."

    let style: TerminalStyle
    let width: Int

    package init(options: RenderOptions) {
        style = TerminalStyle(options: options)
        width = options.width
    }

    package func render(_ roadmap: Roadmap, progress: RoadmapProgress?) -> String {
        let view = RoadmapView(roadmap, progress: progress)
        let plan = roadmap.plan
        let schedule = roadmap.schedule
        var lines: [String] = []
        lines.append(style.bold("Roadmap: " + clean(roadmap.title(arrow: style.arrow))))
        if plan.steps.isEmpty {
            lines.append("Nothing to learn: you already know everything these targets need.")
            return lines.joined(separator: "\n") + "\n"
        }
        let weeks = schedule.weekCount
        if schedule.firstWeek > 1 {
            // The rest of a saved goal: weeks keep the goal's numbering.
            lines.append(
                "\(plan.steps.count) skill\(plan.steps.count == 1 ? "" : "s") left \(style.dot) \(Format.hours(schedule.totalHours)) hours to study \(style.dot) weeks \(schedule.firstWeek)-\(max(weeks, schedule.firstWeek)) at \(Format.hours(schedule.hoursPerWeek)) h/week \(style.dot) \(schedule.start) to \(schedule.finish)"
            )
        } else {
            lines.append(
                "\(plan.steps.count) skill\(plan.steps.count == 1 ? "" : "s") \(style.dot) \(Format.hours(plan.totalHours)) hours \(style.dot) \(weeks) week\(weeks == 1 ? "" : "s") at \(Format.hours(schedule.hoursPerWeek)) h/week \(style.dot) \(schedule.start) to \(schedule.finish)"
            )
        }
        if let deadline = roadmap.deadline, progress == nil {
            if roadmap.paceFromDeadline {
                lines.append("To finish by \(deadline), study \(Format.hours(schedule.hoursPerWeek)) hours a week.")
            } else if let pace = roadmap.deadlinePace {
                lines.append(pace.sentence(atHoursPerWeek: schedule.hoursPerWeek))
            }
        }
        if plan.optimal {
            lines.append(style.dim("The shortest plan: no other plan takes fewer hours."))
        } else {
            lines.append(
                style.yellow(
                    "The best plan found within the search budget; the shortest takes at least \(Format.hours(plan.lowerBound)) hours (raise --search-budget to search further)."
                ))
        }
        for assumption in plan.assumed {
            lines.append(clean(roadmap.sentence(for: assumption)))
        }
        if let today = view.today {
            let totals = view.totals
            lines.append(
                "Progress: \(Format.hours(totals.doneHours)) of \(Format.hours(totals.plannedHours)) hours (\(totals.percentDone)%) \(style.dot) \(totals.doneCount) of \(totals.stepCount) skills done \(style.dot) at \(Format.hours(totals.hoursPerWeek)) h/week from \(today), done by \(totals.forecast)"
                    + (totals.deadline.map { deadline in
                        totals.onTrack == false
                            ? " " + style.yellow("(after the deadline, \(deadline))") : " (deadline \(deadline))"
                    } ?? ""))
        }
        if !view.earlier.isEmpty {
            lines.append("")
            lines.append(style.bold("Done before this plan"))
            for step in view.earlier {
                lines.append(
                    "  " + style.green(step.status == .skipped ? "skipped" : "done") + "  " + style.bold(step.skill.id)
                        + "  " + clean(step.skill.name))
            }
        }

        let idWidth = min(30, plan.steps.map { roadmap.skill(of: $0).id.count }.max() ?? 0)
        let numberWidth = String(plan.steps.count).count + 1
        var currentWeek = 0
        var currentGroup: Int?
        for (number, (step, stepWeeks)) in zip(view.steps, schedule.weeks).enumerated() {
            if roadmap.showsGroups, let group = step.planStep?.group, group != currentGroup {
                currentGroup = group
                let heading = roadmap.heading(ofGroup: group)
                lines.append("")
                lines.append(style.bold(clean(heading.title)))
                if let outcome = heading.outcome { lines.append(style.dim("Outcome: ") + clean(outcome)) }
                currentWeek = 0
            }
            if stepWeeks.lowerBound != currentWeek {
                currentWeek = stepWeeks.lowerBound
                lines.append("")
                lines.append(style.bold("Week \(currentWeek)") + style.dim(" (from \(schedule.firstDay(ofWeek: currentWeek)))"))
            }
            let skill = step.skill
            let span =
                stepWeeks.count == 1
                ? "week \(stepWeeks.lowerBound)"
                : "weeks \(stepWeeks.lowerBound)\(style.dash)\(stepWeeks.upperBound)"
            let state: String
            switch step.status {
            case .ready: state = "  " + style.green("ready now")
            case .later: state = ""
            case .done: state = "  " + style.green("done")
            case .skipped: state = "  " + style.dim("skipped")
            case .inProgress:
                state = "  " + style.yellow("in progress, \(Format.hours(step.hoursLogged)) h logged")
            }
            let hours = Format.hours(step.hours) + " h"
            lines.append(
                "  " + Format.pad(String(number + 1) + ".", numberWidth, right: true) + " " + style.bold(Format.pad(skill.id, idWidth))
                    + "  " + Format.pad(hours, 6, right: true) + "  " + Format.pad(span, 11) + "  " + clean(skill.name) + state)
            let indent = String(repeating: " ", count: 3 + numberWidth)
            lines.append(indent + style.dim("why: ") + step.why(arrow: style.arrow))
            if !step.alternatives.isEmpty {
                let others = step.alternatives.map { "\($0.id) (\($0.cost))" }
                lines.append(indent + style.dim("chosen over: ") + others.joined(separator: ", "))
            }
            // The resource to take, then the next best.
            for (label, resource) in zip(["learn: ", "also: "], step.resources) {
                lines.append(
                    indent + style.dim(label) + clean(resource.title) + " (\(clean(resource.details))) "
                        + style.cyan(clean(resource.url)))
            }
        }
        lines.append("")
        lines.append(
            "Total: \(Format.hours(plan.totalHours)) hours in \(plan.steps.count) steps. Ready now: \(view.steps.filter { $0.status == .ready }.map(\.skill.id).joined(separator: ", "))."
        )
        return lines.joined(separator: "\n") + "\n"
    }

    /// Catalog text on one line, without control characters (no terminal escapes).
    private func clean(_ text: String) -> String {
        PlainText.singleLine(text)
    }
}
