import Testing
import UpskillCurriculum
import UpskillGraph
import UpskillPlanner

/// Scale sanity, not timing: a cone of about 200 skills with 30 `anyOf` groups whose
/// alternatives share prerequisites is still proved optimal within the default budget,
/// and the plan passes ``PlanAudit``; the greedy first plan is dearer, so the search matters.
@Suite("Planner scale")
struct PlannerScaleTests {
    /// 120 core skills in a mandatory chain (each also needs a random earlier one), 80
    /// optional skills, and 30 `anyOf` groups of 2–4 optional skills on core skills
    /// 60…119. An optional skill needs 0–2 earlier optional skills and maybe a core skill
    /// below 60, so every edge points to something made earlier: acyclic.
    static func curriculum(seed: UInt64) -> Curriculum {
        var random = PlannerRandom(seed: seed)
        let coreCount = 120, optionCount = 80, groupCount = 30
        func core(_ index: Int) -> String { "c" + String(1000 + index).dropFirst() }
        func option(_ index: Int) -> String { "o" + String(100 + index).dropFirst() }
        let hours = RandomCatalog.hourChoices.filter { $0 > 0 }

        var skills: [Skill] = []
        for index in 0..<optionCount {
            var requires: [Requirement] = []
            for earlier in random.distinct(random.int(0...min(2, index)), from: 0..<index) {
                requires.append(.skill(option(earlier)))
            }
            if random.chance(0.3) { requires.append(.skill(core(random.int(0..<60)))) }
            skills.append(Skill(id: option(index), name: "Option \(index)", hours: random.element(of: hours) ?? 1,
                requires: requires))
        }
        var groups = [[Requirement]](repeating: [], count: coreCount)
        for _ in 0..<groupCount {
            let members = random.distinct(random.int(2...4), from: 0..<optionCount).map(option)
            groups[random.int(60..<coreCount)].append(.anyOf(members))
        }
        for index in 0..<coreCount {
            var requires: [Requirement] = index > 0 ? [.skill(core(index - 1))] : []
            if index > 1 { requires.append(.skill(core(random.int(0..<(index - 1))))) }
            skills.append(Skill(id: core(index), name: "Core \(index)", hours: random.element(of: hours) ?? 1,
                requires: requires + groups[index]))
        }
        let role = Role(id: "architect", name: "Architect", requires: [.skill(core(coreCount - 1))])
        return Curriculum(id: "scale", title: "Scale", skills: skills, roles: [role])
    }

    @Test("Thirty anyOf groups in a cone of 200 skills are solved to optimality", arguments: Array(UInt64(1)...6))
    func provesOptimal(seed: UInt64) throws {
        let curriculum = Self.curriculum(seed: seed)
        let catalog = try Catalog(sources: [CurriculumSource(name: "scale", origin: .builtin, curriculum: curriculum)])
        let oracle = BruteForceOracle(curriculum: curriculum)
        let request = PlanRequest(to: ["architect"])
        let audit = PlanAudit(catalog: catalog, oracle: oracle, request: request)
        let groupsInCone = audit.instance.candidates.reduce(0) { count, skill in
            count + oracle.items[skill].filter { $0.count > 1 }.count
        }
        #expect(groupsInCone == 30)
        #expect(audit.instance.candidates.count >= 170)

        let plan = try Planner(catalog: catalog).plan(request)
        #expect(plan.optimal, "visited \(plan.searchNodes) nodes; lower bound \(plan.lowerBound), hours \(plan.totalHours)")
        #expect(plan.lowerBound == plan.totalHours)
        let problems = audit.problems(plan)
        #expect(problems.isEmpty, "\(problems)")

        // The instance needs the search: the greedy first plan is not the minimum.
        let greedy = try Planner(catalog: catalog).plan(PlanRequest(to: ["architect"], searchBudget: 1))
        #expect(greedy.totalHours > plan.totalHours)
        #expect(greedy.lowerBound <= plan.totalHours)
    }
}
