/// A synthetic curriculum of a given size, the same for the same seed: skills that each
/// require about three earlier skills (about 10% of the items `anyOf` groups of two or
/// three), and 50 roles that each require ten skills: even roles from the older half of
/// the catalog, odd ones from the newer half.
///
/// The `wide` shape has about ten requirement items a skill (0…20), reaching up to 10,000
/// skills back: five times the edges for the same number of skills, and far larger
/// prerequisite cones.
struct SyntheticCatalog {
    let skillCount: Int
    let seed: UInt64
    var wide = false

    /// The curriculum's id and file name: `synthetic-100000`, or `synthetic-wide-100000`.
    var name: String {
        wide ? "synthetic-wide-\(skillCount)" : "synthetic-\(skillCount)"
    }

    /// The curriculum as JSON text, in the format `upskill` reads.
    func json() -> String {
        var random = SeededRandom(seed: seed)
        var text = #"{"curriculum": "\#(name)", "title": "Synthetic catalog of \#(skillCount) skills", "skills": ["#
        text.reserveCapacity(skillCount * (wide ? 300 : 160))
        // Requirements reach back at most this far, as real prerequisites stay near.
        let window = wide ? 10_000 : 2_000
        for index in 0..<skillCount {
            if index > 0 { text += ",\n" }
            var items: [String] = []
            if index > 0 {
                let count = Int(random.next() % (wide ? 21 : 7))  // 0…6, about 3 on average (wide: 0…20)
                for _ in 0..<count {
                    let low = max(0, index - window)
                    if random.next() % 10 == 0 && index - low >= 3 {
                        let size = 2 + Int(random.next() % 2)
                        var members: [Int] = []
                        while members.count < size {
                            let member = low + Int(random.next() % UInt64(index - low))
                            if !members.contains(member) { members.append(member) }
                        }
                        items.append(#"{"anyOf": ["# + members.map { "\"\(Self.id($0))\"" }.joined(separator: ", ") + "]}")
                    } else {
                        items.append("\"\(Self.id(low + Int(random.next() % UInt64(index - low))))\"")
                    }
                }
            }
            let hours = [1, 2, 4, 6, 8, 10, 20][Int(random.next() % 7)]
            text += #"{"id": "\#(Self.id(index))", "name": "Skill \#(index)", "category": "c\#(index % 12)", "hours": \#(hours), "description": "Synthetic skill number \#(index).", "requires": [\#(items.joined(separator: ", "))]}"#
        }
        text += "],\n\"roles\": ["
        for role in 0..<50 {
            if role > 0 { text += ",\n" }
            // Even roles sit in the older half of the catalog (where people start), odd ones
            // in the newer half (where they want to go).
            let low = role % 2 == 0 ? skillCount / 4 : skillCount / 2
            let high = role % 2 == 0 ? skillCount / 2 : skillCount
            let targets = (0..<10).map { _ in
                "\"\(Self.id(low + Int(random.next() % UInt64(max(1, high - low)))))\""
            }
            text += #"{"id": "role-\#(role)", "name": "Role \#(role)", "requires": [\#(targets.joined(separator: ", "))]}"#
        }
        return text + "]}\n"
    }

    static func id(_ index: Int) -> String {
        "skill-\(index)"
    }
}

/// SplitMix64: small, fast and seedable, so every run generates the same catalogs.
struct SeededRandom: RandomNumberGenerator {
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
}
