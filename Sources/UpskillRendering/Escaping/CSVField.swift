/// One field of an RFC 4180 CSV file.
package enum CSVField {
    /// A text field: quoted (with `"` doubled) when it holds a comma, a quote, a line
    /// break or leading or trailing spaces; a text that a spreadsheet would run as a
    /// formula (starting with `=`, `+`, `-`, `@` or their full-width forms, after any spaces or
    /// line breaks) gets a leading `'`, as OWASP advises.
    /// Line breaks are kept, as `\r\n`.
    package static func text(_ value: String) -> String {
        var text = PlainText.multiline(value).split(separator: "\n", omittingEmptySubsequences: false)
            .joined(separator: "\r\n")
        // A spreadsheet reads a cell as a formula from its first character that is not a
        // space or a line break, full-width signs included: such a cell gets a quote.
        let first = text.unicodeScalars.first { !($0 == " " || $0 == "\r" || $0 == "\n") }
        if let first, "=+-@\u{FF1D}\u{FF0B}\u{FF0D}\u{FF20}".unicodeScalars.contains(first) { text = "'" + text }
        return quotedIfNeeded(text)
    }

    /// A number or date, written as it is.
    package static func plain(_ value: String) -> String {
        quotedIfNeeded(value)
    }

    static func quotedIfNeeded(_ text: String) -> String {
        let needsQuotes =
            text.contains { $0 == "," || $0 == "\"" || $0 == "\r\n" || $0 == "\n" || $0 == "\r" }
            || text.hasPrefix(" ") || text.hasSuffix(" ")
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text {
            if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
        }
        return quoted + "\""
    }
}
