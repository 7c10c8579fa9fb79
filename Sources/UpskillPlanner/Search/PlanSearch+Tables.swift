import UpskillGraph

/// The tables a search is built with, from the catalog's requirements.
extension PlanSearch {
    /// Per usable skill, what adding it to the plan walks, in item order: the members of
    /// its mandatory items (a closure walk pushes them in this order, so its visits and its
    /// work are those of reading the items) and its `anyOf` items (which open), as rows
    /// `start[s] ..< start[s + 1]` of `members` and of `alternatives`; empty rows for the
    /// others.
    static func skillRows(requirements: RequirementTable, usable: [Bool]) -> SkillRows {
        var rows = SkillRows(
            mandatoryStart: [Int32](repeating: 0, count: usable.count + 1), mandatory: [],
            alternativeStart: [Int32](repeating: 0, count: usable.count + 1), alternatives: [])
        for skill in usable.indices {
            if usable[skill] {
                for item in requirements.items(of: skill) {
                    if requirements.isAlternative(item) {
                        rows.alternatives.append(Int32(item))
                    } else {
                        rows.mandatory.append(contentsOf: requirements.members(of: item))
                    }
                }
            }
            rows.mandatoryStart[skill + 1] = Int32(rows.mandatory.count)
            rows.alternativeStart[skill + 1] = Int32(rows.alternatives.count)
        }
        return rows
    }

    /// What ``skillRows(requirements:usable:)`` gives.
    struct SkillRows {
        var mandatoryStart: [Int32]
        var mandatory: [Int32]
        var alternativeStart: [Int32]
        var alternatives: [Int32]
    }

    /// The members of every item the search can look at, catalog items first and then the
    /// targets (target `t` at row `itemCount + t`, as ``slot(_:)`` numbers them), as rows
    /// `start[r] ..< start[r + 1]` of `members`.
    static func itemRows(requirements: RequirementTable, targets: [[Int32]]) -> (start: [Int32], members: [Int32]) {
        var start = requirements.memberStart
        var members = requirements.members
        start.reserveCapacity(start.count + targets.count)
        for target in targets {
            members.append(contentsOf: target)
            start.append(Int32(members.count))
        }
        return (start, members)
    }

    /// Which items each skill settles when it joins the plan: the `anyOf` items of usable
    /// skills and the target items that list it (a target as `-1 - index`), as rows
    /// `start[s] ..< start[s + 1]` of `items` (a counting sort by skill).
    static func watchLists(
        requirements: RequirementTable, usable: [Bool], targets: [[Int32]]
    ) -> (start: [Int32], items: [Int]) {
        let count = usable.count
        var counts = [Int32](repeating: 0, count: count + 1)
        var watched: [Watch] = []
        for (index, members) in targets.enumerated() where members.count > 1 {
            for member in members { watched.append(Watch(skill: member, item: -1 - index)) }
        }
        for skill in 0..<count where usable[skill] {
            for item in requirements.items(of: skill) where requirements.isAlternative(item) {
                for member in requirements.members(of: item) { watched.append(Watch(skill: member, item: item)) }
            }
        }
        for entry in watched { counts[Int(entry.skill) + 1] += 1 }
        for index in 0..<count { counts[index + 1] += counts[index] }
        var fill = counts
        var items = [Int](repeating: 0, count: watched.count)
        for entry in watched {
            items[Int(fill[Int(entry.skill)])] = entry.item
            fill[Int(entry.skill)] += 1
        }
        return (counts, items)
    }

    /// An item a skill settles when it joins the plan.
    struct Watch {
        var skill: Int32
        var item: Int
    }
}
