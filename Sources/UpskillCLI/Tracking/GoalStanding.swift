import UpskillGraph
import UpskillPlanner
import UpskillTracking

/// A saved goal as the progress views read it: the goal, the catalog, the progress
/// resolved in it, the plan of what is left and the report with the figures every view
/// prints. `status`, `next`, `report` and the dashboard all start from one, so that they
/// cannot work a figure out differently.
struct GoalStanding {
    let goal: Goal
    let catalog: Catalog
    let progress: ResolvedProgress
    /// The plan of what is left, done and skipped skills known.
    let plan: Plan
    /// Where the learner stands; ``ProgressReport/figures`` is what every view prints.
    let report: ProgressReport

    /// Loads the saved goal and works out where the learner stands today.
    /// - Throws: ``CLIError`` without a saved goal (exit 1), for an unreadable store, or
    ///   when the goal no longer plans.
    init(_ context: ProgressContext, console: Console) throws(CLIError) {
        let saved = try context.load()
        try self.init(context, goal: context.goal(of: saved), saved: saved, console: console)
    }

    /// Works out where the learner stands on `goal`, read from `saved`.
    init(_ context: ProgressContext, goal: Goal, saved: Progress, console: Console) throws(CLIError) {
        self.goal = goal
        catalog = try context.catalog(console: console)
        progress = saved.resolved(in: catalog)
        plan = try context.plan(goal, catalog: catalog, progress: progress)
        report = ProgressReport(goal: goal, catalog: catalog, progress: progress, remaining: plan, today: context.today)
        // Freeing the catalog, the plan and the progress value by value took about a
        // thirtieth of `upskill next`; the exit reclaims them at once.
        ExitReclaim.leave(self, exitsAfterCommand: context.exitsAfterCommand)
    }
}
