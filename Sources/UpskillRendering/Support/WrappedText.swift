/// Styled text wrapped at word boundaries to a terminal's width, with a hanging indent:
/// the first line starts with `indent`, the lines after it with `hanging`. Widths are
/// counted on the visible text (colour escapes cost nothing); a word longer than a line
/// (a URL) gets a line of its own rather than being cut.
package struct WrappedText {
    /// A run of text and the style it is printed in.
    package struct Piece {
        package var text: String
        package var style: @Sendable (String) -> String

        package init(_ text: String, style: @escaping @Sendable (String) -> String = { $0 }) {
            self.text = text
            self.style = style
        }
    }

    package var pieces: [Piece]

    package init(_ pieces: [Piece]) {
        self.pieces = pieces
    }

    /// The lines, none wider than `width` unless one word is.
    package func lines(width: Int, indent: String, hanging: String) -> [String] {
        // Words with their style; a piece that starts without a space glues to the word before.
        var words: [(text: String, styled: String)] = []
        var glue = false
        for piece in pieces {
            let parts = piece.text.split(separator: " ", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                if part.isEmpty {
                    glue = false
                    continue
                }
                let text = String(part)
                if index == 0, glue, let last = words.popLast() {
                    words.append((last.text + text, last.styled + piece.style(text)))
                } else {
                    words.append((text, piece.style(text)))
                }
                glue = true
            }
            if piece.text.hasSuffix(" ") { glue = false }
        }
        var lines: [String] = []
        var line = indent
        var used = indent.count
        var empty = true
        for word in words {
            let needed = (empty ? 0 : 1) + word.text.count
            if !empty && used + needed > width {
                lines.append(line)
                line = hanging
                used = hanging.count
                empty = true
            }
            line += (empty ? "" : " ") + word.styled
            used += (empty ? 0 : 1) + word.text.count
            empty = false
        }
        lines.append(line)
        return lines
    }
}
