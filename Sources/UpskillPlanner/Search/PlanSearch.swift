import UpskillGraph

/// The exact search behind ``Planner``: the cheapest set of skills that meets every
/// target item, where shared prerequisites count once.
///
/// This is NP-hard in general (weighted set cover and directed Steiner tree are special
/// cases), so it is a depth-first branch and bound:
/// - **Forced skills.** Adding a skill adds its mandatory closure at once; the mandatory
///   closure of the targets is in every plan.
/// - **First plan.** A greedy pass meets the open `anyOf` items in the order they appear,
///   each with its cheapest member given what is already chosen. It costs about one walk
///   over the cone, so even a huge cone gets a plan at once.
/// - **Branching.** On the open `anyOf` item with the largest cheapest alternative (the
///   bottleneck), one child per usable member, cheapest first. Child *i* forbids members
///   1…*i*−1, so the children partition the plans and none is searched twice.
/// - **Bound.** Cost so far plus, over open items, the largest "cheapest member":
///   a member's own mandatory closure outside the known set and the plan. Any completion
///   must pay at least that for that item, so the bound is sound. An item stops being
///   measured as soon as one member is no dearer than the largest found so far.
/// - **Budget.** The budget counts work: skills visited while adding skills and measuring
///   closures, and open items looked at. Past it, the search stops expanding and keeps the best plan found; the
///   proven lower bound is the smallest bound of the subtrees left unexplored. Counting
///   work rather than nodes keeps the time bounded on huge cones and the result
///   deterministic (no clock is read).
struct PlanSearch {
    let requirements: RequirementTable
    let hours: [Double]
    let known: [Bool]
    /// Skills that may be in a plan (in the cone, not known, not avoided, feasible).
    let usable: [Bool]
    /// The items the targets need that the known set does not meet.
    let targets: [[Int32]]
    let budget: Int

    // Search state, changed and undone along the depth-first walk.
    private var inPlan: [Bool]
    private var forbidden: [Int32]
    private var trail: [Int32] = []
    private var cost = 0.0
    /// Open `anyOf` items: negative for a target (`-1 - index`), else a catalog item.
    private var openItems: [Int] = []

    // Results.
    private var bestCost = Double.infinity
    private var best: [Int32] = []
    private var unexploredBound = Double.infinity
    private var nodes = 0
    /// Skills visited so far: what the budget counts.
    private var work = 0
    private var exhausted = false

    // Scratch for closures: a stamp per skill, so no clearing is needed.
    private var stamp: [UInt32]
    private var currentStamp: UInt32 = 0
    private var closureStack: [Int32] = []

    /// A tolerance for comparing sums of hours.
    private static let epsilon = 1e-9

    init(requirements: RequirementTable, hours: [Double], known: [Bool], usable: [Bool], targets: [[Int32]], budget: Int) {
        self.requirements = requirements
        self.hours = hours
        self.known = known
        self.usable = usable
        self.targets = targets
        self.budget = max(1, budget)
        self.inPlan = [Bool](repeating: false, count: hours.count)
        self.forbidden = [Int32](repeating: 0, count: hours.count)
        self.stamp = [UInt32](repeating: 0, count: hours.count)
    }

    /// The result of a search.
    struct Result {
        /// Membership of the best plan found, by skill index.
        var skills: [Bool]
        var optimal: Bool
        var lowerBound: Double
        var nodes: Int
    }

    /// Runs the search. The planner has checked that every target item has a usable
    /// member, so a plan exists.
    mutating func run() -> Result {
        for (index, members) in targets.enumerated() {
            if members.count == 1 {
                _ = add(members[0])
            } else {
                openItems.append(-1 - index)
            }
        }
        greedy()
        search()
        var skills = [Bool](repeating: false, count: hours.count)
        for skill in best { skills[Int(skill)] = true }
        // Subtrees left unexplored that cannot beat the plan found leave it proven optimal.
        let proven = !exhausted || unexploredBound >= bestCost - Self.epsilon
        return Result(
            skills: skills, optimal: proven, lowerBound: proven ? bestCost : min(unexploredBound, bestCost),
            nodes: nodes)
    }

    // MARK: The walk

    /// The first incumbent: meets open items first come, first served, each with its
    /// cheapest member (ties: the member written first), then undoes everything.
    private mutating func greedy() {
        let trailMark = trail.count, openMark = openItems.count, costMark = cost
        var next = 0
        while next < openItems.count {
            let item = openItems[next]
            next += 1
            if isMet(item) { continue }
            var choice: (cost: Double, skill: Int32)?
            for member in members(of: item) {
                let memberCost = closureCost(member, above: choice?.cost ?? .infinity)
                if memberCost < (choice?.cost ?? .infinity) { choice = (memberCost, member) }
            }
            // Every item of a usable skill has a usable member, so a choice exists.
            guard let choice, add(choice.skill) else { break }
        }
        if openItems.allSatisfy(isMet), cost < bestCost {
            bestCost = cost
            best = trail
        }
        undo(to: trailMark, open: openMark, cost: costMark)
    }

    private mutating func search() {
        nodes += 1
        // Find the bottleneck open item and the bound.
        var branchItem: Int?
        var branchBound = -1.0
        work += openItems.count
        for item in openItems where !isMet(item) {
            var cheapest = Double.infinity
            for member in members(of: item) {
                cheapest = min(cheapest, closureCost(member, above: cheapest))
                if cheapest <= branchBound { break }  // this item is not the bottleneck
            }
            if cheapest == .infinity { return }  // no member can be used here
            if cheapest > branchBound {
                branchBound = cheapest
                branchItem = item
            }
        }
        guard let branchItem else {
            if cost < bestCost - Self.epsilon {
                bestCost = cost
                best = trail
            }
            return
        }
        let bound = cost + branchBound
        if bound >= bestCost - Self.epsilon { return }
        if work > budget && bestCost < .infinity {
            exhausted = true
            unexploredBound = min(unexploredBound, bound)
            return
        }

        // Children, cheapest member first (ties: catalog order, i.e. by id).
        var children: [(cost: Double, skill: Int32)] = []
        for member in members(of: branchItem) {
            let memberCost = closureCost(member)
            if memberCost < .infinity { children.append((memberCost, member)) }
        }
        children.sort { $0.cost != $1.cost ? $0.cost < $1.cost : $0.skill < $1.skill }
        for (position, child) in children.enumerated() {
            let trailMark = trail.count, openMark = openItems.count, costMark = cost
            if add(child.skill) {
                search()
            }
            undo(to: trailMark, open: openMark, cost: costMark)
            if position < children.count - 1 { forbidden[Int(child.skill)] += 1 }
        }
        for child in children.dropLast() { forbidden[Int(child.skill)] -= 1 }
    }

    private func isMet(_ item: Int) -> Bool {
        members(of: item).contains { known[Int($0)] || inPlan[Int($0)] }
    }

    private func members(of item: Int) -> ArraySlice<Int32> {
        item < 0 ? targets[-1 - item][...] : requirements.members(of: item)
    }

    /// Adds a skill and its mandatory closure to the plan; false if that needs a
    /// forbidden or unusable skill (the caller undoes the partial change).
    private mutating func add(_ skill: Int32) -> Bool {
        closureStack.removeAll(keepingCapacity: true)
        closureStack.append(skill)
        while let current = closureStack.popLast() {
            let index = Int(current)
            if known[index] || inPlan[index] { continue }
            if !usable[index] || forbidden[index] > 0 { return false }
            inPlan[index] = true
            work += 1
            trail.append(current)
            cost += hours[index]
            for item in requirements.items(of: index) {
                if requirements.isAlternative(item) {
                    openItems.append(item)
                } else {
                    closureStack.append(contentsOf: requirements.members(of: item))
                }
            }
        }
        return true
    }

    private mutating func undo(to trailMark: Int, open openMark: Int, cost costMark: Double) {
        while trail.count > trailMark {
            inPlan[Int(trail.removeLast())] = false
        }
        openItems.removeSubrange(openMark...)
        cost = costMark
    }

    /// The hours of a skill's mandatory closure outside the known set and the plan, or
    /// infinity if the closure needs a forbidden or unusable skill. The walk stops early,
    /// returning a value at least `limit`, once the hours reach `limit` (the caller only
    /// wants values below it).
    private mutating func closureCost(_ skill: Int32, above limit: Double = .infinity) -> Double {
        currentStamp &+= 1
        if currentStamp == 0 {
            for index in stamp.indices { stamp[index] = 0 }
            currentStamp = 1
        }
        closureStack.removeAll(keepingCapacity: true)
        closureStack.append(skill)
        var total = 0.0
        while let current = closureStack.popLast() {
            let index = Int(current)
            if known[index] || inPlan[index] || stamp[index] == currentStamp { continue }
            if !usable[index] || forbidden[index] > 0 { return .infinity }
            stamp[index] = currentStamp
            work += 1
            total += hours[index]
            if total >= limit { return total }
            for item in requirements.items(of: index) where !requirements.isAlternative(item) {
                closureStack.append(contentsOf: requirements.members(of: item))
            }
        }
        return total
    }
}
