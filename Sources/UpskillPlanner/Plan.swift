import UpskillGraph

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
    /// What was assumed known from the `from` roles' `anyOf` requirements, in the order
    /// the roles and their requirements are written.
    package var assumed: [Assumption] = []
    /// The target items the plan meets (those the known set did not already meet), in the
    /// order the targets are written.
    package var targets: [Target] = []
    /// The groups the steps are ordered in, in plan order: the target roles' milestones,
    /// then what no milestone names. Each step names its group in ``PlanStep/group``.
    package var groups: [Group] = []
    /// How the steps are ordered.
    package var order: PlanOrder = .delivery

    /// An `anyOf` requirement of a `from` role that the planner credited with one member.
    package struct Assumption: Sendable, Hashable {
        /// The `from` role.
        package var role: Int32
        /// The requirement's members, as written.
        package var members: [Int32]
        /// The member assumed known: the one that saves the most hours.
        package var assumed: Int32
    }

    /// A requirement of a target that the plan meets.
    package struct Target: Sendable, Hashable {
        /// Its members (one for a mandatory requirement or a goal).
        package var members: [Int32]
        /// The target it belongs to: ``PlanStep/Reason/role(_:)`` or ``PlanStep/Reason/goal``.
        package var reason: PlanStep.Reason
    }

    /// A group of steps in the plan's order.
    package struct Group: Sendable, Hashable {
        /// What the group is.
        package enum Kind: Sendable, Hashable {
            /// Skills the learner has started, with what they still need.
            case started
            /// A milestone of a target role.
            case milestone(role: Int32, RoleMilestone)
            /// A target role's requirements that no milestone names (all of them for a
            /// role without milestones).
            case role(Int32)
            /// The goal skills.
            case goals
        }
        package var kind: Kind
    }

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
    /// The index in ``Plan/groups`` of the group the step is ordered in; `nil` in the
    /// depth-first order, which has no groups.
    package var group: Int?

    /// Something that needs a step.
    package enum Reason: Sendable, Hashable {
        /// A target role needs it.
        case role(Int32)
        /// A target skill is this step itself.
        case goal
        /// A later step of the plan needs it.
        case skill(Int32)
    }

    /// An alternative that was not chosen, and what choosing it would cost.
    package struct Alternative: Sendable, Hashable {
        /// The alternative skill.
        package var skill: Int32
        /// The skill's own hours.
        package var hours: Double
        /// The hours of the shortest plan that includes the alternative, less those of the
        /// shortest plan: what taking it costs; `nil` when it cannot be used (avoided, or
        /// it needs something avoided), or when the request did not ask for prices
        /// (``PlanRequest/pricesAlternatives``).
        package var extraHours: Double?
        /// Whether ``extraHours`` is exact. When a search ran out of budget it is an upper
        /// bound: the shortest plan with the alternative, found so far, less the proven
        /// lower bound of the shortest plan.
        package var extraHoursExact: Bool
    }
}
