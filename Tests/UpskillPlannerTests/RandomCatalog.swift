import UpskillCurriculum
import UpskillGraph
import UpskillPlanner

/// A random curriculum that is acyclic by construction: the skill generated `i`-th
/// requires only skills generated before it. Ids look like `s07` (or `s007` for larger
/// catalogs); with ``Options/shuffledIDs`` the ids are a permutation of the generation
/// order, so that the catalog's index order is not a topological order.
struct RandomCatalog {
    /// How a random catalog is shaped.
    struct Options {
        var skillCount: ClosedRange<Int> = 8...22
        /// The chance that an item is an `anyOf` group (2–4 members) rather than one skill.
        var anyOfProbability = 0.4
        /// The most items a skill has.
        var maxItems = 3
        /// The chance that a skill (other than the first) requires nothing.
        var emptyProbability = 0.15
        /// How many roles there are.
        var roleCount: ClosedRange<Int> = 0...3
        /// Whether ids are assigned in a random order rather than the generation order.
        var shuffledIDs = false
        /// Members are drawn from this many skills just before the one being made (all
        /// earlier skills when `nil`), to make deep chains.
        var window: Int? = nil
    }

    /// Hours to draw from: small integers and halves, 0 included (a milestone).
    static let hourChoices: [Double] = [0, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 12]

    /// The skills, in generation order: each requires only skills before it.
    var skills: [Skill]
    /// The roles, in generation order: each includes only roles before it.
    var roles: [Role]

    init(skills: [Skill], roles: [Role]) {
        self.skills = skills
        self.roles = roles
    }

    init(seed: UInt64, options: Options = Options()) {
        var random = PlannerRandom(seed: seed)
        let count = random.int(options.skillCount)
        let width = max(2, String(max(count - 1, 0)).count)
        var numbers = Array(0..<count)
        if options.shuffledIDs { numbers.shuffle(using: &random) }
        let ids = numbers.map { number in
            let digits = String(number)
            return "s" + String(repeating: "0", count: width - digits.count) + digits
        }

        var skills: [Skill] = []
        for index in 0..<count {
            var requires: [Requirement] = []
            if index > 0 {
                let itemCount = random.chance(options.emptyProbability) ? 0 : random.int(1...options.maxItems)
                let low = options.window.map { max(0, index - $0) } ?? 0
                for _ in 0..<itemCount {
                    let available = index - low
                    if available >= 2 && random.chance(options.anyOfProbability) {
                        let members = random.distinct(random.int(2...min(4, available)), from: low..<index)
                        requires.append(.anyOf(members.map { ids[$0] }))
                    } else {
                        requires.append(.skill(ids[random.int(low..<index)]))
                    }
                }
            }
            let hours = random.element(of: Self.hourChoices) ?? 1
            skills.append(Skill(id: ids[index], name: "Skill \(ids[index])", hours: hours, requires: requires))
        }

        var roles: [Role] = []
        let roleCount = count == 0 ? 0 : random.int(options.roleCount)
        for index in 0..<roleCount {
            let includes = random.distinct(random.int(0...min(2, index)), from: 0..<index).map { "r\($0)" }
            var requires: [Requirement] = []
            let itemCount = random.int((includes.isEmpty ? 1 : 0)...3)
            for _ in 0..<itemCount {
                // Mostly skills from the upper half, whose prerequisite cones are larger.
                let low = random.chance(0.7) ? count / 2 : 0
                if count - low >= 2 && random.chance(options.anyOfProbability) {
                    let members = random.distinct(random.int(2...min(4, count - low)), from: low..<count)
                    requires.append(.anyOf(members.map { ids[$0] }))
                } else {
                    requires.append(.skill(ids[random.int(low..<count)]))
                }
            }
            roles.append(Role(id: "r\(index)", name: "Role \(index)", includes: includes, requires: requires))
        }
        self.init(skills: skills, roles: roles)
    }

    /// The curriculum, with skills and roles listed in generation order, or shuffled with
    /// the given seed.
    func curriculum(shuffleSeed: UInt64? = nil) -> Curriculum {
        var skills = self.skills
        var roles = self.roles
        if let shuffleSeed {
            var random = PlannerRandom(seed: shuffleSeed)
            skills.shuffle(using: &random)
            roles.shuffle(using: &random)
        }
        return Curriculum(id: "random", title: "Random curriculum", skills: skills, roles: roles)
    }

    /// The catalog of ``curriculum(shuffleSeed:)``.
    func catalog(shuffleSeed: UInt64? = nil) throws -> Catalog {
        try Catalog(sources: [CurriculumSource(name: "random", origin: .builtin, curriculum: curriculum(shuffleSeed: shuffleSeed))])
    }

    /// A random request over this catalog with at least one target: roles and goals to
    /// reach, roles held, skills known, completed and avoided.
    func randomRequest(using random: inout PlannerRandom, avoidCount: ClosedRange<Int> = 0...3) -> PlanRequest {
        let skillIDs = skills.map(\.id)
        let roleIDs = roles.map(\.id)
        func pickSkills(_ count: Int) -> [String] {
            random.distinct(count, from: 0..<skillIDs.count).map { skillIDs[$0] }
        }
        // Goals mostly from the upper half, whose prerequisite cones are larger.
        func pickGoals(_ count: Int) -> [String] {
            let low = random.chance(0.7) ? skillIDs.count / 2 : 0
            return random.distinct(count, from: low..<skillIDs.count).map { skillIDs[$0] }
        }
        func pickRoles(_ count: Int) -> [String] {
            random.distinct(count, from: 0..<roleIDs.count).map { roleIDs[$0] }
        }
        var to: [String] = []
        if !roleIDs.isEmpty && random.chance(0.6) {
            to = pickRoles(random.chance(0.25) ? 2 : 1)
        }
        var goals = pickGoals(random.int(0...2))
        if to.isEmpty && goals.isEmpty { goals = pickGoals(1) }
        let from = !roleIDs.isEmpty && random.chance(0.3) ? pickRoles(1) : []
        let know = random.chance(0.35) ? pickSkills(random.int(1...2)) : []
        let completed = random.chance(0.2) ? pickSkills(1) : []
        let avoid = pickSkills(random.int(avoidCount))
        return PlanRequest(from: from, know: know, completed: completed, to: to, goals: goals, avoid: avoid)
    }
}
