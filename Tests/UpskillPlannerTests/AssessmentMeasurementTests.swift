import Testing
import UpskillCurriculum
import UpskillGraph
import UpskillPlanner
import UpskillRegistry

/// How many questions the assessment asks on the built-in catalog from nothing to
/// `ml-engineer`, for simulated people who know different amounts. Prints the table the
/// Assessment article of the UpskillPlanner documentation quotes (`swift test --filter AssessmentMeasurement`).
@Suite("Assessment measurement")
struct AssessmentMeasurementTests {
    static func builtinCatalog() throws -> Catalog {
        try Catalog(
            sources: Registry.builtinCurricula.map { embedded in
                CurriculumSource(
                    name: embedded.path, origin: .builtin,
                    curriculum: try Curriculum(json: embedded.json, source: embedded.path))
            })
    }

    @Test("From nothing to ml-engineer, questions stay well under half the cone")
    func builtinQuestions() throws {
        let catalog = try Self.builtinCatalog()
        let cone = try KnowledgeCone(catalog: catalog, request: PlanRequest(to: ["ml-engineer"]))
        let simulation = AssessmentSimulation(catalog: catalog)
        var people: [(name: String, knows: Set<Int32>)] = [("knows nothing", [])]
        let scientist = try #require(catalog.role("data-scientist"))
        let roleItems = catalog.roleRequirements.items(of: Int(scientist)).filter {
            !catalog.roleRequirements.isAlternative($0)
        }
        people.append(
            (
                "knows data-scientist's skills",
                simulation.downClosed(roleItems.flatMap { catalog.roleRequirements.members(of: $0) })
            ))
        var random = PlannerRandom(seed: 2026)
        for index in 0..<20 {
            // From a couple of skills to a good part of the cone.
            let picks = (0..<(1 + index / 2)).map { _ in cone.skills[random.int(0..<cone.count)] }
            people.append(("random #\(index + 1)", simulation.downClosed(picks)))
        }
        people.append(("knows everything", Set(cone.skills)))

        var lines = [
            "| person | known in cone | questions | floor | cone | questions / cone |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        var total = 0
        var floors = 0
        for person in people {
            let assessment = simulation.run(cone, knows: person.knows)
            #expect(assessment.isComplete)
            #expect(Set(assessment.knownSkills) == person.knows.intersection(cone.skills))
            let floor = Self.floor(cone, known: assessment.known)
            #expect(assessment.questionCount >= floor)
            total += assessment.questionCount
            floors += floor
            let share = Double(assessment.questionCount) / Double(cone.count) * 100
            lines.append(
                "| \(person.name) | \(assessment.known.count) | \(assessment.questionCount) | \(floor) | \(cone.count) | \(Int(share.rounded())) % |"
            )
        }
        let mean = Double(total) / Double(people.count)
        lines.append("")
        lines.append(
            "mean: \(Int((mean * 10).rounded()) / 10).\(Int((mean * 10).rounded()) % 10) questions for \(cone.count) skills"
        )
        lines.append("floor total \(floors), questions total \(total)")
        print(lines.joined(separator: "\n"))
        #expect(total * 2 < cone.count * people.count)
    }

    /// The fewest questions any exact assessment must ask a person who knows `known`:
    /// each maximal known skill (only a yes about itself settles it) and each minimal
    /// unknown one (only a no about itself settles it).
    static func floor(_ cone: KnowledgeCone, known: SkillSet) -> Int {
        var count = 0
        for skill in 0..<cone.count {
            if known.contains(skill) {
                // Maximal: no other known skill depends on it.
                if cone.dependents(of: skill).intersectionCount(known) == 1 { count += 1 }
            } else {
                var unknown = SkillSet.all(capacity: cone.count)
                unknown.subtract(known)
                if cone.prerequisites(of: skill).intersectionCount(unknown) == 1 { count += 1 }
            }
        }
        return count
    }
}
