/// The rules for ids of skills, roles, resources and curricula.
package enum Identifier {
    /// The pattern every id matches, as the error messages show it.
    package static let pattern = "^[a-z0-9][a-z0-9.+-]*$"

    /// Whether `id` matches ``pattern``: a lowercase letter or digit, then lowercase
    /// letters, digits, `.`, `+` or `-`.
    package static func isValid(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { utf8 in
            guard let first = utf8.first, first != UInt8(ascii: "."), first != UInt8(ascii: "+"),
                first != UInt8(ascii: "-")
            else { return false }
            return utf8.allSatisfy(isAllowed)
        }
    }

    /// Whether `byte` may appear in an id: a lowercase letter, a digit, `.`, `+` or `-`.
    @inline(__always)
    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."),
            UInt8(ascii: "+"), UInt8(ascii: "-"):
            true
        default: false
        }
    }
}
