import UpskillPlanner

/// The roadmap as a GitHub task list grouped by the week each step starts in: `- [x]` for
/// what is done, with hours, reasons and resource links, and the prerequisite graph as a
/// Mermaid diagram GitHub draws.
package struct MarkdownRenderer: RoadmapRenderer {
    package static let format = "markdown"
    package static let fileExtension = "md"
    package static let summary = "A GitHub task list grouped by week, with reasons, links and the graph."

    let generator: String

    package init(options: RenderOptions) {
        generator = options.generator
    }

    package func render(_ roadmap: Roadmap, progress: RoadmapProgress?) -> String {
        let view = RoadmapView(roadmap, progress: progress)
        let totals = view.totals
        var lines: [String] = []
        lines.append("# Roadmap: " + MarkdownText.escape(view.displayTitle()))
        lines.append("")
        if view.steps.isEmpty && view.earlier.isEmpty {
            lines.append("Nothing to learn: you already know everything these targets need.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append(
            "**\(totals.skillsPhrase(view.steps.count)) · \(Format.hours(totals.headlineHours)) hours\(totals.figures != nil ? " to study" : "") · \(totals.weeksPhrase()) at \(Format.hours(totals.hoursPerWeek)) h/week · \(Format.date(totals.start)) → \(Format.date(totals.finish))**"
        )
        lines.append("")
        var facts: [String] = []
        if totals.optimal {
            facts.append("The shortest plan: no other plan takes fewer hours.")
        } else {
            facts.append(
                "The best plan found; the shortest takes at least \(Format.hours(roadmap.plan.lowerBound)) hours.")
        }
        if let deadline = totals.deadline, progress == nil {
            if roadmap.paceFromDeadline {
                facts.append("To finish by \(Format.date(deadline)), study \(Format.hours(totals.hoursPerWeek)) hours a week.")
            } else if let pace = roadmap.deadlinePace {
                facts.append(pace.sentence(atHoursPerWeek: totals.hoursPerWeek) + ".")
            }
        }
        if let today = view.today {
            var line =
                "**Progress:** \(Format.hours(totals.doneHours)) of \(Format.hours(totals.plannedHours)) hours done (\(totals.percentDone)%), \(totals.doneCount) of \(Format.count(totals.stepCount, "skill")). At \(Format.hours(totals.hoursPerWeek)) h/week from \(Format.date(today)), done by **\(Format.date(totals.forecast))**"
            if let deadline = totals.deadline, let onTrack = totals.onTrack {
                line += onTrack ? " — on track for \(Format.date(deadline))." : " — after the deadline, \(Format.date(deadline))."
            } else {
                line += "."
            }
            facts.append(line)
        }
        for assumption in roadmap.plan.assumed {
            facts.append(MarkdownText.escape(roadmap.sentence(for: assumption)))
        }
        let milestones = roadmap.milestoneSpans.compactMap { span -> String? in
            let weeks = roadmap.schedule.weeks
            guard case .milestone(_, let milestone) = roadmap.plan.groups[span.group].kind,
                span.steps.upperBound <= weeks.count
            else { return nil }
            let span = "weeks \(weeks[span.steps.lowerBound].lowerBound)–\(weeks[span.steps.upperBound - 1].upperBound)"
            let outcome = milestone.outcome.isEmpty ? "" : ": " + MarkdownText.escape(milestone.outcome)
            return "**\(MarkdownText.escape(milestone.title))** (\(span))\(outcome)"
        }
        if !milestones.isEmpty {
            facts.append(
                "**Milestones:**\n" + milestones.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n"))
        }
        let ready = view.steps.filter { $0.status == .ready }
        if !ready.isEmpty {
            facts.append("**Ready now:** " + ready.map { MarkdownText.escape($0.skill.name) }.joined(separator: ", ") + ".")
        }
        lines += facts.flatMap { [$0, ""] }

        if !view.earlier.isEmpty {
            lines.append("## Done before this plan")
            lines.append("")
            for step in view.earlier { lines += item(step) }
            lines.append("")
        }
        // One section per milestone (when the plan has them) and one heading per month of
        // the Monday each step starts in, as the terminal roadmap has them; not one per week.
        var currentGroup: Int?
        var currentMonth: String?
        let monthLevel = roadmap.showsGroups ? "###" : "##"
        for step in view.steps {
            if roadmap.showsGroups, let group = step.planStep?.group, group != currentGroup {
                currentGroup = group
                currentMonth = nil
                let heading = roadmap.heading(ofGroup: group)
                lines.append("## " + MarkdownText.escape(heading.title))
                lines.append("")
                if let outcome = heading.outcome {
                    lines.append("*" + MarkdownText.escape(outcome) + "*")
                    lines.append("")
                }
            }
            if let weeks = step.weeks {
                let month = Format.month(of: roadmap.schedule.firstDay(ofWeek: weeks.lowerBound))
                if month != currentMonth {
                    if currentMonth != nil { lines.append("") }
                    currentMonth = month
                    lines.append("\(monthLevel) \(month)")
                    lines.append("")
                }
            }
            lines += item(step)
        }
        if !view.steps.isEmpty { lines.append("") }
        lines.append(
            "**Total:** \(Format.hours(totals.planHours)) hours in \(Format.count(view.steps.count, "step")), \(Format.date(totals.start)) to \(Format.date(totals.finish))."
        )
        lines.append("")
        lines.append("<details>")
        lines.append("<summary>Prerequisite graph</summary>")
        lines.append("")
        lines.append("```mermaid")
        lines += MermaidRenderer.lines(view)
        lines.append("```")
        lines.append("")
        lines.append("</details>")
        lines.append("")
        lines.append("*Made with \(MarkdownText.escape(generator)).*")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A task list item with its details as a nested list.
    private func item(_ step: RoadmapView.Step) -> [String] {
        let box = step.status.isFinished ? "[x]" : "[ ]"
        var head = "- \(box) **\(MarkdownText.escape(step.skill.name))** `\(step.skill.id)` · \(Format.hours(step.hours)) h"
        if let weeks = step.weeks {
            head += weeks.count == 1 ? " · week \(weeks.lowerBound)" : " · weeks \(weeks.lowerBound)–\(weeks.upperBound)"
        }
        switch step.status {
        case .ready: head += " · ready now"
        case .inProgress: head += " · in progress (\(Format.hours(step.hoursLogged)) h logged)"
        case .done: head += step.finishedOn.map { " · done \(Format.date($0))" } ?? " · done"
        case .skipped: head += " · skipped"
        case .later: break
        }
        var lines = [head]
        if step.number > 0 {
            lines.append("  - Why: " + why(step))
        }
        if !step.alternatives.isEmpty {
            let others = step.alternatives.map { alternative in
                "`\(alternative.id)` (\(alternative.cost))"
            }
            lines.append("  - Chosen over: " + others.joined(separator: ", "))
        }
        // The resource to take, then the next best.
        for (label, resource) in zip(["Learn", "Also"], step.resources) {
            lines.append(
                "  - \(label): " + MarkdownText.link(resource.title, url: resource.url) + " (\(resource.details))")
        }
        return lines
    }

    /// `for `docker` → `kubernetes`; also for `onnx``, ids in code spans.
    private func why(_ step: RoadmapView.Step) -> String {
        if step.isGoal { return "a goal you asked for" }
        var text = "for " + step.chain.map { "`\($0)`" }.joined(separator: " → ")
        let alsoFor = step.alsoFor
        if !alsoFor.isEmpty {
            text += "; also for " + alsoFor.prefix(4).map { "`\($0)`" }.joined(separator: ", ")
            if alsoFor.count > 4 { text += " and \(alsoFor.count - 4) more" }
        }
        return text
    }
}
