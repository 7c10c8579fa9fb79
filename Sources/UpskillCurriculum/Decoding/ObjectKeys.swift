/// The allowed keys of one kind of JSON object (a skill, a role…), made once, packed for
/// matching a key's source bytes without making a `String` of it.
///
/// Each key of up to 16 bytes is kept as its length and two little-endian words, so
/// matching a key on the tape is a few integer comparisons. A key with escapes, or a
/// longer one, is decoded and compared as text instead. A key's position in ``names`` is
/// its slot: the decoder asks for members by slot.
final class ObjectKeys: Sendable {
    /// The allowed keys, in slot order.
    let names: [String]
    /// The keys as the error message for an unknown key lists them (without `$schema`).
    let listed: String
    /// Each key's byte count and bytes (byte `i` at bits `8 i` of the two words); a
    /// length of -1 for a key too long to pack.
    private let packed: [(length: Int, low: UInt64, high: UInt64)]

    init(_ names: [String]) {
        precondition(names.count <= MemberSlots.capacity, "an object allows at most \(MemberSlots.capacity) keys")
        self.names = names
        self.listed = names.filter { $0 != "$schema" }.joined(separator: ", ")
        self.packed = names.map { name in
            let bytes = Array(name.utf8)
            guard bytes.count <= 16 else { return (-1, 0, 0) }
            var words: (UInt64, UInt64) = (0, 0)
            for (index, byte) in bytes.enumerated() {
                if index < 8 {
                    words.0 |= UInt64(byte) << (8 * UInt64(index))
                } else {
                    words.1 |= UInt64(byte) << (8 * UInt64(index - 8))
                }
            }
            return (bytes.count, words.0, words.1)
        }
    }

    /// The slot of the key whose string node is at `keyIndex`, or nil when it is not
    /// an allowed key. `expected` is tried first: files usually give the keys in one
    /// order, so the caller passes the slot after the last one found.
    @inline(__always)
    func slot(ofKeyAt keyIndex: Int, in tape: JSONTape, expected: Int) -> Int? {
        if let key = tape.packedKey(keyIndex) {
            if expected >= 0, expected < packed.count {
                let candidate = packed[expected]
                if candidate.length == key.length, candidate.low == key.low, candidate.high == key.high {
                    return expected
                }
            }
            for slot in packed.indices {
                let candidate = packed[slot]
                if candidate.length == key.length, candidate.low == key.low, candidate.high == key.high { return slot }
            }
            return nil
        }
        // Escapes, or too long to pack: compare the decoded text.
        return names.indices.first { slot in
            var name = names[slot]
            return name.withUTF8 { tape.key(keyIndex, matches: $0) }
        }
    }
}
