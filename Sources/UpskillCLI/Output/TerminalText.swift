/// Text made safe for a terminal: the one place every line upskill prints passes through
/// (``Console`` applies it to standard output and standard error), so that no curriculum,
/// plugin, store or argument can send a terminal a command (issue 16, finding 10).
///
/// Dropped: C0 controls other than tab and line feed (so ESC, BEL, CR, BS), DEL, C1
/// controls (U+0080–U+009F, which some terminals read as ESC sequences), and the bidi
/// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make text read
/// differently from what it says. Kept, when colour is on: upskill's own colours, the
/// exact SGR sequences ``TerminalStyle`` writes (`ESC[0m`, `ESC[1m`, `ESC[2m`, `ESC[32m`,
/// `ESC[33m`, `ESC[36m`), which cannot move the cursor, clear the screen or set a title.
package enum TerminalText {
    /// The SGR parameters ``TerminalStyle`` uses.
    static let colours: Set<String> = ["0", "1", "2", "32", "33", "36"]

    /// `text` without the characters above.
    /// - Parameter keepingColours: Whether to keep upskill's own colour sequences (on a
    ///   colour terminal); otherwise every ESC is dropped.
    /// - Complexity: O(n); the text is returned as is when it has nothing to drop.
    package static func clean(_ text: String, keepingColours: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: needsAttention) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if keepingColours, scalar == "\u{1B}", let end = endOfColour(scalars, from: index) {
                result.append(contentsOf: scalars[index...end])
                index = end + 1
                continue
            }
            if !isDropped(scalar) { result.append(scalar) }
            index += 1
        }
        return String(result)
    }

    /// Whether a scalar is one ``clean(_:)`` drops (ESC included).
    package static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func needsAttention(_ scalar: Unicode.Scalar) -> Bool {
        isDropped(scalar)
    }

    /// The index of the `m` ending one of upskill's colour sequences (`ESC [ code m`, a
    /// code of ``colours``) starting at `start`, or `nil`.
    private static func endOfColour(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var code = ""
        var index = start + 2
        while index < scalars.count, code.count <= 2 {
            let scalar = scalars[index]
            if scalar == "m" { return colours.contains(code) ? index : nil }
            guard ("0"..."9").contains(scalar) else { return nil }
            code.unicodeScalars.append(scalar)
            index += 1
        }
        return nil
    }
}
