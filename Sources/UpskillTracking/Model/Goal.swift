import UpskillPlanner

/// The saved goal: what `upskill init` was asked to plan for, and the pace.
///
/// Role and skill ids are kept as the catalog spelled them when the goal was saved
/// (canonical ids); aliases resolve through the catalog when the goal is planned again.
package struct Goal: Sendable, Hashable {
    /// Roles the learner holds; their mandatory skills count as known.
    package var from: [String]
    /// Roles the learner wants.
    package var to: [String]
    /// Skills the learner knew when saving the goal.
    package var know: [String]
    /// Skills wanted beyond or instead of a role.
    package var goals: [String]
    /// Alternatives the plan must not choose.
    package var avoid: [String]
    /// Planned hours of study a week, above 0.
    package var hoursPerWeek: Double
    /// The first day of week 1 of the schedule.
    package var start: CivilDate
    /// The date the learner wants to finish by, if any (`upskill init --by`).
    package var deadline: CivilDate?

    package init(
        from: [String] = [], to: [String] = [], know: [String] = [], goals: [String] = [], avoid: [String] = [],
        hoursPerWeek: Double, start: CivilDate, deadline: CivilDate? = nil
    ) {
        self.from = from
        self.to = to
        self.know = know
        self.goals = goals
        self.avoid = avoid
        self.hoursPerWeek = hoursPerWeek
        self.start = start
        self.deadline = deadline
    }

    /// The request that plans what is left of this goal, given the skills done or skipped.
    package func planRequest(completed: [String] = []) -> PlanRequest {
        PlanRequest(from: from, know: know, completed: completed, to: to, goals: goals, avoid: avoid)
    }

    /// `data-scientist -> ml-engineer`, for messages.
    package func title(arrow: String = "->") -> String {
        let start = from + (know.isEmpty ? [] : ["what you know"])
        return (start.isEmpty ? "nothing" : start.joined(with: " + ")) + " \(arrow) "
            + (to + goals).joined(with: " + ")
    }
}
