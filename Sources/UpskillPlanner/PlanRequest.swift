/// What a learner asks the planner: where they stand, where they want to go, and what
/// they refuse to learn.
package struct PlanRequest: Sendable, Hashable {
    /// Roles the learner holds now; their mandatory requirements count as known.
    package var from: [String]
    /// Skills the learner already knows (ids or aliases), e.g. from `--know`.
    package var know: [String]
    /// Skills marked done or skipped in the progress store; known, like ``know``.
    package var completed: [String]
    /// Roles the learner wants to reach.
    package var to: [String]
    /// Skills the learner wants to reach.
    package var goals: [String]
    /// Skills the plan must not choose.
    package var avoid: [String]
    /// Skills the learner has started (from the progress store): they come first in the
    /// plan's order, with whatever they still need.
    package var started: [String]
    /// How the plan's steps are ordered; the set of skills is the same either way.
    package var order: PlanOrder
    /// Whether an `anyOf` requirement of a `from` role that `know` does not settle is
    /// credited with the member that saves the most hours (and reported in
    /// ``Plan/assumed``). Without it, such a requirement adds nothing to the known set.
    package var assume: Bool
    /// How much work the exact search may do — skills visited while adding skills and
    /// measuring their closures, and open items looked at — before it settles for the best plan found so far
    /// (marked not optimal, with a proven lower bound). Work, not time, so results stay
    /// deterministic.
    package var searchBudget: Int
    /// Whether each unchosen alternative is priced by planning again with it
    /// (``PlanStep/alternatives``). The progress views (`next`, `status`, `report`, the
    /// dashboard) show no prices and turn it off: it is a few percent of their run.
    package var pricesAlternatives = true

    /// The default ``searchBudget``: a few tenths of a second on a slow machine.
    package static let defaultSearchBudget = 5_000_000

    package init(
        from: [String] = [], know: [String] = [], completed: [String] = [], to: [String] = [],
        goals: [String] = [], avoid: [String] = [], started: [String] = [], order: PlanOrder = .delivery,
        assume: Bool = true, searchBudget: Int = PlanRequest.defaultSearchBudget
    ) {
        self.from = from
        self.know = know
        self.completed = completed
        self.to = to
        self.goals = goals
        self.avoid = avoid
        self.started = started
        self.order = order
        self.assume = assume
        self.searchBudget = searchBudget
    }
}
