import UpskillGraph
import UpskillPlanner
import UpskillRendering

/// A saved goal with its progress, as `upskill export` renders it.
package struct TrackedGoal: Sendable {
    /// The goal as it was saved: where the learner started and where they are going.
    package var request: PlanRequest
    /// The day the goal was started: its week is week 1 of every schedule of it.
    package var start: CivilDate
    /// Their pace.
    package var hoursPerWeek: Double
    /// The date they want to finish by, if any.
    package var deadline: CivilDate?
    /// What they have done, and today.
    package var progress: RoadmapProgress

    package init(
        request: PlanRequest, start: CivilDate, hoursPerWeek: Double, deadline: CivilDate? = nil,
        progress: RoadmapProgress
    ) {
        self.request = request
        self.start = start
        self.hoursPerWeek = hoursPerWeek
        self.deadline = deadline
        self.progress = progress
    }
}

extension TrackedGoal {
    /// The roadmap of what is left: the saved goal planned with the skills done or skipped
    /// counted as known (so alternatives already learnt are kept), scheduled from today's
    /// week in weeks numbered from the goal's start (so a later export keeps the same week
    /// numbers), each started step counting only the hours still to study. The renderers show the
    /// done skills the plan builds on from ``progress``.
    /// - Throws: ``CLIError`` when the saved goal no longer plans (an id the catalog lost,
    ///   or a target now unreachable).
    package func roadmap(catalog: Catalog) throws(CLIError) -> Roadmap {
        var request = self.request
        let finished = progress.skills.filter { $0.value.state != .inProgress }.keys.sorted()
        request.completed = Array(Set(request.completed + finished)).sorted()
        let started = progress.skills.filter { $0.value.state == .inProgress }.keys.sorted()
        request.started = Array(Set(request.started + started)).sorted()
        let plan: Plan
        do throws(PlanningError) {
            plan = try Planner(catalog: catalog).plan(request)
        } catch {
            switch error {
            case .unknownRole, .unknownSkill, .roleGivenAsSkill, .skillGivenAsRole, .noTarget, .tooLarge:
                throw CLIError(error.description, exitCode: .dataError)
            case .unreachable: throw CLIError(error.description, exitCode: .failure)
            }
        }
        let logged: [Int32: Double] = Dictionary(
            progress.skills.compactMap { id, entry in catalog.skill(id).map { ($0, entry.hoursLogged) } },
            uniquingKeysWith: max)
        let hoursLeft = plan.steps.map { max(0, $0.hours - (logged[$0.skill] ?? 0)) }
        let pace = hoursPerWeek > 0 && hoursPerWeek.isFinite ? hoursPerWeek : 8
        return Roadmap(
            catalog: catalog, request: request, plan: plan,
            schedule: Schedule(
                stepHours: hoursLeft, hoursPerWeek: pace, start: max(progress.today, start), anchor: start),
            deadline: deadline)
    }
}
