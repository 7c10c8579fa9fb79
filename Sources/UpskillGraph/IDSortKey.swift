/// An id's place in id order, cheap to compare: the id's first 16 UTF-8 bytes as two
/// big-endian integers, for an ASCII id of at most 16 bytes (where byte order is the
/// order of `String`'s `<`); any other id is compared as a `String`.
struct IDSortKey {
    var high: UInt64 = 0
    var low: UInt64 = 0
    /// The id's length in bytes when it is ASCII and at most 16 bytes long, else -1.
    var length: Int32 = 0
    /// The id's position in the list of ids being sorted, which breaks ties.
    var order: Int32

    init(_ id: String, order: Int32) {
        self.order = order
        var id = id
        (high, low, length) = id.withUTF8 { Self.pack($0) }
    }

    /// The first 16 bytes as two big-endian words, and the length; a length of -1 for
    /// bytes that are not all ASCII or more than 16.
    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (high: UInt64, low: UInt64, length: Int32) {
        guard bytes.count <= 16 else { return (0, 0, -1) }
        var high: UInt64 = 0, low: UInt64 = 0, any: UInt8 = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            any |= byte
            if index < 8 {
                high |= UInt64(byte) << (56 - 8 * UInt64(index))
            } else {
                low |= UInt64(byte) << (56 - 8 * UInt64(index - 8))
            }
        }
        return any < 0x80 ? (high, low, Int32(bytes.count)) : (0, 0, -1)
    }

    /// Whether this id sorts before `other`'s: by id as `String` orders them, then by
    /// ``order``. `ids` holds every id at its ``order``.
    @inline(__always)
    func precedes(_ other: IDSortKey, ids: UnsafeBufferPointer<String>) -> Bool {
        if length >= 0 && other.length >= 0 {
            if high != other.high { return high < other.high }
            if low != other.low { return low < other.low }
            // The same bytes but for trailing NULs: the shorter first.
            if length != other.length { return length < other.length }
            return order < other.order
        }
        let id = ids[Int(order)], otherID = ids[Int(other.order)]
        if id != otherID { return id < otherID }
        return order < other.order
    }
}
