import UpskillGraph
import UpskillPlanner

/// A simulated person taking an assessment: answers every question truthfully from the
/// set of skills they know.
struct AssessmentSimulation {
    let catalog: Catalog

    /// `skills` closed under mandatory requirements: a set a real person can know.
    func downClosed(_ skills: [Int32]) -> Set<Int32> {
        var known: Set<Int32> = []
        var stack = skills
        let requirements = catalog.requirements
        while let skill = stack.popLast() {
            guard known.insert(skill).inserted else { continue }
            for item in requirements.items(of: Int(skill)) where !requirements.isAlternative(item) {
                stack.append(contentsOf: requirements.members(of: item))
            }
        }
        return known
    }

    /// Asks until nothing is left to ask (bounded by the cone's size) and returns the
    /// finished assessment.
    func run(_ cone: KnowledgeCone, knows: Set<Int32>) -> Assessment {
        run(Assessment(cone: cone), knows: knows).assessment
    }

    /// Asks until nothing is left to ask and returns the finished assessment, and whether
    /// every question came with a bound on those left (``Assessment/remainingBound``) that
    /// the questions kept to.
    func run(_ start: Assessment, knows: Set<Int32>) -> (assessment: Assessment, boundHeld: Bool) {
        var assessment = start
        var held = true
        var promised = Int.max
        for _ in 0...assessment.cone.count {
            guard let question = assessment.nextQuestion else { break }
            let bound = assessment.remainingBound
            if bound < 1 || bound > promised { held = false }
            promised = bound - 1
            assessment.answer(question, knows.contains(assessment.cone.skills[question]) ? .yes : .no)
        }
        return (assessment, held)
    }

    /// The plan as a learner sees it: the steps in order (so the hours too), and groups.
    struct PlanShape: Equatable, CustomStringConvertible {
        var steps: [String]
        var groups: [Int?]
        var description: String { steps.joined(separator: " ") }
    }

    /// The plan for `request` with `known` skills added as completed.
    func plan(_ request: PlanRequest, knowing known: some Sequence<Int32>) throws -> PlanShape {
        var request = request
        request.completed += known.sorted().map { catalog.id(ofSkill: $0) }
        let plan = try Planner(catalog: catalog).plan(request)
        return PlanShape(steps: plan.steps.map { catalog.id(ofSkill: $0.skill) }, groups: plan.steps.map(\.group))
    }
}
