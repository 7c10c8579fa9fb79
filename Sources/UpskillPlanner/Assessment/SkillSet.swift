/// A set of small non-negative integers (local skill indices of a ``KnowledgeCone``) as a
/// fixed-size bitset: membership, union and intersection counts cost a few machine words.
package struct SkillSet: Sendable, Hashable {
    /// The bits, 64 per word; bit `i % 64` of word `i / 64` is element `i`.
    package private(set) var words: [UInt64]
    /// The elements are in `0 ..< capacity`.
    package let capacity: Int

    /// An empty set for elements in `0 ..< capacity`.
    package init(capacity: Int) {
        self.capacity = max(0, capacity)
        words = [UInt64](repeating: 0, count: (self.capacity + 63) / 64)
    }

    /// The set of every element in `0 ..< capacity`.
    package static func all(capacity: Int) -> SkillSet {
        var set = SkillSet(capacity: capacity)
        for element in 0..<set.capacity { set.insert(element) }
        return set
    }

    /// Whether `element` is in the set; `false` for anything outside `0 ..< capacity`.
    @inline(__always)
    package func contains(_ element: Int) -> Bool {
        guard element >= 0, element < capacity else { return false }
        return words[element >> 6] & (1 << UInt64(element & 63)) != 0
    }

    /// Adds `element` (ignored outside `0 ..< capacity`).
    @inline(__always)
    package mutating func insert(_ element: Int) {
        guard element >= 0, element < capacity else { return }
        words[element >> 6] |= 1 << UInt64(element & 63)
    }

    /// Removes `element`.
    @inline(__always)
    package mutating func remove(_ element: Int) {
        guard element >= 0, element < capacity else { return }
        words[element >> 6] &= ~(1 << UInt64(element & 63))
    }

    /// Adds every element of `other` (of the same capacity).
    package mutating func formUnion(_ other: SkillSet) {
        for index in 0..<min(words.count, other.words.count) { words[index] |= other.words[index] }
    }

    /// Removes every element of `other`.
    package mutating func subtract(_ other: SkillSet) {
        for index in 0..<min(words.count, other.words.count) { words[index] &= ~other.words[index] }
    }

    /// The elements in both sets.
    package func intersection(_ other: SkillSet) -> SkillSet {
        var result = self
        for index in 0..<words.count {
            result.words[index] = index < other.words.count ? words[index] & other.words[index] : 0
        }
        return result
    }

    /// How many elements are in both sets, without building the intersection.
    /// - Complexity: O(capacity / 64).
    @inline(__always)
    package func intersectionCount(_ other: SkillSet) -> Int {
        var count = 0
        for index in 0..<min(words.count, other.words.count) {
            count += (words[index] & other.words[index]).nonzeroBitCount
        }
        return count
    }

    /// The number of elements.
    package var count: Int {
        words.reduce(0) { $0 + $1.nonzeroBitCount }
    }

    /// Whether the set has no element.
    package var isEmpty: Bool {
        words.allSatisfy { $0 == 0 }
    }

    /// The elements, ascending.
    package var elements: [Int] {
        var result: [Int] = []
        for (index, word) in words.enumerated() {
            var bits = word
            while bits != 0 {
                result.append(index << 6 + bits.trailingZeroBitCount)
                bits &= bits - 1
            }
        }
        return result
    }
}
