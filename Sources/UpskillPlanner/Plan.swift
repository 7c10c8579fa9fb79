/// A learning plan: the skills to learn, in an order that can be followed, with the
/// reason for each.
package struct Plan: Sendable, Hashable {
    /// The steps, each after every step it requires.
    package var steps: [PlanStep]
    /// The sum of the steps' hours.
    package var totalHours: Double
    /// Whether ``totalHours`` is proven to be the minimum.
    package var optimal: Bool
    /// A proven lower bound on the minimum total hours (equal to ``totalHours`` when
    /// ``optimal``).
    package var lowerBound: Double
    /// The skills counted as known (the known set, closed under mandatory requirements),
    /// sorted by index.
    package var known: [Int32]
    /// How many search nodes the exact search visited.
    package var searchNodes: Int

    /// The steps that can be started right now: each of their requirements is met by
    /// what is already known (the outer fringe of the known set).
    package var readySteps: [PlanStep] {
        steps.filter(\.isReady)
    }
}

/// One skill of a plan.
package struct PlanStep: Sendable, Hashable {
    /// The skill's index in the catalog.
    package var skill: Int32
    /// The skill's hours.
    package var hours: Double
    /// Why the skill is in the plan: the targets (`role` or `goal`) and the plan's skills
    /// that require it, in plan order (targets first).
    package var because: [Reason]
    /// For a skill chosen from an `anyOf`, the alternatives that were not chosen.
    package var alternatives: [Alternative]
    /// Whether every requirement of the skill is met by what the learner already knows.
    package var isReady: Bool

    /// Something that needs a step.
    package enum Reason: Sendable, Hashable {
        /// A target role needs it.
        case role(Int32)
        /// A target skill is this step itself.
        case goal
        /// A later step of the plan needs it.
        case skill(Int32)
    }

    /// An alternative that was not chosen, and what it would have cost.
    package struct Alternative: Sendable, Hashable {
        /// The alternative skill.
        package var skill: Int32
        /// Its hours plus those of its mandatory prerequisites not already in the plan or
        /// known; `nil` when it cannot be used (avoided, or it needs something avoided).
        package var hours: Double?
    }
}
