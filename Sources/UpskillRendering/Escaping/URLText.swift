/// Resource addresses made safe to link to.
package enum URLText {
    /// The URL with every character outside RFC 3986's unreserved and reserved sets
    /// percent-encoded as UTF-8 (spaces, quotes, `<`, `>`, non-ASCII …), plus
    /// `alsoEncoding`; `nil` unless it is an `http://` or `https://` address, so that a
    /// curriculum can never slip in a `javascript:` link.
    /// - Parameters:
    ///   - url: The address as the curriculum gives it.
    ///   - alsoEncoding: Characters a format needs encoded too, e.g. `(` and `)` for a
    ///     Markdown link.
    package static func safe(_ url: String, alsoEncoding: Set<UInt8> = []) -> String? {
        let trimmed = url.drop { $0 == " " }
        let lower = trimmed.prefix(8).lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        var result = ""
        let hex: [Character] = Array("0123456789ABCDEF")
        for byte in trimmed.utf8 {
            if allowed(byte) && !alsoEncoding.contains(byte) {
                result.append(Character(Unicode.Scalar(byte)))
            } else {
                result += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0x0F)])
            }
        }
        return result
    }

    /// RFC 3986 unreserved and reserved characters, and `%` for escapes already there.
    static func allowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: Array("-._~:/?#[]@!$&'()*+,;=%".utf8).contains(byte)
        }
    }
}
