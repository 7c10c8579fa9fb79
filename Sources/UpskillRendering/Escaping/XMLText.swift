/// Text escaped for XML and XHTML, so that what a curriculum says is shown, never run:
/// `<script>` becomes `&lt;script&gt;`, and `]]>` cannot end anything.
package enum XMLText {
    /// Character data: `&`, `<`, `>` escaped; control characters XML 1.0 forbids dropped;
    /// line breaks kept as `\n`.
    package static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in PlainText.multiline(text) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }

    /// An attribute value for double quotes: also `"` and `'` escaped, and line breaks as
    /// character references so they survive attribute normalisation.
    package static func attribute(_ text: String) -> String {
        var result = ""
        for character in PlainText.multiline(text) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n": result += "&#10;"
            default: result.append(character)
            }
        }
        return result
    }
}
