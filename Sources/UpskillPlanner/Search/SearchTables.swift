import UpskillGraph

/// What every ``PlanSearch`` of one request reads and none changes, built once: the
/// planner's search and each re-plan that prices an alternative differ only in their
/// targets, and on a large catalog building these rows costs as much as a re-plan.
///
/// All of it lives in memory the tables own (freed by `deinit`), read through pointers:
/// the search's closure walks visit millions of skills, and an array access there costs
/// a bounds check each time.
final class SearchTables {
    let skillCount: Int
    /// The number of catalog items; a search numbers its targets after them.
    let itemCount: Int
    /// Per skill, a search's starting ``PlanSearch`` flag bits: known, unusable.
    let flags: UnsafeMutablePointer<UInt8>
    let hours: UnsafeMutablePointer<Double>
    /// The members of a usable skill's mandatory items, in item order (a closure walk
    /// pushes them in this order, so its visits and its work are those of reading the
    /// items), as rows `mandatoryStart[s] ..< mandatoryStart[s + 1]` of ``mandatory``;
    /// empty rows for the other skills.
    let mandatoryStart: UnsafeMutablePointer<Int32>
    let mandatory: UnsafeMutablePointer<Int32>
    /// The number of entries of ``mandatory``: a closure walk pushes each at most once.
    let mandatoryCount: Int
    /// The `anyOf` items of a usable skill, which open when it joins the plan, as rows
    /// `alternativeStart[s] ..< alternativeStart[s + 1]` of ``alternatives``.
    let alternativeStart: UnsafeMutablePointer<Int32>
    let alternatives: UnsafeMutablePointer<Int32>
    /// The members of each catalog item: rows `memberStart[i] ..< memberStart[i + 1]` of
    /// ``members``.
    let memberStart: UnsafeMutablePointer<Int32>
    let members: UnsafeMutablePointer<Int32>
    /// For each skill, the `anyOf` items of usable skills that list it (settled when it
    /// joins the plan), in item order: rows `watchStart[s] ..< watchStart[s + 1]` of
    /// ``watchItems``.
    let watchStart: UnsafeMutablePointer<Int32>
    let watchItems: UnsafeMutablePointer<Int32>

    init(requirements: RequirementTable, hours: [Double], known: [Bool], usable: [Bool]) {
        let count = hours.count
        skillCount = count
        itemCount = requirements.itemCount
        let flags = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, count))
        for skill in 0..<count {
            flags[skill] = (known[skill] ? PlanSearch.Flag.known : 0) | (usable[skill] ? 0 : PlanSearch.Flag.unusable)
        }
        self.flags = flags
        self.hours = .allocate(capacity: max(1, count))
        self.hours.initialize(from: hours, count: count)
        let memberStart = Self.copy(requirements.memberStart), members = Self.copy(requirements.members)
        self.memberStart = memberStart
        self.members = members

        let itemStart = requirements.itemStart
        // Two passes over the usable skills' items: count, then fill.
        var mandatoryTotal = 0, alternativeTotal = 0
        for skill in 0..<count where usable[skill] {
            for item in Int(itemStart[skill])..<Int(itemStart[skill + 1]) {
                let size = Int(memberStart[item + 1] - memberStart[item])
                if size > 1 { alternativeTotal += 1 } else { mandatoryTotal += size }
            }
        }
        mandatoryCount = mandatoryTotal
        let mandatoryStart = UnsafeMutablePointer<Int32>.allocate(capacity: count + 1)
        let mandatory = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, mandatoryTotal))
        let alternativeStart = UnsafeMutablePointer<Int32>.allocate(capacity: count + 1)
        let alternatives = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, alternativeTotal))
        let watchStart = UnsafeMutablePointer<Int32>.allocate(capacity: count + 1)
        watchStart.initialize(repeating: 0, count: count + 1)
        var mandatoryEnd = 0, alternativeEnd = 0
        mandatoryStart[0] = 0
        alternativeStart[0] = 0
        for skill in 0..<count {
            if usable[skill] {
                for item in Int(itemStart[skill])..<Int(itemStart[skill + 1]) {
                    let first = Int(memberStart[item]), end = Int(memberStart[item + 1])
                    if end - first > 1 {
                        alternatives[alternativeEnd] = Int32(item)
                        alternativeEnd += 1
                        for position in first..<end { watchStart[Int(members[position]) + 1] += 1 }
                    } else if end > first {
                        mandatory[mandatoryEnd] = members[first]
                        mandatoryEnd += 1
                    }
                }
            }
            mandatoryStart[skill + 1] = Int32(mandatoryEnd)
            alternativeStart[skill + 1] = Int32(alternativeEnd)
        }
        self.mandatoryStart = mandatoryStart
        self.mandatory = mandatory
        self.alternativeStart = alternativeStart
        self.alternatives = alternatives

        // The watch lists: a counting sort of the anyOf items' members by skill (stable:
        // items in order within each skill).
        for skill in 0..<count { watchStart[skill + 1] += watchStart[skill] }
        let watchItems = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, Int(watchStart[count])))
        let fill = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, count))
        defer { fill.deallocate() }
        fill.initialize(from: watchStart, count: count)
        for row in 0..<alternativeEnd {
            let item = Int(alternatives[row])
            for position in Int(memberStart[item])..<Int(memberStart[item + 1]) {
                let skill = Int(members[position])
                watchItems[Int(fill[skill])] = Int32(item)
                fill[skill] += 1
            }
        }
        self.watchStart = watchStart
        self.watchItems = watchItems
    }

    deinit {
        flags.deallocate()
        hours.deallocate()
        mandatoryStart.deallocate()
        mandatory.deallocate()
        alternativeStart.deallocate()
        alternatives.deallocate()
        memberStart.deallocate()
        members.deallocate()
        watchStart.deallocate()
        watchItems.deallocate()
    }

    /// Memory the tables own holding a copy of `values` (at least one element's room).
    private static func copy(_ values: [Int32]) -> UnsafeMutablePointer<Int32> {
        let pointer = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, values.count))
        pointer.initialize(from: values, count: values.count)
        return pointer
    }
}
