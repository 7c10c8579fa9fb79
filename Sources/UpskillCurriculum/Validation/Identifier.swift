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
            first != UInt8(ascii: "-")
        else { return false }
        for byte in utf8 where !isAllowed(byte) {
            return false
        }
        return true
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
