import UpskillPlanner

/// The roadmap as people read it in a terminal: a summary, then the steps under one
/// heading per milestone and per month, each with its name, id, hours and weeks, why it is
/// there and where to learn it, every line wrapped at word boundaries to the terminal's
/// width with a hanging indent.
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
            lines += wrap([.init(
                "\(plan.steps.count) skill\(plan.steps.count == 1 ? "" : "s") left \(style.dot) \(Format.hours(schedule.totalHours)) hours to study \(style.dot) weeks \(schedule.firstWeek)-\(max(weeks, schedule.firstWeek)) at \(Format.hours(schedule.hoursPerWeek)) h/week \(style.dot) \(schedule.start) to \(schedule.finish)")], hanging: "  ")
        } else {
            lines += wrap([.init(
                "\(plan.steps.count) skill\(plan.steps.count == 1 ? "" : "s") \(style.dot) \(Format.hours(plan.totalHours)) hours \(style.dot) \(weeks) week\(weeks == 1 ? "" : "s") at \(Format.hours(schedule.hoursPerWeek)) h/week \(style.dot) \(schedule.start) to \(schedule.finish)")], hanging: "  ")
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
            lines += wrap([.init(clean(roadmap.sentence(for: assumption)))], hanging: "  ")
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

        let numberWidth = String(plan.steps.count).count + 1
        var currentMonth: (year: Int, month: Int)?
        var currentGroup: Int?
        for (number, (step, stepWeeks)) in zip(view.steps, schedule.weeks).enumerated() {
            if roadmap.showsGroups, let group = step.planStep?.group, group != currentGroup {
                currentGroup = group
                let heading = roadmap.heading(ofGroup: group)
                lines.append("")
                lines += wrap([.init(clean(heading.title), style: style.bold)])
                if let outcome = heading.outcome {
                    lines += wrap([.init("Outcome: ", style: style.dim), .init(clean(outcome))], hanging: "  ")
                }
                currentMonth = nil
            }
            // One heading a month (by the Monday each step's first week starts on).
            let monday = schedule.firstDay(ofWeek: stepWeeks.lowerBound)
            if currentMonth.map({ $0 != (monday.year, monday.month) }) ?? true {
                currentMonth = (monday.year, monday.month)
                lines.append("")
                lines.append(style.bold(Format.month(of: monday)))
            }
            let skill = step.skill
            let span =
                stepWeeks.count == 1
                ? "week \(stepWeeks.lowerBound)"
                : "weeks \(stepWeeks.lowerBound)\(style.dash)\(stepWeeks.upperBound)"
            var state: WrappedText.Piece?
            switch step.status {
            case .ready: state = .init("ready now", style: style.green)
            case .later: state = nil
            case .done: state = .init("done", style: style.green)
            case .skipped: state = .init("skipped", style: style.dim)
            case .inProgress: state = .init("in progress, \(Format.hours(step.hoursLogged)) h logged", style: style.yellow)
            }
            let indent = String(repeating: " ", count: 3 + numberWidth)
            // The readable name first, the id (what commands take) after it.
            var first: [WrappedText.Piece] = [
                .init(clean(skill.name), style: style.bold), .init(" ("), .init(skill.id, style: style.dim), .init(")"),
                .init(" \(style.dot) \(Format.hours(step.hours)) h \(style.dot) \(span)"),
            ]
            if let state { first += [.init(" \(style.dot) "), state] }
            lines += wrap(
                first, indent: "  " + Format.pad(String(number + 1) + ".", numberWidth, right: true) + " ", hanging: indent)
            let more = indent + "  "
            lines += wrap([.init("why: ", style: style.dim), .init(step.why(arrow: style.arrow))], indent: indent, hanging: more)
            if !step.alternatives.isEmpty {
                let others = step.alternatives.map { "\($0.id) (\($0.cost))" }
                lines += wrap(
                    [.init("chosen over: ", style: style.dim), .init(others.joined(separator: ", "))], indent: indent,
                    hanging: more)
            }
            // The resource to take, then the next best.
            for (label, resource) in zip(["learn: ", "also: "], step.resources) {
                lines += wrap(
                    [
                        .init(label, style: style.dim), .init(clean(resource.title) + " (\(clean(resource.details))) "),
                        .init(clean(resource.url), style: style.cyan),
                    ], indent: indent, hanging: more)
            }
        }
        lines.append("")
        lines += wrap(
            [
                .init(
                    "Total: \(Format.hours(plan.totalHours)) hours in \(plan.steps.count) steps. Ready now: \(view.steps.filter { $0.status == .ready }.map(\.skill.id).joined(separator: ", ")).")
            ], hanging: "  ")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Styled pieces wrapped to the output width.
    private func wrap(_ pieces: [WrappedText.Piece], indent: String = "", hanging: String = "") -> [String] {
        WrappedText(pieces).lines(width: width, indent: indent, hanging: hanging)
    }

    /// Catalog text on one line, without control characters (no terminal escapes).
    private func clean(_ text: String) -> String {
        PlainText.singleLine(text)
    }
}
