/// The rules for ids of skills, roles, resources and curricula.
package enum Identifier {
    /// The pattern every id matches, as the error messages show it.
    package static let pattern = "^[a-z0-9][a-z0-9.+-]*$"

    /// Whether `id` matches ``pattern``: a lowercase letter or digit, then lowercase
    /// letters, digits, `.`, `+` or `-`.
    package static func isValid(_ id: String) -> Bool {
        // A small string (every usual id) is read in place, from a copy on the stack;
        // this measured faster than `withUTF8` and than the UTF-8 view's iterator.
        id.utf8.withContiguousStorageIfAvailable { isValid(utf8: $0) } ?? isValid(utf8: Array(id.utf8))
    }

    /// Whether the UTF-8 bytes `utf8` match ``pattern``.
    private static func isValid(utf8: [UInt8]) -> Bool {
        utf8.withUnsafeBufferPointer { isValid(utf8: $0) }
    }

    /// Whether the UTF-8 bytes `utf8` match ``pattern``.
    @inline(__always)
    package static func isValid(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first, isAllowed(first), first != UInt8(ascii: "."), first != UInt8(ascii: "+"),
            first != UInt8(ascii: "-"), let base = utf8.baseAddress
        else { return false }
        // Eight bytes at a time; the last word overlaps the one before it when the length
        // is not a multiple of 8 (those bytes are checked twice, which is harmless).
        let raw = UnsafeRawPointer(base)
        let count = utf8.count
        guard count >= 8 else {
            var word: UInt64 = 0
            withUnsafeMutableBytes(of: &word) { $0.copyMemory(from: UnsafeRawBufferPointer(utf8)) }
            return allAllowed(UInt64(littleEndian: word), lanes: count)
        }
        var offset = 0
        while offset + 8 <= count {
            guard allAllowed(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)), lanes: 8)
            else { return false }
            offset += 8
        }
        return offset == count
            || allAllowed(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)), lanes: 8)
    }

    /// Whether the low `lanes` bytes (1 to 8) of `word` may all appear in an id, tested
    /// together: for ASCII bytes, `(byte | 0x80) - n` keeps its high bit exactly when
    /// `byte >= n`, and never borrows from the next byte.
    @inline(__always)
    private static func allAllowed(_ word: UInt64, lanes: Int) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let used: UInt64 = lanes >= 8 ? ~0 : (1 << (8 * UInt64(lanes))) &- 1
        let bytes = word & used
        guard bytes & highs == 0 else { return false }  // not ASCII
        @inline(__always) func atLeast(_ n: UInt64) -> UInt64 { ((bytes | highs) &- n &* ones) & highs }
        let digits = atLeast(0x30) & ~atLeast(0x3A)
        let letters = atLeast(0x61) & ~atLeast(0x7B)
        let dashOrDot = atLeast(0x2D) & ~atLeast(0x2F)
        let plus = atLeast(0x2B) & ~atLeast(0x2C)
        return (digits | letters | dashOrDot | plus) & used & highs == used & highs
    }

    /// Whether `byte` may appear in an id: a lowercase letter, a digit, `.`, `+` or `-`.
    @inline(__always)
    private static func isAllowed(_ byte: UInt8) -> Bool {
        // One bit a byte: below 64 `+`, `-`, `.` and the digits; from 64 to 127 the
        // lowercase letters.
        let allowedLow: UInt64 = 1 << 0x2B | 1 << 0x2D | 1 << 0x2E | 0x3FF << 0x30
        let allowedHigh: UInt64 = 0x3FF_FFFF << (0x61 - 64)
        let bits = byte < 64 ? allowedLow : byte < 128 ? allowedHigh : 0
        return bits >> UInt64(byte & 63) & 1 != 0
    }
}
