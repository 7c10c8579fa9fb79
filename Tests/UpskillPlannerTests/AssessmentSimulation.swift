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
        var assessment = Assessment(cone: cone)
        for _ in 0...cone.count {
            guard let question = assessment.nextQuestion else { break }
            assessment.answer(question, knows.contains(cone.skills[question]) ? .yes : .no)
        }
        return assessment
    }
}
