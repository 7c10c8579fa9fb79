import UpskillPlanner

/// The roadmap as people read it in a terminal: a summary, then the steps grouped by the
/// week they start in, each with its hours, why it is there and where to learn it.
struct RoadmapTextRenderer {
    let style: TextStyle
    let width: Int

    init(console: Console) {
        style = TextStyle(console: console)
        width = console.width
    }

    /// - Parameters:
    ///   - roadmap: The roadmap.
    ///   - done: Lines listing the skills already done, shown above the steps.
    func render(_ roadmap: Roadmap, done: [String] = []) -> String {
        let plan = roadmap.plan
        let schedule = roadmap.schedule
        var lines: [String] = []
        lines.append(style.bold("Roadmap: " + roadmap.title(arrow: style.arrow)))
        if plan.steps.isEmpty {
            lines.append("Nothing to learn: you already know everything these targets need.")
            if !done.isEmpty { lines += [""] + done }
            return lines.joined(separator: "\n") + "\n"
        }
        let weeks = schedule.weekCount
        lines.append(
            "\(plan.steps.count) skill\(plan.steps.count == 1 ? "" : "s") \(style.dot) \(formatHours(plan.totalHours)) hours \(style.dot) \(weeks) week\(weeks == 1 ? "" : "s") at \(formatHours(schedule.hoursPerWeek)) h/week \(style.dot) \(schedule.start) to \(schedule.finish)"
        )
        if let deadline = roadmap.deadline {
            lines.append("To finish by \(deadline), study \(formatHours(schedule.hoursPerWeek)) hours a week.")
        }
        if plan.optimal {
            lines.append(style.dim("The shortest plan: no other plan takes fewer hours."))
        } else {
            lines.append(
                style.yellow(
                    "The best plan found within the search budget; the shortest takes at least \(formatHours(plan.lowerBound)) hours (raise --search-budget to search further)."
                ))
        }

        if !done.isEmpty { lines += [""] + done }

        let idWidth = min(30, plan.steps.map { roadmap.skill(of: $0).id.count }.max() ?? 0)
        let numberWidth = String(plan.steps.count).count + 1
        var currentWeek = 0
        for (number, (step, stepWeeks)) in zip(plan.steps, schedule.weeks).enumerated() {
            if stepWeeks.lowerBound != currentWeek {
                currentWeek = stepWeeks.lowerBound
                lines.append("")
                lines.append(style.bold("Week \(currentWeek)") + style.dim(" (from \(schedule.firstDay(ofWeek: currentWeek)))"))
            }
            let skill = roadmap.skill(of: step)
            let span =
                stepWeeks.count == 1
                ? "week \(stepWeeks.lowerBound)"
                : "weeks \(stepWeeks.lowerBound)\(style.dash)\(stepWeeks.upperBound)"
            let ready = step.isReady ? "  " + style.green("ready now") : ""
            let hours = formatHours(step.hours) + " h"
            lines.append(
                "  " + pad(String(number + 1) + ".", numberWidth, right: true) + " " + style.bold(pad(skill.id, idWidth))
                    + "  " + pad(hours, 6, right: true) + "  " + pad(span, 11) + "  " + skill.name + ready)
            let indent = String(repeating: " ", count: 3 + numberWidth)
            lines.append(indent + style.dim("why: ") + why(step, in: roadmap))
            if !step.alternatives.isEmpty {
                let others = step.alternatives.map { alternative in
                    let id = roadmap.catalog.id(ofSkill: alternative.skill)
                    return alternative.hours.map { "\(id) (+\(formatHours($0)) h)" } ?? "\(id) (avoided)"
                }
                lines.append(indent + style.dim("chosen over: ") + others.joined(separator: ", "))
            }
            for resource in roadmap.resources(for: step, limit: 1) {
                var details = [resource.kind.rawValue]
                if let hours = resource.hours { details.append("\(formatHours(hours)) h") }
                if let cost = resource.cost { details.append(cost == 0 ? "free" : "$\(formatHours(cost))") }
                lines.append(
                    indent + style.dim("learn: ") + resource.title + " (\(details.joined(separator: ", "))) "
                        + style.cyan(resource.url))
            }
        }
        lines.append("")
        lines.append(
            "Total: \(formatHours(plan.totalHours)) hours in \(plan.steps.count) steps. Ready now: \(plan.readySteps.map { roadmap.skill(of: $0).id }.joined(separator: ", "))."
        )
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` padded with spaces to `width` (left-aligned, or right-aligned).
    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }

    /// `for docker → kubernetes → ml-engineer`, with the other steps that need it.
    private func why(_ step: PlanStep, in roadmap: Roadmap) -> String {
        if step.because.contains(.goal) { return "a goal you asked for" }
        let chain = roadmap.chain(for: step)
        var text = "for " + chain.joined(separator: " \(style.arrow) ")
        let others = step.because.dropFirst().map { roadmap.id(of: $0, step: step) }
        if !others.isEmpty {
            let shown = others.prefix(4).joined(separator: ", ")
            text += "; also for \(shown)" + (others.count > 4 ? " and \(others.count - 4) more" : "")
        }
        return text
    }
}
