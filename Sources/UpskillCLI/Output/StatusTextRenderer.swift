import UpskillPlanner
import UpskillRendering
import UpskillTracking

/// `upskill status` as people read it: the goal, bars overall and per category, the
/// skills, hours logged, the schedule and the forecasts.
struct StatusTextRenderer {
    let style: TextStyle
    let bar: ProgressBar

    init(console: Console) {
        style = TextStyle(console: console)
        bar = ProgressBar(usesUnicode: console.usesUnicode, width: console.width >= 80 ? 24 : 16)
    }

    func render(_ report: ProgressReport, goal: Goal, orphans: [ResolvedProgress.Orphan], today: CivilDate) -> String {
        var lines: [String] = []
        lines.append(
            style.bold("Goal: \(goal.title(arrow: style.arrow))")
                + " \(style.dot) \(TrackingText.hours(goal.hoursPerWeek)) h/week from \(goal.start)")

        let labelWidth = max("Overall".count, (report.categories.map(\.name.count).max() ?? 0) + 2)
        let hoursWidth = TrackingText.hours(report.totalHours).count
        func row(_ label: String, _ complete: Double, _ total: Double, bold: Bool = false) -> String {
            let fraction = total > 0 ? complete / total : 1
            let text =
                Format.pad(label, labelWidth) + "  " + bar.render(fraction) + "  "
                + Format.pad(formatPercent(fraction), 4, right: true) + "  "
                + Format.pad(TrackingText.hours(complete), hoursWidth, right: true) + " of "
                + TrackingText.hours(total) + " h"
            return bold ? style.bold(text) : text
        }
        lines.append(row("Overall", report.creditedHours, report.totalHours, bold: true))
        for category in report.categories {
            lines.append(row("  " + category.name, category.creditedHours, category.totalHours))
        }

        var skills = ["\(report.doneSkills) done"]
        if report.skippedSkills > 0 { skills.append("\(report.skippedSkills) skipped") }
        skills.append("\(report.startedSkills) started")
        skills.append("\(report.todoSkills) to do")
        lines.append("Skills: " + skills.joined(with: ", "))
        lines.append(
            "Logged: \(TrackingText.hours(Double(report.loggedMinutes) / 60)) h in all, "
                + "\(TrackingText.hours(Double(report.loggedMinutesLastWeek) / 60)) h in the last 7 days")

        if report.leftHours <= 0 && report.todoSkills == 0 && report.startedSkills == 0 {
            lines.append(style.green("Goal reached: everything it needs is done or skipped."))
        } else {
            lines.append("Schedule: " + schedule(report, goal: goal, today: today))
            var forecast =
                "Forecast: \(report.plannedForecast.finish) at the planned \(TrackingText.hours(goal.hoursPerWeek)) h/week"
            if let logged = report.loggedForecast {
                forecast +=
                    "; \(logged.finish) at the \(TrackingText.hours(logged.hoursPerWeek)) h/week you have logged"
            } else {
                forecast += "; log study time ('upskill log SKILL 1h') to forecast at your own pace"
            }
            lines.append(forecast)
            if let line = deadline(report, today: today) { lines.append(line) }
        }

        if !orphans.isEmpty {
            lines.append("")
            lines.append(
                "Kept: progress on \(Format.count(orphans.count, "skill")) no curriculum has any more (clear it with 'upskill reset'):"
            )
            for orphan in orphans {
                var details = [orphan.record.state.rawValue]
                if orphan.record.minutes > 0 { details.append("\(TrackingText.hours(orphan.record.hours)) h logged") }
                if !orphan.record.notes.isEmpty {
                    details.append(Format.count(orphan.record.notes.count, "note"))
                }
                lines.append("  \(orphan.id) (\(details.joined(with: ", ")))")
            }
        }
        return lines.joined(with: "\n") + "\n"
    }

    /// `On track for 2027-12-31`, or `Behind by 40 h: 9.5 h/week from now meets 2027-12-31`.
    private func deadline(_ report: ProgressReport, today: CivilDate) -> String? {
        guard let check = report.deadlinePace, let behind = report.behindDeadlineHours else { return nil }
        let deadline = check.deadline
        let left = TrackingText.hours(report.leftHours)
        if report.meetsDeadline == true { return style.green("On track for \(deadline)") }
        if deadline < today {
            return style.yellow("The deadline, \(deadline), has passed with \(left) h still to study")
        }
        guard check.availableWeeks > 0 else {
            return style.yellow("The deadline, \(deadline), is less than a week away with \(left) h still to study")
        }
        let from = check.start > today ? "from \(check.start)" : "from now"
        let pace =
            check.requiredHoursPerWeek.map { "\(TrackingText.hours($0)) h/week \(from) meets \(deadline)" }
            ?? "not even 168 h/week \(from) meets \(deadline)"
        return style.yellow("Behind by \(TrackingText.hours(behind)) h: ") + pace
    }

    private func schedule(_ report: ProgressReport, goal: Goal, today: CivilDate) -> String {
        guard report.week > 0 else {
            let days = goal.start.daysSinceEpoch - today.daysSinceEpoch
            return
                "starts \(goal.start) (in \(Format.count(days, "day"))); \(report.plannedWeeks) weeks to \(report.plannedFinish)"
        }
        var text =
            "week \(report.week) of \(report.plannedWeeks) (to \(report.plannedFinish)), "
            + "\(TrackingText.hours(report.leftHours)) h left; \(TrackingText.hours(report.expectedHours)) h of work planned by today, "
            + "\(TrackingText.hours(report.workDoneHours)) h done: "
        let ahead = report.aheadHours
        if abs(ahead) < 0.5 {
            text += style.green("on schedule")
        } else {
            let weeks = abs(ahead) / goal.hoursPerWeek
            let about = weeks >= 1 ? " (about \(Format.count(Int(weeks.rounded()), "week")))" : ""
            text +=
                ahead > 0
                ? style.green("\(TrackingText.hours(ahead)) h ahead\(about)")
                : style.yellow("\(TrackingText.hours(-ahead)) h behind\(about)")
        }
        return text
    }
}
