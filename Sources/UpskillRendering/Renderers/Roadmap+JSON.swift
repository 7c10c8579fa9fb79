import UpskillCurriculum
import UpskillPlanner

extension Roadmap {
    /// The stable machine form of a roadmap (`--format json`), described by
    /// `Sources/UpskillRendering/Schema/roadmap.schema.json`. `totalHours`, `optimal`, `steps[].skill` and
    /// `steps[].hours` are a contract: their names and meaning stay.
    /// - Parameter progress: Progress to include (`progress`, each step's `status` and
    ///   `hoursLogged`); `nil` for an untracked plan (`progress` is `null`).
    package func json(progress: RoadmapProgress? = nil) -> JSONOutput {
        let view = RoadmapView(self, progress: progress)
        return .object([
            ("from", .array(request.from.map(JSONOutput.string))),
            ("to", .array(request.to.map(JSONOutput.string))),
            ("goals", .array(request.goals.map(JSONOutput.string))),
            ("know", .array(request.know.map(JSONOutput.string))),
            ("avoid", .array(request.avoid.map(JSONOutput.string))),
            ("totalHours", .number(plan.totalHours)),
            ("optimal", .bool(plan.optimal)),
            ("lowerBound", .number(plan.lowerBound)),
            ("hoursPerWeek", .number(schedule.hoursPerWeek)),
            ("weeks", .number(Double(schedule.weekCount))),
            ("start", .string(schedule.start.description)),
            ("finish", .string(schedule.finish.description)),
            ("deadline", deadline.map { .string($0.description) } ?? .null),
            ("steps", .array(zip(plan.steps, view.steps).map { step, stepView in stepJSON(step, view: stepView) })),
            ("progress", progress.map { progressJSON($0, view: view) } ?? .null),
        ])
    }

    private func stepJSON(_ step: PlanStep, view: RoadmapView.Step) -> JSONOutput {
        let skill = view.skill
        return .object([
            ("skill", .string(skill.id)),
            ("name", .string(skill.name)),
            ("category", .string(skill.category)),
            ("hours", .number(step.hours)),
            ("startWeek", .number(Double(view.weeks?.lowerBound ?? 0))),
            ("endWeek", .number(Double(view.weeks?.upperBound ?? 0))),
            ("startDate", view.dates.map { .string($0.lowerBound.description) } ?? .null),
            ("endDate", view.dates.map { .string($0.upperBound.description) } ?? .null),
            ("ready", .bool(step.isReady)),
            ("status", .string(view.status.rawValue)),
            ("hoursLogged", .number(view.hoursLogged)),
            ("because", .array(step.because.map { .string(id(of: $0, step: step)) })),
            (
                "alternatives",
                .array(
                    step.alternatives.map { alternative in
                        .object([
                            ("skill", .string(catalog.id(ofSkill: alternative.skill))),
                            ("hours", alternative.hours.map(JSONOutput.number) ?? .null),
                        ])
                    })
            ),
            ("resources", .array(view.resources.map(\.json))),
        ])
    }

    private func progressJSON(_ progress: RoadmapProgress, view: RoadmapView) -> JSONOutput {
        let totals = view.totals
        return .object([
            ("today", .string(progress.today.description)),
            ("plannedHours", .number(totals.plannedHours)),
            ("doneHours", .number(totals.doneHours)),
            ("remainingHours", .number(totals.remainingHours)),
            ("percentDone", .number(Double(totals.percentDone))),
            ("skills", .number(Double(totals.stepCount))),
            ("doneSkills", .number(Double(totals.doneCount))),
            ("forecastFinish", .string(totals.forecast.description)),
            ("onTrack", totals.onTrack.map(JSONOutput.bool) ?? .null),
            (
                "earlier",
                .array(
                    view.earlier.map { step in
                        .object([
                            ("skill", .string(step.skill.id)),
                            ("name", .string(step.skill.name)),
                            ("category", .string(step.skill.category)),
                            ("hours", .number(step.hours)),
                            ("status", .string(step.status.rawValue)),
                            ("hoursLogged", .number(step.hoursLogged)),
                            ("date", step.finishedOn.map { .string($0.description) } ?? .null),
                        ])
                    })
            ),
        ])
    }
}
