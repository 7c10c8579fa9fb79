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

    /// The position of each skill's step in ``plan`` by skill index, -1 for a skill with no
    /// step: made once so that following reasons costs no search.
    private let stepPositions: [Int32]

    package init(catalog: Catalog, request: PlanRequest, plan: Plan, schedule: Schedule, deadline: CivilDate? = nil) {
        self.catalog = catalog
        self.request = request
        self.plan = plan
        self.schedule = schedule
        self.deadline = deadline
        var positions = [Int32](repeating: -1, count: catalog.skillCount)
        for (position, step) in plan.steps.enumerated() { positions[Int(step.skill)] = Int32(position) }
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

    /// The position in ``plan`` of a skill's step, if it has one.
    package func step(ofSkill skill: Int32) -> Int? {
        let position = Int(stepPositions[Int(skill)])
        return position >= 0 ? position : nil
    }

    /// The chain from a step to the target that needs it, following each step's first
    /// reason: `["docker", "kubernetes", "ml-engineer"]` for `linux-shell`. Empty for a
    /// step that is itself a goal.
    package func chain(for step: PlanStep) -> [String] {
        var chain: [String] = []
        var current = step
        // Each step's first reason needs it, and needing is acyclic: the bound is a guard.
        for _ in 0...plan.steps.count {
            guard let reason = current.because.first else { break }
            switch reason {
            case .goal:
                return chain
            case .role(let role):
                chain.append(catalog.roles[Int(role)].id)
                return chain
            case .skill(let skill):
                let position = Int(stepPositions[Int(skill)])
                guard position >= 0, skill != current.skill else { return chain }
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
