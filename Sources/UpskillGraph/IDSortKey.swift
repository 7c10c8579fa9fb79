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
        var count: Int32 = 0
        for byte in id.utf8 {
            guard byte < 0x80, count < 16 else {
                length = -1
                return
            }
            if count < 8 {
                high |= UInt64(byte) << (56 - 8 * UInt64(count))
            } else {
                low |= UInt64(byte) << (56 - 8 * UInt64(count - 8))
            }
            count += 1
        }
        length = count
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
