/// The targets of one search: their members, and which skills meet which `anyOf` target.
extension PlanSearch {
    /// An `anyOf` target (as `-1 - index`) that lists a skill.
    struct TargetWatch {
        var skill: Int32
        var item: Int
    }

    /// The members of each target, as rows `start[t] ..< start[t + 1]` of `members`, and
    /// the `anyOf` targets that list each skill, sorted by skill and then in target order.
    static func targetRows(_ targets: [[Int32]]) -> (start: [Int32], members: [Int32], watch: [TargetWatch]) {
        var start: [Int32] = [0]
        var members: [Int32] = []
        var watch: [TargetWatch] = []
        for (index, targetMembers) in targets.enumerated() {
            members.append(contentsOf: targetMembers)
            start.append(Int32(members.count))
            if targetMembers.count > 1 {
                for member in targetMembers { watch.append(TargetWatch(skill: member, item: -1 - index)) }
            }
        }
        // By skill, then in target order (targets count down from -1).
        watch.sort { $0.skill != $1.skill ? $0.skill < $1.skill : $0.item > $1.item }
        return (start, members, watch)
    }

    /// The first entry of ``targetWatch`` for `skill` (a binary search).
    func firstTargetWatch(of skill: Int32) -> Int {
        var low = 0, high = targetWatch.count
        while low < high {
            let middle = (low + high) / 2
            if targetWatch[middle].skill < skill { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
