/// Greedy word wrapping for help text.
enum TextWrapper {
    /// `text` wrapped to lines of at most `width` characters, each indented by `indent`
    /// spaces. Line breaks in `text` are kept; a line's own leading spaces add to the
    /// indent of all its wrapped lines. A word longer than the room is put on a line of its
    /// own rather than broken. Blank lines carry no indent, and no line has trailing spaces.
    static func wrap(_ text: String, width: Int, indent: Int = 0) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let ownIndent = paragraph.prefix { $0 == " " }.count
            let words = paragraph.split(separator: " ")
            guard !words.isEmpty else {
                lines.append("")
                continue
            }
            let margin = String(repeating: " ", count: indent + ownIndent)
            var line = margin
            var lineIsEmpty = true
            for word in words {
                if lineIsEmpty {
                    line += word
                    lineIsEmpty = false
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = margin + word
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// A two-column row: `label` at `indent`, then `text` wrapped in a column starting at
    /// `column`. A label too wide to leave a gap before the column goes on a line of its
    /// own, with the text below it.
    static func row(label: String, text: String, indent: Int, column: Int, width: Int) -> [String] {
        let paddedLabel = String(repeating: " ", count: indent) + label
        let body = text.isEmpty ? [] : wrap(text, width: width, indent: column)
        guard let first = body.first else { return [paddedLabel] }
        if paddedLabel.count < column, !first.isEmpty {
            let gap = String(repeating: " ", count: column - paddedLabel.count)
            return [paddedLabel + gap + first.dropFirst(column)] + body.dropFirst()
        }
        return [paddedLabel] + body
    }
}
