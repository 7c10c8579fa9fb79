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
///   closures, and items looked at (unmet ones at each node, and those a new skill meets). Past it, the search stops expanding and keeps the best plan found; the
///   proven lower bound is the smallest bound of the subtrees left unexplored. Counting
///   work rather than nodes keeps the time bounded on huge cones and the result
///   deterministic (no clock is read).
struct PlanSearch: ~Copyable {
    /// The items the targets need that the known set does not meet.
    let targets: [[Int32]]
    let budget: Int
    private let skillCount: Int
    /// The rows every search of the request shares (kept alive by this reference), and
    /// copies of their pointers, read in the hottest loops.
    private let tables: SearchTables
    private let hours: UnsafeMutablePointer<Double>
    private let mandatoryStart: UnsafeMutablePointer<Int32>
    private let mandatory: UnsafeMutablePointer<Int32>
    private let alternativeStart: UnsafeMutablePointer<Int32>
    private let alternatives: UnsafeMutablePointer<Int32>
    private let memberStart: UnsafeMutablePointer<Int32>
    private let memberList: UnsafeMutablePointer<Int32>
    let watchStart: UnsafeMutablePointer<Int32>
    let watchItems: UnsafeMutablePointer<Int32>
    let itemCount: Int

    // Per skill, in memory the search owns (freed by `deinit`).
    /// ``Flag`` bits: known, in the plan, forbidden, unusable, listed by a target.
    let flags: UnsafeMutablePointer<UInt8>
    /// The closure walk that last visited the skill (see ``nextStamp()``).
    private let stamp: UnsafeMutablePointer<UInt32>
    /// The stack of a closure walk. A walk pushes the mandatory members of each skill it
    /// visits once, so it never holds more than the mandatory rows' count plus one.
    private let stack: UnsafeMutablePointer<Int32>
    private var currentStamp: UInt32 = 0
    /// The members of the targets: target `t` is `targetMembers[targetStart[t] ..<
    /// targetStart[t + 1]]`.
    private let targetStart: UnsafeMutablePointer<Int32>
    private let targetMembers: UnsafeMutablePointer<Int32>
    /// The `anyOf` targets that list each skill, sorted by skill then target: what a skill
    /// with ``Flag/targetWatched`` settles besides its catalog items.
    let targetWatch: [TargetWatch]

    enum Flag {
        static let known: UInt8 = 1
        static let inPlan: UInt8 = 2
        static let forbidden: UInt8 = 4
        static let unusable: UInt8 = 8
        /// Listed by an `anyOf` target (see ``PlanSearch/targetWatch``).
        static let targetWatched: UInt8 = 16
        /// Known or planned: nothing more to pay.
        static let had = known | inPlan
        /// May not join the plan on this branch.
        static let blocked = forbidden | unusable
    }

    // Search state, changed and undone along the depth-first walk (not private: the
    // bookkeeping of unmet items is in PlanSearch+Unmet.swift).
    /// How many branches above forbid each skill.
    var forbidden: [Int32]
    var trail: [Int32] = []
    var cost = 0.0
    /// Open `anyOf` items, in the order they opened: negative for a target
    /// (`-1 - index`), else a catalog item.
    var openItems: [Int] = []
    /// The open items not met yet, kept exact as skills are added and undone, so that a
    /// node looks at these alone rather than rescanning every open item.
    var unmet: [Int] = []
    /// Each item's position in ``unmet``, or -1, indexed by ``slot(_:)``.
    var unmetPosition: [Int32]
    /// Changes to ``unmet`` for undo: the item and where it was removed from, or -1 for
    /// an item added at the end.
    var unmetLog: [UnmetChange] = []

    /// A member to branch on and its closure's hours.
    private struct Child {
        var cost: Double
        var skill: Int32
    }
    // Results.
    private var bestCost = Double.infinity
    private var best: [Int32] = []
    private var unexploredBound = Double.infinity
    private var nodes = 0
    /// Skills visited so far: what the budget counts.
    var work = 0
    private var exhausted = false

    /// A tolerance for comparing sums of hours.
    private static let epsilon = 1e-9

    /// A search for `targets` over the request's shared `tables`.
    init(tables: SearchTables, targets: [[Int32]], budget: Int) {
        self.targets = targets
        self.budget = max(1, budget)
        self.tables = tables
        let count = tables.skillCount
        skillCount = count
        itemCount = tables.itemCount
        hours = tables.hours
        mandatoryStart = tables.mandatoryStart
        mandatory = tables.mandatory
        alternativeStart = tables.alternativeStart
        alternatives = tables.alternatives
        memberStart = tables.memberStart
        memberList = tables.members
        watchStart = tables.watchStart
        watchItems = tables.watchItems
        forbidden = [Int32](repeating: 0, count: count)
        unmetPosition = [Int32](repeating: -1, count: tables.itemCount + targets.count)

        flags = .allocate(capacity: max(1, count))
        flags.initialize(from: tables.flags, count: count)
        stamp = .allocate(capacity: max(1, count))
        stamp.initialize(repeating: 0, count: count)
        stack = .allocate(capacity: tables.mandatoryCount + 1)

        let rows = Self.targetRows(targets)
        for entry in rows.watch { flags[Int(entry.skill)] |= Flag.targetWatched }
        targetStart = .allocate(capacity: rows.start.count)
        targetStart.initialize(from: rows.start, count: rows.start.count)
        targetMembers = .allocate(capacity: max(1, rows.members.count))
        targetMembers.initialize(from: rows.members, count: rows.members.count)
        targetWatch = rows.watch
    }

    deinit {
        flags.deallocate()
        stamp.deallocate()
        stack.deallocate()
        targetStart.deallocate()
        targetMembers.deallocate()
    }

    /// The result of a search.
    struct Result {
        /// Membership of the best plan found, by skill index.
        var skills: [Bool]
        var optimal: Bool
        var lowerBound: Double
        var nodes: Int
        /// The work the search did, in the units of its budget.
        var work: Int
    }

    /// Runs the search. The planner has checked that every target item has a usable
    /// member, so a plan exists — unless its hours add up to more than a `Double` holds.
    /// - Returns: The best plan found, or `nil` when none has finite hours: the search's
    ///   "no plan yet" (+infinity) is never reported as an empty, optimal plan.
    mutating func run() -> Result? {
        for (index, members) in targets.enumerated() {
            if members.count == 1 {
                _ = add(members[0])
            } else {
                open(-1 - index)
            }
        }
        greedy()
        search()
        guard bestCost.isFinite else { return nil }
        var skills = [Bool](repeating: false, count: skillCount)
        for skill in best { skills[Int(skill)] = true }
        // Subtrees left unexplored that cannot beat the plan found leave it proven optimal.
        let proven = !exhausted || unexploredBound >= bestCost - Self.epsilon
        return Result(
            skills: skills, optimal: proven, lowerBound: proven ? bestCost : min(unexploredBound, bestCost),
            nodes: nodes, work: work)
    }

    // MARK: The walk

    /// The first incumbent: meets open items first come, first served, each with its
    /// cheapest member (ties: the member written first), then undoes everything.
    private mutating func greedy() {
        let trailMark = trail.count, openMark = openItems.count, unmetMark = unmetLog.count, costMark = cost
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
        if unmet.isEmpty, cost < bestCost {
            bestCost = cost
            best = trail
        }
        undo(to: trailMark, open: openMark, unmet: unmetMark, cost: costMark)
    }

    private mutating func search() {
        nodes += 1
        // Find the bottleneck open item and the bound.
        var branchItem: Int?
        var branchBound = -1.0
        work += unmet.count
        for item in unmet {
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
        var children: [Child] = []
        for member in members(of: branchItem) {
            let memberCost = closureCost(member)
            if memberCost < .infinity { children.append(Child(cost: memberCost, skill: member)) }
        }
        children.sort { $0.cost != $1.cost ? $0.cost < $1.cost : $0.skill < $1.skill }
        for (position, child) in children.enumerated() {
            let trailMark = trail.count, openMark = openItems.count, unmetMark = unmetLog.count, costMark = cost
            if add(child.skill) {
                search()
            }
            undo(to: trailMark, open: openMark, unmet: unmetMark, cost: costMark)
            if position < children.count - 1 { forbid(child.skill) }
        }
        for child in children.dropLast() { permit(child.skill) }
    }

    /// The members of an item (a target as `-1 - index`), read in place.
    @inline(__always)
    func members(of item: Int) -> UnsafeBufferPointer<Int32> {
        if item < 0 {
            let target = -1 - item
            let start = Int(targetStart[target])
            return UnsafeBufferPointer(start: targetMembers + start, count: Int(targetStart[target + 1]) - start)
        }
        let start = Int(memberStart[item])
        return UnsafeBufferPointer(start: memberList + start, count: Int(memberStart[item + 1]) - start)
    }

    /// Adds a skill and its mandatory closure to the plan; false if that needs a
    /// forbidden or unusable skill (the caller undoes the partial change).
    private mutating func add(_ skill: Int32) -> Bool {
        stack[0] = skill
        var top = 1
        while top > 0 {
            top -= 1
            let current = stack[top]
            let index = Int(current)
            let flag = flags[index]
            if flag & Flag.had != 0 { continue }
            if flag & Flag.blocked != 0 { return false }
            flags[index] = flag | Flag.inPlan
            work += 1
            trail.append(current)
            cost += hours[index]
            settle(by: current)
            // Its `anyOf` items open in item order; its mandatory members are walked next.
            for row in Int(alternativeStart[index])..<Int(alternativeStart[index + 1]) {
                open(Int(alternatives[row]))
            }
            for edge in Int(mandatoryStart[index])..<Int(mandatoryStart[index + 1]) {
                stack[top] = mandatory[edge]
                top += 1
            }
        }
        return true
    }

    /// The hours of a skill's mandatory closure outside the known set and the plan, or
    /// infinity if the closure needs a forbidden or unusable skill. The walk stops early,
    /// returning a value at least `limit`, once the hours reach `limit` (the caller only
    /// wants values below it).
    private mutating func closureCost(_ skill: Int32, above limit: Double = .infinity) -> Double {
        // The hottest loop of the planner.
        let mark = nextStamp()
        stack[0] = skill
        var top = 1
        var total = 0.0
        var visited = 0
        defer { work += visited }
        while top > 0 {
            top -= 1
            let index = Int(stack[top])
            let flag = flags[index]
            if flag & Flag.had != 0 || stamp[index] == mark { continue }
            if flag & Flag.blocked != 0 { return .infinity }
            stamp[index] = mark
            visited += 1
            total += hours[index]
            if total >= limit { return total }
            for edge in Int(mandatoryStart[index])..<Int(mandatoryStart[index + 1]) {
                stack[top] = mandatory[edge]
                top += 1
            }
        }
        return total
    }

    /// A stamp no skill carries yet, for one closure walk.
    @inline(__always)
    private mutating func nextStamp() -> UInt32 {
        currentStamp &+= 1
        if currentStamp == 0 {
            stamp.update(repeating: 0, count: skillCount)
            currentStamp = 1
        }
        return currentStamp
    }
}
