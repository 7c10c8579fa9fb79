/// A small, seedable SplitMix64 generator, so that every random planner test is
/// reproducible from its seed.
struct PlannerRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

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
