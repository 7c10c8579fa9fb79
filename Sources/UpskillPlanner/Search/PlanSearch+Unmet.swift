/// The open `anyOf` items not met yet (``PlanSearch/unmet``), kept exact as the search
/// adds skills, forbids them and undoes both.
extension PlanSearch {
    /// An item that left ``unmet`` and where from, or (`position` -1) one added at its end.
    /// (A struct, not a tuple: an array of tuples costs a run-time type lookup at start-up.)
    struct UnmetChange {
        var item: Int
        var position: Int
    }

    /// Whether a known or planned skill meets the item.
    func isMet(_ item: Int) -> Bool {
        members(of: item).contains { flags[Int($0)] & Flag.had != 0 }
    }

    /// One more branch above forbids the skill.
    mutating func forbid(_ skill: Int32) {
        forbidden[Int(skill)] += 1
        flags[Int(skill)] |= Flag.forbidden
    }

    /// One branch above forbidding the skill is done.
    mutating func permit(_ skill: Int32) {
        forbidden[Int(skill)] -= 1
        if forbidden[Int(skill)] == 0 { flags[Int(skill)] &= ~Flag.forbidden }
    }

    /// Undoes what happened since the marks: the skills added, the items opened, the
    /// changes to ``unmet`` (in reverse) and the hours.
    mutating func undo(to trailMark: Int, open openMark: Int, unmet unmetMark: Int, cost costMark: Double) {
        while trail.count > trailMark {
            flags[Int(trail.removeLast())] &= ~Flag.inPlan
        }
        openItems.removeSubrange(openMark...)
        while unmetLog.count > unmetMark {
            let change = unmetLog.removeLast()
            if change.position < 0 {
                unmet.removeLast()
                unmetPosition[slot(change.item)] = -1
            } else if change.position == unmet.count {
                unmetPosition[slot(change.item)] = Int32(unmet.count)
                unmet.append(change.item)
            } else {
                // Undo a swap-remove: the item now at `position` came from the end.
                let moved = unmet[change.position]
                unmetPosition[slot(moved)] = Int32(unmet.count)
                unmet.append(moved)
                unmet[change.position] = change.item
                unmetPosition[slot(change.item)] = Int32(change.position)
            }
        }
        cost = costMark
    }

    /// Where an item's position is kept in ``unmetPosition``.
    @inline(__always)
    func slot(_ item: Int) -> Int {
        item >= 0 ? item : itemCount + (-1 - item)
    }

    /// Opens an `anyOf` item: it joins ``unmet`` unless a known or planned skill meets it.
    mutating func open(_ item: Int) {
        openItems.append(item)
        if isMet(item) { return }
        unmetPosition[slot(item)] = Int32(unmet.count)
        unmet.append(item)
        unmetLog.append(UnmetChange(item: item, position: -1))
    }

    /// A skill joined the plan: the unmet items that list it are met now (the targets
    /// first, in target order, then the catalog's items in item order).
    mutating func settle(by skill: Int32) {
        if flags[Int(skill)] & Flag.targetWatched != 0 {
            var position = firstTargetWatch(of: skill)
            while position < targetWatch.count && targetWatch[position].skill == skill {
                work += 1
                meet(targetWatch[position].item)
                position += 1
            }
        }
        let watched = Int(watchStart[Int(skill)])..<Int(watchStart[Int(skill) + 1])
        work += watched.count
        for position in watched {
            meet(Int(watchItems[position]))
        }
    }

    /// An item is met: it leaves ``unmet`` if it is there.
    @inline(__always)
    mutating func meet(_ item: Int) {
        let at = Int(unmetPosition[slot(item)])
        guard at >= 0 else { return }
        let last = unmet.removeLast()
        if last != item {
            unmet[at] = last
            unmetPosition[slot(last)] = Int32(at)
        }
        unmetPosition[slot(item)] = -1
        unmetLog.append(UnmetChange(item: item, position: at))
    }
}
