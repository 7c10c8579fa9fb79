import UpskillGraph
import UpskillPlanner
import UpskillTracking

/// `upskill plan` without a target: the goal saved by `upskill init`, with the skills done
/// or skipped counted as known and listed ticked.
struct SavedGoalProgress {
    let goal: Goal
    let catalog: Catalog
    let progress: ResolvedProgress
    /// The done and skipped skills the goal is about, prerequisites first.
    let completed: [Int32]

    /// The saved goal and its progress, or `nil` when no goal is saved.
    init?(_ context: ProgressContext, catalog: Catalog) throws(CLIError) {
        let saved = try context.load()
        guard let goal = saved.goal else { return nil }
        self.goal = goal
        self.catalog = catalog
        progress = saved.resolved(in: catalog)
        let scope = GoalScope(goal: goal, catalog: catalog)
        let progress = self.progress
        completed = catalog.topologicalOrder.filter { skill in
            scope.contains(skill) && progress.record(of: skill).state.isComplete
        }
    }

    /// The saved goal's request, with the skills done or skipped as completed, and the
    /// `--know`, `--avoid` and `--search-budget` of the command line added.
    func request(adding command: PlanRequest) -> PlanRequest {
        var request = goal.planRequest(completed: progress.completed)
        request.know += command.know.filter { !request.know.contains($0) }
        request.avoid += command.avoid.filter { !request.avoid.contains($0) }
        request.searchBudget = command.searchBudget
        return request
    }

    /// The ticked list of the skills done, for the text roadmap.
    func textLines(style: TextStyle) -> [String] {
        guard !completed.isEmpty else { return [] }
        let hours = completed.reduce(0) { $0 + catalog.hours(ofSkill: $1) }
        var lines = [
            style.bold("Done") + " (\(TrackingText.count(completed.count, "skill")), \(formatHours(hours)) h)"
        ]
        let idWidth = min(30, completed.map { catalog.id(ofSkill: $0).count }.max() ?? 0)
        for skill in completed {
            let record = progress.record(of: skill)
            let tick = style.usesUnicode ? style.green("✓") : "[x]"
            var line =
                "  \(tick) " + TrackingText.pad(catalog.id(ofSkill: skill), idWidth) + "  "
                + TrackingText.pad(formatHours(catalog.hours(ofSkill: skill)) + " h", 6, right: true) + "  "
                + catalog.skills[Int(skill)].name
            if record.state == .skipped { line += style.dim("  skipped") }
            lines.append(line)
        }
        return lines
    }

    /// The roadmap's JSON with a `done` array added: `{skill, state, hours, date}` for
    /// each skill done or skipped that the goal is about.
    func json(_ roadmap: JSONOutput) -> JSONOutput {
        guard case .object(var members) = roadmap else { return roadmap }
        members.append(
            (
                "done",
                .array(
                    completed.map { skill in
                        let record = progress.record(of: skill)
                        return .object([
                            ("skill", .string(catalog.id(ofSkill: skill))),
                            ("state", .string(record.state.rawValue)),
                            ("hours", .number(catalog.hours(ofSkill: skill))),
                            ("date", record.date.map { .string($0.description) } ?? .null),
                        ])
                    })
            ))
        return .object(members)
    }
}
