import UpskillTestSupport

/// The shared seeded generator, with the draws the planner's random tests make, so that
/// every random planner test is reproducible from its seed.
typealias PlannerRandom = SplitMix64

extension SplitMix64 {
    /// A uniform integer in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// A uniform integer in `range`.
    mutating func int(_ range: Range<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// True with the given probability.
    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }

    /// `count` distinct values of `range`, in random order (fewer if the range is smaller).
    mutating func distinct(_ count: Int, from range: Range<Int>) -> [Int] {
        var pool = Array(range)
        pool.shuffle(using: &self)
        return Array(pool.prefix(count))
    }

    /// A random element; `nil` when empty.
    mutating func element<T>(of values: [T]) -> T? {
        values.randomElement(using: &self)
    }
}
