/// Graphviz DOT quoted strings.
package enum DOTText {
    /// `"…"` with `"` and `\` escaped and the text on one line, so that Graphviz shows it
    /// as written (a `\n` in a name is not a Graphviz line break).
    package static func quoted(_ text: String) -> String {
        "\"" + escape(text) + "\""
    }

    /// The inside of a quoted string: `"` and `\` escaped, on one line.
    package static func escape(_ text: String) -> String {
        var result = ""
        for character in PlainText.singleLine(text) {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default: result.append(character)
            }
        }
        return result
    }
}
