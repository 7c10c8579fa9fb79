/// Reads an iCalendar file back for the tests: unfolds lines, splits properties, and
/// unescapes TEXT values.
enum ICalendarReader {
    struct Property {
        var name: String
        var parameters: String
        var value: String
    }

    /// The raw physical lines, split on CRLF (the text must end in CRLF).
    static func physicalLines(_ text: String) -> [Substring] {
        var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The content lines, each continuation (a line starting with a space) joined to the
    /// line before it without the space.
    static func unfold(_ text: String) -> [String] {
        var result: [String] = []
        for line in physicalLines(text) {
            if line.hasPrefix(" "), !result.isEmpty {
                result[result.count - 1] += line.dropFirst()
            } else {
                result.append(String(line))
            }
        }
        return result
    }

    /// The properties of the unfolded lines.
    static func properties(_ text: String) -> [Property] {
        unfold(text).map { line in
            let colon = line.firstIndex(of: ":") ?? line.endIndex
            let head = line[..<colon]
            let value = colon < line.endIndex ? String(line[line.index(after: colon)...]) : ""
            let semicolon = head.firstIndex(of: ";") ?? head.endIndex
            return Property(name: String(head[..<semicolon]), parameters: String(head[semicolon...]), value: value)
        }
    }

    /// A TEXT value unescaped (RFC 5545 §3.3.11); `nil` for an escape the RFC does not
    /// allow or an unescaped `;` or `,`.
    static func unescape(_ value: String) -> String? {
        var result = ""
        var iterator = value.makeIterator()
        while let character = iterator.next() {
            if character == "\\" {
                switch iterator.next() {
                case "\\": result += "\\"
                case ";": result += ";"
                case ",": result += ","
                case "n", "N": result += "\n"
                default: return nil
                }
            } else if character == ";" || character == "," {
                return nil
            } else {
                result.append(character)
            }
        }
        return result
    }
}
