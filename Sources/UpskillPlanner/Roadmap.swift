import UpskillCurriculum
import UpskillGraph

/// A plan with everything needed to show it: the catalog it was made over, the request,
/// and its schedule. Renderers read roadmaps; they compute nothing about planning.
package struct Roadmap: Sendable {
    package var catalog: Catalog
    package var request: PlanRequest
    package let plan: Plan
    package var schedule: Schedule
    /// The date the learner wants to finish by, when the pace was worked out from it.
    package var deadline: CivilDate?
    /// Whether the schedule's pace was worked out from ``deadline`` (`--by` without
    /// `--hours-per-week`), rather than chosen by the learner.
    package var paceFromDeadline = false

    /// The position of each skill's step in ``plan``, made once so that following reasons
    /// costs no search.
    private let stepPositions: [Int32: Int]

    package init(catalog: Catalog, request: PlanRequest, plan: Plan, schedule: Schedule, deadline: CivilDate? = nil) {
        self.catalog = catalog
        self.request = request
        self.plan = plan
        self.schedule = schedule
        self.deadline = deadline
        var positions: [Int32: Int] = [:]
        positions.reserveCapacity(plan.steps.count)
        for (position, step) in plan.steps.enumerated() { positions[step.skill] = position }
        stepPositions = positions
    }

    /// The skill of a step.
    package func skill(of step: PlanStep) -> Skill {
        catalog.skills[Int(step.skill)]
    }

    /// The id a reason names: a role id, a skill id, or `goal`.
    package func id(of reason: PlanStep.Reason, step: PlanStep) -> String {
        switch reason {
        case .role(let role): catalog.roles[Int(role)].id
        case .goal: catalog.id(ofSkill: step.skill)
        case .skill(let skill): catalog.id(ofSkill: skill)
        }
    }

    /// The chain from a step to the target that needs it, following each step's first
    /// reason: `["docker", "kubernetes", "ml-engineer"]` for `linux-shell`. Empty for a
    /// step that is itself a goal.
    package func chain(for step: PlanStep) -> [String] {
        var chain: [String] = []
        var current = step
        var seen: Set<Int32> = [step.skill]
        while let reason = current.because.first {
            switch reason {
            case .goal:
                return chain
            case .role(let role):
                chain.append(catalog.roles[Int(role)].id)
                return chain
            case .skill(let skill):
                guard seen.insert(skill).inserted, let position = stepPositions[skill] else { return chain }
                chain.append(catalog.id(ofSkill: skill))
                current = plan.steps[position]
            }
        }
        return chain
    }

    /// The resources of a skill, best first (``ResourceRanking``'s order): company
    /// material first, then the one whose hours best cover the skill's.
    /// - Parameters:
    ///   - skill: A skill index.
    ///   - limit: At most this many; all of them unless given.
    package func resources(ofSkill skill: Int32, limit: Int = .max) -> [Resource] {
        catalog.resourcesBySkill[Int(skill)].prefix(limit).map { catalog.resources[Int($0)] }
    }

    /// A title such as `data-scientist → ml-engineer`.
    package func title(arrow: String = "→") -> String {
        let from = request.from + (request.know.isEmpty ? [] : ["what you know"])
        let to = request.to + request.goals
        return (from.isEmpty ? "nothing" : from.joined(separator: " + ")) + " \(arrow) "
            + to.joined(separator: " + ")
    }
}
