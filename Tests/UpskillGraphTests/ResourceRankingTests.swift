import Testing
@testable import UpskillGraph

/// The order resources of a skill are recommended in: company material, coverage of the
/// skill's hours, free before paid, shorter, load order.
@Suite("Resource ranking")
struct ResourceRankingTests {
    typealias Candidate = ResourceRanking.Candidate

    /// A built-in, free resource of `hours` at load position `order`, changed by the flags.
    static func resource(
        _ order: Int, hours: Double?, cost: Double? = 0, company: Bool = false
    ) -> Candidate {
        Candidate(isCompanyMaterial: company, hours: hours, cost: cost, loadOrder: order)
    }

    @Test(
        "Candidates are ranked best first",
        arguments: [
            // The C++ case: a 1 h pointer page does not lead an 80 h skill; the 60 h course does.
            (80, [resource(0, hours: 60), resource(1, hours: 1), resource(2, hours: 10)], [0, 2, 1]),
            // Too long covers less, too: 400 h for a 10 h skill comes after 5 h (0.025 < 0.5).
            (10, [resource(0, hours: 400), resource(1, hours: 5)], [1, 0]),
            // Company material first, however poorly it covers the skill.
            (80, [resource(0, hours: 80), resource(1, hours: 1, company: true)], [1, 0]),
            // Equal coverage (5 h and 20 h of a 10 h skill both cover 0.5): free before paid...
            (10, [resource(0, hours: 5, cost: 30), resource(1, hours: 20, cost: 0)], [1, 0]),
            // ... unknown cost is not free ...
            (10, [resource(0, hours: 5, cost: nil), resource(1, hours: 5, cost: 0)], [1, 0]),
            // ... and both free: the shorter.
            (10, [resource(0, hours: 20), resource(1, hours: 5)], [1, 0]),
            // Better coverage beats free.
            (10, [resource(0, hours: 2, cost: 0), resource(1, hours: 9, cost: 49)], [1, 0]),
            // Unknown hours come after known ones.
            (10, [resource(0, hours: nil), resource(1, hours: 0.5)], [1, 0]),
            // A 0-hour (milestone) skill: the shortest leads.
            (0, [resource(0, hours: 12), resource(1, hours: 2), resource(2, hours: nil)], [1, 0, 2]),
            // Everything equal: load order.
            (10, [resource(1, hours: 10), resource(0, hours: 10)], [0, 1]),
        ] as [(Double, [Candidate], [Int])])
    func ranks(skillHours: Double, candidates: [Candidate], expected: [Int]) {
        let ranking = ResourceRanking(skillHours: skillHours)
        #expect(ranking.sorted(candidates).map(\.loadOrder) == expected)
        #expect(ranking.sorted(candidates.reversed()).map(\.loadOrder) == expected)
    }

    @Test(
        "Coverage is min over max of the two hours; for a 0-hour skill 1 / (1 + hours); unknown hours cover 0",
        arguments: [
            (80, 60, 0.75), (80, 1, 0.0125), (10, 40, 0.25), (10, 10, 1), (0, 0, 1), (0, 3, 0.25), (10, 0, 0),
        ] as [(Double, Double, Double)])
    func coverage(skillHours: Double, resourceHours: Double, expected: Double) {
        #expect(abs(ResourceRanking(skillHours: skillHours).coverage(ofHours: resourceHours) - expected) < 1e-12)
        #expect(ResourceRanking(skillHours: skillHours).coverage(ofHours: nil) == 0)
    }

    @Test("The catalog lists each skill's resources in this order")
    func catalogUsesIt() throws {
        let source = try CatalogFixtures.source(
            CatalogFixtures.json(
                skills: #"{"id": "cpp", "name": "C++", "hours": 80}"#,
                extra: """
                    "resources": [
                      {"id": "get-started", "title": "Get started", "kind": "docs", "url": "https://a.example", "hours": 1, "cost": 0, "teaches": ["cpp"]},
                      {"id": "tour", "title": "A tour", "kind": "book", "url": "https://b.example", "hours": 20, "cost": 30, "teaches": ["cpp"]},
                      {"id": "course", "title": "Course", "kind": "course", "url": "https://c.example", "hours": 60, "cost": 0, "teaches": ["cpp"]}
                    ]
                    """), origin: .builtin)
        let catalog = try Catalog(sources: [source])
        let cpp = try #require(catalog.skill("cpp"))
        #expect(catalog.resourcesBySkill[Int(cpp)].map { catalog.resources[Int($0)].id } == ["course", "tour", "get-started"])
    }
}
