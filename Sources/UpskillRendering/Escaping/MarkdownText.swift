/// Text escaped for GitHub-flavoured Markdown, so that a skill name shows as written and
/// never as markup, a link, an HTML tag, a table cell break or math.
package enum MarkdownText {
    /// Inline text on one line: every ASCII punctuation character Markdown, GFM or GitHub
    /// give a meaning to is backslash-escaped.
    package static func escape(_ text: String) -> String {
        var result = ""
        for character in PlainText.singleLine(text) {
            if special.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// `\ ` * _ [ ] < > # ! | ~ & $` — `<` for HTML, `&` for entities, `|` for tables,
    /// `~` for strike-through, `$` for GitHub's math. The text never starts a line, so
    /// list and heading markers elsewhere in it are plain text.
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "!", "|", "~", "&", "$"]

    /// A link `[text](url)`, or the escaped text alone when the URL is not http(s).
    package static func link(_ text: String, url: String) -> String {
        guard let safe = URLText.safe(url, alsoEncoding: Set("()<> ".utf8)) else { return escape(text) }
        return "[\(escape(text))](\(safe))"
    }
}
