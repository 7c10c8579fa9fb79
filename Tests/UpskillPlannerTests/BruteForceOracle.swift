import UpskillCurriculum
import UpskillPlanner

/// An independent statement of the planner's semantics, written straight from the
/// curriculum model (string ids, no catalog, no search): the known set, the target items,
/// feasibility, and the minimum cost by enumerating every subset of the candidates.
///
/// It does not resolve aliases or extensions; use it with curricula that have neither.
struct BruteForceOracle {
    /// Skill ids, in the curriculum's order; everything below is by position in it.
    let ids: [String]
    let position: [String: Int]
    let hours: [Double]
    /// Each skill's items, each a list of skill positions.
    let items: [[[Int]]]
    /// Each role's items, its included roles' items (transitively) merged in.
    let roleItems: [String: [[Int]]]

    init(curriculum: Curriculum) {
        ids = curriculum.skills.map(\.id)
        var position: [String: Int] = [:]
        for (index, id) in ids.enumerated() { position[id] = index }
        self.position = position
        hours = curriculum.skills.map(\.hours)
        items = curriculum.skills.map { skill in
            skill.requires.map { item in item.skillIDs.compactMap { position[$0] } }
        }
        let rolesByID = Dictionary(curriculum.roles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var roleItems: [String: [[Int]]] = [:]
        for role in curriculum.roles {
            var collected: [[Int]] = []
            var visited: Set<String> = []
            var stack = [role.id]
            while let current = stack.popLast() {
                guard visited.insert(current).inserted, let value = rolesByID[current] else { continue }
                // Own items, then the included roles' depth first, each item once: the
                // order the catalog keeps, which the planner's assumptions follow.
                for item in value.requires.map({ item in item.skillIDs.compactMap { position[$0] } })
                where !collected.contains(where: { $0.sorted() == item.sorted() }) {
                    collected.append(item)
                }
                stack += value.includes.reversed()
            }
            roleItems[role.id] = collected
        }
        self.roleItems = roleItems
    }

    /// One request, worked out: what is known, what the targets need, what may be learned.
    struct Instance {
        /// The known set K, closed under mandatory requirements.
        var known: Set<Int>
        /// Requested avoided skills that are not known.
        var avoided: Set<Int>
        /// Every item of every target (roles' items; each goal as a one-member item).
        var targetItems: [[Int]]
        /// The skills that may be in a plan: in the targets' prerequisite cone, not known,
        /// not avoided. Sorted.
        var candidates: [Int]
    }

    func instance(for request: PlanRequest) -> Instance {
        guard request.assume else { return instance(for: request, assuming: []) }
        // Each "any of" item of a `from` role that the known set does not meet, in order,
        // is credited with the member whose plan is shortest (ties: the first written;
        // never an avoided one); each assumption counts for the next.
        var assumed: [Int] = []
        let avoided = Set(request.avoid.compactMap { position[$0] })
        for role in request.from {
            for item in roleItems[role] ?? [] where item.count > 1 {
                let known = instance(for: request, assuming: assumed).known
                guard !isMet(item, known) else { continue }
                let candidates = item.filter { !avoided.contains($0) }
                guard var best = candidates.first else { continue }
                var bestHours = Double.infinity
                for candidate in candidates where candidates.count > 1 {
                    let trial = instance(for: request, assuming: assumed + [candidate])
                    let hours = trial.candidates.count <= 20 ? optimum(trial) ?? .infinity : .infinity
                    if hours < bestHours {
                        bestHours = hours
                        best = candidate
                    }
                }
                assumed.append(best)
            }
        }
        return instance(for: request, assuming: assumed)
    }

    /// The instance with the `assumed` skills known too.
    func instance(for request: PlanRequest, assuming assumed: [Int]) -> Instance {
        var known: Set<Int> = []
        var stack = (request.know + request.completed).compactMap { position[$0] } + assumed
        for role in request.from {
            for item in roleItems[role] ?? [] where item.count == 1 { stack.append(item[0]) }
        }
        while let skill = stack.popLast() {
            guard known.insert(skill).inserted else { continue }
            for item in items[skill] where item.count == 1 { stack.append(item[0]) }
        }
        let avoided = Set(request.avoid.compactMap { position[$0] }).subtracting(known)
        var targetItems: [[Int]] = []
        for role in request.to { targetItems += roleItems[role] ?? [] }
        for goal in request.goals { if let skill = position[goal] { targetItems.append([skill]) } }

        var cone: Set<Int> = []
        stack = targetItems.filter { !isMet($0, known) }.flatMap { $0 }
        while let skill = stack.popLast() {
            guard !known.contains(skill), !avoided.contains(skill), cone.insert(skill).inserted else { continue }
            for item in items[skill] { stack += item }
        }
        return Instance(known: known, avoided: avoided, targetItems: targetItems, candidates: cone.sorted())
    }

    /// The same instance with one more goal: what pricing an alternative plans.
    func instance(_ instance: Instance, addingGoal goal: Int) -> Instance {
        var result = instance
        result.targetItems.append([goal])
        var cone: Set<Int> = []
        var stack = result.targetItems.filter { !isMet($0, instance.known) }.flatMap { $0 }
        while let skill = stack.popLast() {
            guard !instance.known.contains(skill), !instance.avoided.contains(skill), cone.insert(skill).inserted else {
                continue
            }
            for item in items[skill] { stack += item }
        }
        result.candidates = cone.sorted()
        return result
    }

    private func isMet(_ item: [Int], _ set: Set<Int>) -> Bool {
        item.contains { set.contains($0) }
    }

    /// Whether every item of every target and of every skill of `plan` is met by the known
    /// set and the plan, and the plan avoids the known and avoided skills.
    func isFeasible(_ plan: Set<Int>, _ instance: Instance) -> Bool {
        guard plan.isDisjoint(with: instance.known), plan.isDisjoint(with: instance.avoided) else { return false }
        let have = plan.union(instance.known)
        return instance.targetItems.allSatisfy { isMet($0, have) }
            && plan.allSatisfy { skill in items[skill].allSatisfy { isMet($0, have) } }
    }

    /// The minimum hours of a feasible plan, by enumerating every subset of the
    /// candidates; `nil` when no subset is feasible.
    /// - Precondition: at most 20 candidates.
    func optimum(_ instance: Instance) -> Double? {
        let candidates = instance.candidates
        precondition(candidates.count <= 20, "too many candidates for brute force")
        var bit: [Int: UInt32] = [:]
        for (index, skill) in candidates.enumerated() { bit[skill] = 1 << UInt32(index) }
        // An item as a mask of candidates; nil when the known set meets it.
        func mask(_ item: [Int]) -> UInt32? {
            if isMet(item, instance.known) { return nil }
            return item.reduce(0) { $0 | (bit[$1] ?? 0) }
        }
        let targetMasks = instance.targetItems.compactMap(mask)
        let needs: [[UInt32]] = candidates.map { skill in items[skill].compactMap(mask) }
        let count = candidates.count
        let subsetCount = 1 << count
        var cost = [Double](repeating: 0, count: subsetCount)
        var best: Double?
        for subset in 0..<subsetCount {
            if subset > 0 {
                let low = subset.trailingZeroBitCount
                cost[subset] = cost[subset & (subset - 1)] + hours[candidates[low]]
            }
            if let best, cost[subset] >= best { continue }
            let chosen = UInt32(subset)
            guard targetMasks.allSatisfy({ $0 & chosen != 0 }) else { continue }
            var feasible = true
            var rest = chosen
            while rest != 0 && feasible {
                let index = rest.trailingZeroBitCount
                rest &= rest - 1
                feasible = needs[index].allSatisfy { $0 & chosen != 0 }
            }
            if feasible { best = cost[subset] }
        }
        return best
    }
}
