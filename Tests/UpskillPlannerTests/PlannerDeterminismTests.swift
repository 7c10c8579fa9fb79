import Testing
import UpskillCurriculum
import UpskillGraph
import UpskillPlanner

/// Equal inputs give identical plans: planning twice, and planning over the same curriculum
/// with its skills and roles listed in another order or split across two sources (the
/// catalog interns ids sorted), with the full budget and with a budget that cuts the
/// search short.
@Suite("Planner determinism")
struct PlannerDeterminismTests {
    /// The same skills and roles as two curricula, split at a random point.
    static func split(_ curriculum: Curriculum, seed: UInt64) throws -> Catalog {
        var random = PlannerRandom(seed: seed)
        let skills = curriculum.skills.shuffled(using: &random)
        let cut = random.int(0...skills.count)
        let first = Curriculum(id: "first", title: "First", skills: Array(skills[..<cut]), roles: curriculum.roles)
        let second = Curriculum(id: "second", title: "Second", skills: Array(skills[cut...]))
        return try Catalog(sources: [
            CurriculumSource(name: "second", origin: .file, curriculum: second),
            CurriculumSource(name: "first", origin: .builtin, curriculum: first),
        ])
    }

    @Test("Plans do not depend on the order of the input", arguments: Array(0..<4))
    func permutationInvariance(batch: Int) throws {
        for instance in 0..<30 {
            let seed = UInt64(batch) << 32 | UInt64(instance) | 1 << 61
            var options = PlannerOracleTests.options(for: instance)
            options.skillCount = 10...60
            let model = RandomCatalog(seed: seed, options: options)
            var random = PlannerRandom(seed: seed)
            var request = model.randomRequest(using: &random)
            if instance % 3 == 0 { request.searchBudget = 3 }
            let original = try model.catalog()
            let permuted = try model.catalog(shuffleSeed: seed ^ 0xFF)
            let split = try Self.split(model.curriculum(), seed: seed ^ 0xF0F0)
            let reference = Result { () throws(PlanningError) in try Planner(catalog: original).plan(request) }
            let again = Result { () throws(PlanningError) in try Planner(catalog: original).plan(request) }
            let reordered = Result { () throws(PlanningError) in try Planner(catalog: permuted).plan(request) }
            let splitUp = Result { () throws(PlanningError) in try Planner(catalog: split).plan(request) }
            #expect(again == reference, "seed \(seed)")
            #expect(reordered == reference, "seed \(seed)")
            #expect(splitUp == reference, "seed \(seed)")
        }
    }
}
