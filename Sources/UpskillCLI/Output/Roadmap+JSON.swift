import UpskillPlanner

extension Roadmap {
    /// The stable machine form of a roadmap (`--format json`). `totalHours`, `optimal`,
    /// `steps[].skill` and `steps[].hours` are a contract: their names and meaning stay.
    package func json() -> JSONOutput {
        .object([
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
            ("steps", .array(zip(plan.steps, schedule.weeks).map { step, weeks in stepJSON(step, weeks: weeks) })),
        ])
    }

    private func stepJSON(_ step: PlanStep, weeks: ClosedRange<Int>) -> JSONOutput {
        let skill = skill(of: step)
        return .object([
            ("skill", .string(skill.id)),
            ("name", .string(skill.name)),
            ("category", .string(skill.category)),
            ("hours", .number(step.hours)),
            ("startWeek", .number(Double(weeks.lowerBound))),
            ("endWeek", .number(Double(weeks.upperBound))),
            ("ready", .bool(step.isReady)),
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
            (
                "resources",
                .array(
                    resources(for: step).map { resource in
                        .object([
                            ("id", .string(resource.id)),
                            ("title", .string(resource.title)),
                            ("kind", .string(resource.kind.rawValue)),
                            ("url", .string(resource.url)),
                            ("hours", resource.hours.map(JSONOutput.number) ?? .null),
                            ("cost", resource.cost.map(JSONOutput.number) ?? .null),
                        ])
                    })
            ),
        ])
    }
}
