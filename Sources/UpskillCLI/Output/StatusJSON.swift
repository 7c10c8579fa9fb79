import UpskillPlanner
import UpskillTracking

/// The stable machine form of `upskill status --format json`. Field names and meanings
/// stay; hours are numbers of hours, dates `YYYY-MM-DD`.
enum StatusJSON {
    static func render(_ report: ProgressReport, goal: Goal, orphans: [ResolvedProgress.Orphan], today: CivilDate)
        -> String
    {
        func hours(_ value: Double) -> JSONOutput { .number((value * 100).rounded() / 100) }
        func percent(_ fraction: Double) -> JSONOutput { .number((fraction * 1000).rounded() / 10) }
        let forecast: (ProgressReport.Forecast?) -> JSONOutput = { forecast in
            forecast.map {
                .object([("hoursPerWeek", hours($0.hoursPerWeek)), ("finish", .string($0.finish.description))])
            }
                ?? .null
        }
        let head: [(String, JSONOutput)] = [("today", .string(today.description)), ("goal", goal.json)]
        let counts: [(String, JSONOutput)] = [
            ("doneHours", hours(report.doneHours)),
            ("skippedHours", hours(report.skippedHours)),
        ]
        return JSONOutput.object(head + report.figures.jsonMembers + counts + [
            (
                "skills",
                .object([
                    ("done", .number(Double(report.doneSkills))),
                    ("skipped", .number(Double(report.skippedSkills))),
                    ("started", .number(Double(report.startedSkills))),
                    ("todo", .number(Double(report.todoSkills))),
                ])
            ),
            (
                "categories",
                .array(
                    report.categories.map { category in
                        .object([
                            ("category", .string(category.name)),
                            ("creditedHours", hours(category.creditedHours)),
                            ("totalHours", hours(category.totalHours)),
                            (
                                "percent",
                                percent(category.totalHours > 0 ? category.creditedHours / category.totalHours : 1)
                            ),
                        ])
                    })
            ),
            ("loggedHoursLast7Days", hours(Double(report.loggedMinutesLastWeek) / 60)),
            (
                "schedule",
                .object([
                    ("week", .number(Double(report.week))),
                    ("plannedWeeks", .number(Double(report.plannedWeeks))),
                    ("plannedFinish", .string(report.plannedFinish.description)),
                    ("expectedHours", hours(report.expectedHours)),
                    ("workDoneHours", hours(report.workDoneHours)),
                    ("aheadHours", hours(report.aheadHours)),
                ])
            ),
            (
                "forecast",
                .object([
                    ("plannedPace", forecast(report.plannedForecast)),
                    ("loggedPace", forecast(report.loggedForecast)),
                ])
            ),
            ("deadline", report.deadlinePace.map { .string($0.deadline.description) } ?? .null),
            ("meetsDeadline", report.meetsDeadline.map(JSONOutput.bool) ?? .null),
            ("requiredHoursPerWeek", report.deadlinePace?.requiredHoursPerWeek.map(JSONOutput.number) ?? .null),
            ("behindHours", report.behindDeadlineHours.map(hours) ?? .null),
            (
                "orphans",
                .array(
                    orphans.map { orphan in
                        .object([
                            ("skill", .string(orphan.id)),
                            ("state", .string(orphan.record.state.rawValue)),
                            ("loggedHours", hours(orphan.record.hours)),
                            ("notes", .number(Double(orphan.record.notes.count))),
                        ])
                    })
            ),
        ]).rendered()
    }
}
