/// Requirements of many owners (skills or roles) over integer skill indices, stored flat
/// (compressed sparse rows), so that walking them allocates nothing.
///
/// Owner `o` has the items `itemStart[o] ..< itemStart[o + 1]`; item `i` has the members
/// `memberStart[i] ..< memberStart[i + 1]` in ``members``. An item with one member is
/// mandatory; an item with several is an `anyOf` group, satisfied by any one member.
package struct RequirementTable: Sendable, Equatable {
    package private(set) var itemStart: [Int32] = [0]
    package private(set) var memberStart: [Int32] = [0]
    package private(set) var members: [Int32] = []

    package init() {}

    /// A table from its three arrays, as ``itemStart``, ``memberStart`` and ``members``
    /// give them; nil unless they are consistent (both starts begin at 0 and never
    /// decrease, and each ends within the next array), so that no walk can leave them.
    package init?(itemStart: [Int32], memberStart: [Int32], members: [Int32]) {
        func isValid(_ starts: [Int32], endingAt count: Int) -> Bool {
            guard starts.first == 0, let last = starts.last, Int(last) == count else { return false }
            return zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 }
        }
        guard isValid(itemStart, endingAt: memberStart.count - 1), isValid(memberStart, endingAt: members.count) else {
            return nil
        }
        self.itemStart = itemStart
        self.memberStart = memberStart
        self.members = members
    }

    /// The number of owners.
    package var ownerCount: Int { itemStart.count - 1 }

    /// The number of items of all owners together.
    package var itemCount: Int { memberStart.count - 1 }

    /// Appends the next owner with its items, each a list of skill indices.
    package mutating func appendOwner(items: [[Int32]]) {
        for item in items {
            members.append(contentsOf: item)
            memberStart.append(Int32(members.count))
        }
        itemStart.append(Int32(memberStart.count - 1))
    }

    /// Adds a member to the item being written (after the last closed one), unless the
    /// item has it already.
    package mutating func appendMember(_ skill: Int32) {
        let start = Int(memberStart[memberStart.count - 1])
        if members.count > start, members[start...].contains(skill) { return }
        members.append(skill)
    }

    /// Ends the item being written; an item without members is dropped.
    package mutating func closeItem() {
        if members.count > Int(memberStart[memberStart.count - 1]) { memberStart.append(Int32(members.count)) }
    }

    /// Ends the owner being written: it has the items closed since the last owner.
    package mutating func closeOwner() {
        itemStart.append(Int32(memberStart.count - 1))
    }

    /// The item indices of one owner. (Inlinable, like ``members(of:)``: the planner calls
    /// them in its inner loops, where a call and a retain of the storage per item cost more
    /// than the work.)
    @inlinable @inline(__always)
    package func items(of owner: Int) -> Range<Int> {
        Int(itemStart[owner])..<Int(itemStart[owner + 1])
    }

    /// The skill indices of one item.
    @inlinable @inline(__always)
    package func members(of item: Int) -> ArraySlice<Int32> {
        members[Int(memberStart[item])..<Int(memberStart[item + 1])]
    }

    /// Whether an item is an `anyOf` group rather than a single mandatory skill.
    @inlinable @inline(__always)
    package func isAlternative(_ item: Int) -> Bool {
        memberStart[item + 1] - memberStart[item] > 1
    }
}
