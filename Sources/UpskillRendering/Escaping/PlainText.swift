/// Catalog text made safe to print: no control characters (a curriculum could carry a
/// terminal escape sequence), and line breaks only where a format can hold them.
package enum PlainText {
    /// The text on one line: line breaks and tabs become spaces, other control characters
    /// and non-characters are dropped.
    package static func singleLine(_ text: String) -> String {
        String(multiline(text).map { $0 == "\n" ? " " : $0 })
    }

    /// The text with its line breaks (`\r\n`, `\r`, U+2028 …) as `\n` and tabs as spaces;
    /// other control characters and non-characters are dropped.
    package static func multiline(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\n" && previousWasCR { continue }
            if isLineBreak(scalar) {
                result.append("\n")
            } else if scalar == "\t" {
                result.append(" ")
            } else if !isDropped(scalar) {
                result.append(scalar)
            }
        }
        return String(result)
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// C0 and C1 controls (other than line breaks and tab), DEL, the non-characters
    /// U+FFFE and U+FFFF, which XML forbids, and the bidi embeddings, overrides and
    /// isolates (U+202A–U+202E, U+2066–U+2069), which make a label read differently from
    /// what it says.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0, 0xFFFE, 0xFFFF: !isLineBreak(scalar) && scalar != "\t"
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
