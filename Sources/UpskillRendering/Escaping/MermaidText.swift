/// Text for a Mermaid flowchart label inside `["…"]`.
package enum MermaidText {
    /// The text on one line with every character Mermaid gives a meaning to written as an
    /// entity code (`#quot;`, `#lt;`, `#35;` …), so no name can end the label, inject
    /// HTML or start Markdown.
    package static func label(_ text: String) -> String {
        var result = ""
        for character in PlainText.singleLine(text) {
            switch character {
            case "\"": result += "#quot;"
            case "<": result += "#lt;"
            case ">": result += "#gt;"
            case "&": result += "#amp;"
            case "#": result += "#35;"
            case "`": result += "#96;"
            case "|": result += "#124;"
            case "[": result += "#91;"
            case "]": result += "#93;"
            case "{": result += "#123;"
            case "}": result += "#125;"
            case "(": result += "#40;"
            case ")": result += "#41;"
            case ";": result += "#59;"
            case "%": result += "#37;"
            case "\\": result += "#92;"
            default: result.append(character)
            }
        }
        return result
    }
}
