import UpskillGraph

/// The default order of a plan's steps: one that delivers early.
///
/// The set of skills is fixed; only the order is chosen. Started skills come first (with
/// whatever they still need), then the groups in turn (a target role's milestones, then
/// its requirements no milestone names, then the goals). Inside a group the aim is to
/// complete the targets' requirements as early as possible: to minimise their mean
/// completion time, which is single-machine scheduling with precedence constraints
/// (1|prec|ΣwⱼCⱼ, NP-hard in general).
///
/// The rule is Sidney's ratio rule, applied to a family of precedence-closed sets: next
/// comes the set with the highest ratio of target requirements completed to hours (ties:
/// fewer hours, then the depth-first position). Candidate sets are grown from each
/// target's unlearned closure by adding whole closures of other targets while that raises
/// the ratio, so targets that share a long prerequisite come together. Inside the set
/// chosen, targets go one closure at a time by the same ratio; steps inside a closure
/// follow the depth-first order, so each comes after what it needs.
///
/// The rule is a heuristic; the result is compared with the depth-first order under the
/// same groups (and, when there is only one group, the plain depth-first order) and the
/// order with the smaller total completion time of the target requirements is kept, so
/// it is never worse than depth first. Work is bounded: past ``workLimit`` the remaining
/// targets of a group follow in depth-first order.
struct DeliveryOrder {
    let requirements: RequirementTable
    let hours: [Double]
    let inPlan: [Bool]
    /// The plan's skills in depth-first post-order: a valid order, and the tie-break.
    let depthOrder: [Int32]
    /// The target requirements: their members and the group of each.
    let targets: [Planner.TargetItem]
    /// Started skills in the plan.
    let started: [Int32]
    let groupCount: Int
    /// How many skills the ratio rule may visit before it falls back to depth first.
    var workLimit = 2_000_000

    /// The order and, for each step, the index of its group (the started skills are in
    /// group 0 when there are any).
    func order() -> (skills: [Int32], groups: [Int]) {
        let edges = PlanEdges(requirements: requirements, inPlan: inPlan)
        var candidates = [schedule(byRatio: true, edges: edges), schedule(byRatio: false, edges: edges)]
        var hasGroup = [Bool](repeating: false, count: groupCount)
        for target in targets { hasGroup[target.group] = true }
        let phases = hasGroup.count(where: { $0 }) + (started.isEmpty ? 0 : 1)
        if phases <= 1 {
            let group = targets.first?.group ?? 0
            candidates.append((depthOrder, Array(repeating: group, count: depthOrder.count)))
        }
        var best = candidates[0]
        var bestCost = completionCost(best.skills)
        for candidate in candidates.dropFirst() {
            let cost = completionCost(candidate.skills)
            if cost < bestCost {
                best = candidate
                bestCost = cost
            }
        }
        return best
    }

    /// One schedule: started skills, then group by group, each group by the ratio rule or
    /// by depth-first position.
    private func schedule(byRatio: Bool, edges: PlanEdges) -> (skills: [Int32], groups: [Int]) {
        var state = State(order: self, edges: edges)
        let position = state.position
        if !started.isEmpty {
            for skill in started.sorted(by: { position[Int($0)] < position[Int($1)] }) {
                state.emitClosure(of: skill, group: 0)
            }
        }
        for group in 0..<groupCount {
            let seen = state.nextSetMark()
            var groupTargets: [Int32] = []
            for target in targets where target.group == group {
                guard let skill = state.completingSkill(of: target.members), state.setMark[Int(skill)] != seen else {
                    continue
                }
                state.setMark[Int(skill)] = seen
                groupTargets.append(skill)
            }
            groupTargets.sort { position[Int($0)] < position[Int($1)] }
            if byRatio {
                state.scheduleByRatio(groupTargets, group: group)
            } else {
                for skill in groupTargets { state.emitClosure(of: skill, group: group) }
            }
        }
        // A skill in the plan only as a second member of a target's "any of" (a 0-hour
        // one, or a leftover of a search cut short) is needed by no closure: it goes last.
        for skill in depthOrder where !state.scheduled[Int(skill)] { state.emit([skill], group: max(0, groupCount - 1)) }
        return (state.skills, state.groups)
    }

    /// The state of one schedule being built. Its per-skill scratch lives in memory the
    /// state owns (freed by `deinit`), read through pointers: a closure walk runs for
    /// every remaining target, again and again, on a large plan, and an array write there
    /// costs a uniqueness check each time.
    private struct State: ~Copyable {
        let order: DeliveryOrder
        let edges: PlanEdges
        /// Each skill's depth-first position; `Int.max` for a skill not in the plan.
        let position: UnsafeMutablePointer<Int>
        let scheduled: UnsafeMutablePointer<Bool>
        /// How many target requirements each skill completes (its first member in the
        /// plan, by depth-first position), until it is scheduled.
        let weight: UnsafeMutablePointer<Int>
        var skills: [Int32] = []
        var groups: [Int] = []
        var work = 0
        // Scratch for closures: a stamp per skill.
        let stamp: UnsafeMutablePointer<UInt32>
        var currentStamp: UInt32 = 0
        // Scratch for the sets grown from closures: a mark per skill.
        let setMark: UnsafeMutablePointer<UInt32>
        var currentSetMark: UInt32 = 0
        /// Scratch for closures: the stack of skills still to visit. A walk pushes each
        /// plan edge at most once, so it never holds more than the edges plus one.
        let stack: UnsafeMutablePointer<Int32>
        let skillCount: Int

        init(order: DeliveryOrder, edges: PlanEdges) {
            self.order = order
            self.edges = edges
            let count = order.hours.count
            skillCount = count
            position = .allocate(capacity: max(1, count))
            position.initialize(repeating: .max, count: count)
            for (index, skill) in order.depthOrder.enumerated() { position[Int(skill)] = index }
            scheduled = .allocate(capacity: max(1, count))
            scheduled.initialize(repeating: false, count: count)
            weight = .allocate(capacity: max(1, count))
            weight.initialize(repeating: 0, count: count)
            stamp = .allocate(capacity: max(1, count))
            stamp.initialize(repeating: 0, count: count)
            setMark = .allocate(capacity: max(1, count))
            setMark.initialize(repeating: 0, count: count)
            stack = .allocate(capacity: edges.members.count + 1)
            for target in order.targets {
                if let skill = completingSkill(of: target.members) { weight[Int(skill)] += 1 }
            }
        }

        deinit {
            position.deallocate()
            scheduled.deallocate()
            weight.deallocate()
            stamp.deallocate()
            setMark.deallocate()
            stack.deallocate()
        }

        /// The member of a requirement that completes it: the first in the plan by
        /// depth-first position.
        func completingSkill(of members: [Int32]) -> Int32? {
            members.filter { order.inPlan[Int($0)] }.min { position[Int($0)] < position[Int($1)] }
        }

        /// The unscheduled plan steps a skill needs, itself included: every member in the
        /// plan of every requirement item, transitively. Marks them with a fresh stamp.
        mutating func closure(of skill: Int32) -> [Int32] {
            var result: [Int32] = []
            visitClosure(of: skill) { result.append($0) }
            return result
        }

        /// Calls `visit` with each skill of ``closure(of:)``, in the same order, and marks
        /// them with a fresh stamp, without building the array: the scratch stack is
        /// reused and members are read from the requirement table in place (a closure is
        /// taken for every remaining target, again and again, on a large plan).
        @inline(__always)
        mutating func visitClosure(of skill: Int32, _ visit: (Int32) -> Void) {
            currentStamp &+= 1
            if currentStamp == 0 {
                stamp.update(repeating: 0, count: skillCount)
                currentStamp = 1
            }
            let mark = currentStamp
            guard order.inPlan[Int(skill)] else { return }
            // Every skill pushed is in the plan (the edges hold no other).
            let stamp = self.stamp, scheduled = self.scheduled, stack = self.stack
            var work = self.work
            edges.start.withUnsafeBufferPointer { start in
                edges.members.withUnsafeBufferPointer { members in
                    stack[0] = skill
                    var top = 1
                    while top > 0 {
                        top -= 1
                        let current = stack[top]
                        let index = Int(current)
                        guard !scheduled[index], stamp[index] != mark else { continue }
                        stamp[index] = mark
                        visit(current)
                        work += 1
                        for edge in Int(start[index])..<Int(start[index + 1]) {
                            stack[top] = members[edge]
                            top += 1
                        }
                    }
                }
            }
            self.work = work
        }

        /// A fresh mark for ``setMark``: no skill carries it yet.
        mutating func nextSetMark() -> UInt32 {
            currentSetMark &+= 1
            if currentSetMark == 0 {
                setMark.update(repeating: 0, count: skillCount)
                currentSetMark = 1
            }
            return currentSetMark
        }

        /// Schedules the unscheduled skills of `set` (plan skills) in depth-first order:
        /// their positions sorted as plain integers (no comparison closure), each read back
        /// from the depth-first order.
        mutating func emit(_ set: [Int32], group: Int) {
            let position = self.position
            var positions = set.map { position[Int($0)] }
            positions.sort()
            for at in positions {
                let skill = order.depthOrder[at]
                guard !scheduled[Int(skill)] else { continue }
                scheduled[Int(skill)] = true
                weight[Int(skill)] = 0
                skills.append(skill)
                groups.append(group)
            }
        }

        mutating func emitClosure(of skill: Int32, group: Int) {
            emit(closure(of: skill), group: group)
        }

        /// Schedules the closures of `targets` (sorted by depth-first position) by the
        /// ratio rule, a set of targets at a time: each round takes the precedence-closed
        /// set with the most target requirements per hour, grown from each target's
        /// closure by adding whole closures of other targets while that raises the ratio
        /// (targets that share prerequisites come together), then orders the targets
        /// inside it by ``scheduleInside(_:group:)``.
        mutating func scheduleByRatio(_ targets: [Int32], group: Int) {
            var remaining = targets
            while true {
                remaining.removeAll { scheduled[Int($0)] }
                guard !remaining.isEmpty else { return }
                if work > order.workLimit / 2 {
                    scheduleInside(remaining, group: group)
                    return
                }
                var closures = Closures()
                for target in remaining {
                    visitClosure(of: target) { closures.skills.append($0) }
                    closures.end.append(Int32(closures.skills.count))
                }
                var best: (set: [Int], weight: Int, hours: Double)?
                var isMember = [Bool](repeating: false, count: closures.count)
                for seed in remaining.indices {
                    let grown = grow(from: seed, closures: closures, isMember: &isMember)
                    if let current = best {
                        if Self.isBetter(grown.weight, grown.hours, than: current.weight, current.hours) {
                            best = grown
                        }
                    } else {
                        best = grown
                    }
                }
                guard let best else { return }
                let mark = nextSetMark()
                for member in best.set {
                    for skill in closures[member] { setMark[Int(skill)] = mark }
                }
                scheduleInside(remaining.filter { setMark[Int($0)] == mark }, group: group)
            }
        }

        /// The set grown from one target's closure: the indices of the targets whose
        /// closures make it up, and its weight and hours.
        /// `isMember` is scratch, all false on entry and on return. The loops read every
        /// array through pointers: a round grows a set from every target.
        private mutating func grow(
            from seed: Int, closures: Closures, isMember: inout [Bool]
        ) -> (set: [Int], weight: Int, hours: Double) {
            var members = [seed]
            members.reserveCapacity(closures.count)
            let mark = nextSetMark()
            let limit = order.workLimit / 2
            let setMark = self.setMark, weight = self.weight
            var work = self.work
            var setWeight = 0, setHours = 0.0
            isMember.withUnsafeMutableBufferPointer { isMember in
                order.hours.withUnsafeBufferPointer { hours in
                    closures.skills.withUnsafeBufferPointer { skills in
                        closures.end.withUnsafeBufferPointer { ends in
                            func range(_ index: Int) -> Range<Int> {
                                (index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])
                            }
                            isMember[seed] = true
                            for position in range(seed) {
                                let skill = Int(skills[position])
                                setMark[skill] = mark
                                setWeight += weight[skill]
                                setHours += hours[skill]
                            }
                            while work <= limit {
                                var next: (index: Int, weight: Int, hours: Double)?
                                for index in 0..<ends.count where !isMember[index] {
                                    var addedWeight = 0, addedHours = 0.0
                                    let closure = range(index)
                                    for position in closure {
                                        let skill = Int(skills[position])
                                        if setMark[skill] != mark {
                                            addedWeight += weight[skill]
                                            addedHours += hours[skill]
                                        }
                                    }
                                    work += closure.count
                                    // Adding raises the ratio exactly when the addition's own ratio is higher.
                                    guard addedWeight > 0,
                                        Double(addedWeight) * setHours > Double(setWeight) * addedHours
                                            || (addedHours == 0 && setHours > 0)
                                    else { continue }
                                    if let current = next,
                                        !Self.isBetter(addedWeight, addedHours, than: current.weight, current.hours)
                                    {
                                        continue
                                    }
                                    next = (index, addedWeight, addedHours)
                                }
                                guard let next else { break }
                                members.append(next.index)
                                isMember[next.index] = true
                                for position in range(next.index) { setMark[Int(skills[position])] = mark }
                                setWeight += next.weight
                                setHours += next.hours
                            }
                            for member in members { isMember[member] = false }
                        }
                    }
                }
            }
            self.work = work
            return (members, setWeight, setHours)
        }

        /// Whether `weight / hours` beats `otherWeight / otherHours` (cross-multiplied, as
        /// hours may be 0), ties going to fewer hours.
        static func isBetter(_ weight: Int, _ hours: Double, than otherWeight: Int, _ otherHours: Double) -> Bool {
            let lhs = Double(weight) * otherHours, rhs = Double(otherWeight) * hours
            if lhs != rhs { return lhs > rhs }
            if hours == 0 && otherHours == 0 { return weight > otherWeight }
            return hours < otherHours
        }

        /// Orders the closures of `targets` (sorted by depth-first position) one target at
        /// a time: next comes the target whose unscheduled closure has the highest ratio,
        /// after the targets inside that closure, ordered the same way.
        mutating func scheduleInside(_ targets: [Int32], group: Int) {
            var remaining = targets
            while true {
                remaining.removeAll { scheduled[Int($0)] }
                guard !remaining.isEmpty else { return }
                if work > order.workLimit {
                    for skill in remaining { emitClosure(of: skill, group: group) }
                    return
                }
                var best: (skill: Int32, weight: Int, hours: Double)?
                for skill in remaining {
                    var setWeight = 0
                    var setHours = 0.0
                    let weight = self.weight, hours = order.hours
                    visitClosure(of: skill) { member in
                        setWeight += weight[Int(member)]
                        setHours += hours[Int(member)]
                    }
                    if let current = best, !Self.isBetter(setWeight, setHours, than: current.weight, current.hours) {
                        continue
                    }
                    best = (skill, setWeight, setHours)
                }
                guard let best else { return }
                visitClosure(of: best.skill) { _ in }  // stamps the set, to find the targets inside it
                let inner = remaining.filter { $0 != best.skill && stamp[Int($0)] == currentStamp }
                if !inner.isEmpty { scheduleInside(inner, group: group) }
                emitClosure(of: best.skill, group: group)
            }
        }
    }
}
