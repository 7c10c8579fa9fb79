/// The rules for ids of skills, roles, resources and curricula.
package enum Identifier {
    /// The pattern every id matches, as the error messages show it.
    package static let pattern = "^[a-z0-9][a-z0-9.+-]*$"

    /// Whether `id` matches ``pattern``: a lowercase letter or digit, then lowercase
    /// letters, digits, `.`, `+` or `-`.
    package static func isValid(_ id: String) -> Bool {
        var utf8 = id.utf8.makeIterator()
        guard let first = utf8.next(), isLowercaseAlphanumeric(first) else { return false }
        while let byte = utf8.next() {
            guard isLowercaseAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "-")
            else { return false }
        }
        return true
    }

    private static func isLowercaseAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
