/// How upskill writes JSON scalars, shared by every JSON writer (roadmap output, the
/// progress store), so that all of them escape and format alike.
package enum JSONText {
    /// Appends `string` as a JSON string literal: quoted, with `"`, `\`, control
    /// characters and U+2028/U+2029 escaped (RFC 8259), everything else as UTF-8.
    package static func appendQuoted(_ string: String, to text: inout String) {
        text += "\""
        // Most strings need no escape: append them whole. (0xE2 leads U+2028 and U+2029.)
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 })
        {
            text += string
            text += "\""
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }

    /// A number as people write it: `12`, `12.5`, `0.1`; a non-finite number, which JSON
    /// cannot hold, as `null`.
    package static func number(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }
}
