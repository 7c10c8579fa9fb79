import UpskillGraph
import UpskillPlanner
import UpskillRendering
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
        var request = progress.planRequest(for: goal)
        request.know += command.know.filter { !request.know.contains($0) }
        request.avoid += command.avoid.filter { !request.avoid.contains($0) }
        request.searchBudget = command.searchBudget
        request.order = command.order
        request.assume = command.assume
        return request
    }

    /// What the renderers show of the learner's progress: every skill with a record,
    /// by its catalog id.
    func roadmapProgress(today: CivilDate) -> RoadmapProgress {
        Self.roadmapProgress(progress, catalog: catalog, today: today)
    }

    /// The renderers' view of resolved progress: done, skipped and started skills with
    /// their hours logged and dates.
    static func roadmapProgress(_ progress: ResolvedProgress, catalog: Catalog, today: CivilDate) -> RoadmapProgress {
        var skills: [String: RoadmapProgress.Entry] = [:]
        for entry in progress.records {
            let skill = entry.skill, record = entry.record
            let state: RoadmapProgress.State
            switch record.state {
            case .todo: continue
            case .started: state = .inProgress
            case .done: state = .done
            case .skipped: state = .skipped
            }
            skills[catalog.id(ofSkill: skill)] = RoadmapProgress.Entry(
                state: state, hoursLogged: record.hours, date: record.date, started: record.sessions.map(\.date).min())
        }
        return RoadmapProgress(today: today, skills: skills)
    }
}
