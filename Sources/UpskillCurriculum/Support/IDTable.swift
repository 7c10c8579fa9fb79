/// A map from ids (skill, role, resource ids and aliases) to `Int32` values — usually an
/// index into an array — for catalogs of any size.
///
/// It does the job of `[String: Int32]`, faster where a catalog of 100,000 skills looks up
/// hundreds of thousands of ids: a multiplicative hash of the id's UTF-8 bytes, eight at a
/// time, instead of SipHash; open addressing with linear probing in one array of slots;
/// each slot keeps 32 bits of the hash beside the entry, so a probe compares strings only
/// when those bits agree. Ids are told apart by their UTF-8 bytes: for ASCII ids (every
/// valid id) that is `String` equality, but two non-ASCII ids that `String` deems equal
/// (`"é"` and `"e\u{301}"`) are two keys here, as they hash apart. The hash has no
/// per-process seed, so the layout (never the
/// answers) is the same on every run.
package struct IDTable: Sendable, Equatable {
    /// The ids, in insertion order, and their values.
    package private(set) var ids: [String] = []
    private var values: [Int32] = []
    /// 0 for an empty slot, else the upper 32 bits of the id's hash above the entry's
    /// position in ``ids`` plus one.
    private var slots: [UInt64]
    private var mask: Int

    /// An empty table with room for `capacity` ids before it grows.
    package init(capacity: Int = 0) {
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        ids.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// The number of ids.
    package var count: Int { ids.count }

    /// Whether the table holds no id.
    package var isEmpty: Bool { ids.isEmpty }

    /// The value of `id`, or nil if the table does not hold it. Setting a value adds `id`
    /// or replaces its value; setting `nil` is not supported (ids are never removed) and
    /// leaves the table as it is.
    package subscript(id: String) -> Int32? {
        get {
            if case .found(let position) = probe(id, hash: Self.hash(id)) { return values[position] }
            return nil
        }
        set {
            guard let newValue else { return }
            let hash = Self.hash(id)
            growIfFull()
            switch probe(id, hash: hash) {
            case .found(let position): values[position] = newValue
            case .vacant(let slot): append(id, newValue, hash: hash, at: slot)
            }
        }
    }

    /// Adds `id` with `value` unless the table holds `id` already.
    /// - Returns: The value `id` already had (the table is then unchanged), or nil when it
    ///   was added.
    @discardableResult
    package mutating func insert(_ id: String, _ value: Int32) -> Int32? {
        let hash = Self.hash(id)
        growIfFull()
        switch probe(id, hash: hash) {
        case .found(let position): return values[position]
        case .vacant(let slot):
            append(id, value, hash: hash, at: slot)
            return nil
        }
    }

    /// Where a probe for an id ends: at its entry's position in ``ids``, or at the empty
    /// slot where it would go.
    private enum Probe {
        case found(Int)
        case vacant(Int)
    }

    @inline(__always)
    private func probe(_ id: String, hash: UInt64) -> Probe {
        var slot = Int(truncatingIfNeeded: hash) & mask
        let tag = hash >> 32
        while true {
            let entry = slots[slot]
            if entry == 0 { return .vacant(slot) }
            if entry >> 32 == tag {
                let position = Int(entry & 0xFFFF_FFFF) - 1
                // The hash's top bit marks an id with a non-ASCII byte, where `==` (canonical
                // equivalence) could match different bytes.
                if ids[position] == id, hash >> 63 == 0 || ids[position].utf8.elementsEqual(id.utf8) {
                    return .found(position)
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Adds an id the table does not hold at the empty slot its probe ended on.
    private mutating func append(_ id: String, _ value: Int32, hash: UInt64, at slot: Int) {
        slots[slot] = (hash >> 32) << 32 | UInt64(ids.count + 1)
        ids.append(id)
        values.append(value)
    }

    /// Doubles the slots when one more id would fill more than half of them, placing
    /// every entry again.
    private mutating func growIfFull() {
        guard 2 * (ids.count + 1) > slots.count else { return }
        let size = slots.count * 2
        var grown = [UInt64](repeating: 0, count: size)
        let newMask = size - 1
        for (position, id) in ids.enumerated() {
            let hash = Self.hash(id)
            var slot = Int(truncatingIfNeeded: hash) & newMask
            while grown[slot] != 0 { slot = (slot + 1) & newMask }
            grown[slot] = (hash >> 32) << 32 | UInt64(position + 1)
        }
        slots = grown
        mask = newMask
    }

    package static func == (lhs: IDTable, rhs: IDTable) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (position, id) in lhs.ids.enumerated() where rhs[id] != lhs.values[position] { return false }
        return true
    }

    // MARK: Hashing

    /// The hash of an id's UTF-8 bytes.
    @inline(__always)
    static func hash(_ id: String) -> UInt64 {
        var id = id
        return id.withUTF8 { hash($0) }
    }

    /// A multiplicative hash of bytes, eight at a time, finished with a full avalanche
    /// (MurmurHash3's finaliser), so that both the low bits (the slot) and the high bits
    /// (the tag) depend on every byte; the top bit is set exactly when a byte is not ASCII.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return finish(hash) & ~(1 << 63) }
        var seen: UInt64 = 0
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            seen |= word
            hash = (hash ^ word) &* multiplier
            hash ^= hash >> 29
            offset += 8
        }
        let rest = bytes.count - offset
        if rest > 0 {
            // The last one to seven bytes, in at most two loads that stay inside the bytes
            // (they overlap when fewer than eight remain).
            let word: UInt64
            if rest >= 4 {
                let first = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
                let last = UInt64(
                    UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: bytes.count - 4, as: UInt32.self)))
                word = first | last << 32
            } else {
                word = UInt64(base[offset]) | UInt64(base[offset + rest / 2]) << 8 | UInt64(base[bytes.count - 1]) << 16
            }
            seen |= word
            hash = (hash ^ word) &* multiplier
            hash ^= hash >> 29
        }
        let finished = finish(hash)
        return seen & 0x8080_8080_8080_8080 != 0 ? finished | 1 << 63 : finished & ~(1 << 63)
    }

    @inline(__always)
    private static func finish(_ value: UInt64) -> UInt64 {
        var hash = value
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash
    }
}
