/// Text widths estimated without a font engine, for laying out SVG labels: per-character
/// advances close to Helvetica, Arial and the common system sans-serif fonts, on the
/// generous side so that estimated text fits in practice.
package enum TextMetrics {
    /// The estimated width of `text` at `fontSize` pixels.
    package static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        for character in text {
            ems += advance(character)
        }
        // 6% to spare: DejaVu Sans, a common fallback, is wider than Helvetica.
        return ems * fontSize * (bold ? 1.18 : 1.06)
    }

    /// The advance of one character, in ems.
    static func advance(_ character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let value = scalar.value
        if isWide(value) { return 1.0 }
        switch character {
        case " ": return 0.28
        case "i", "l", "j", "!", "|", ".", ",", ":", ";", "'", "I": return 0.28
        case "f", "t", "r", "(", ")", "[", "]", "-", "/": return 0.36
        case "m", "w", "M", "W", "@", "%": return 0.86
        case "A"..."Z": return 0.68
        case "0"..."9": return 0.56
        case "a"..."z": return 0.54
        default: return value < 0x80 ? 0.58 : 0.62
        }
    }

    /// East Asian wide characters and emoji, about one em wide.
    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            true
        default: false
        }
    }

    /// `text` broken into at most `maxLines` lines no wider than `width`, at spaces where
    /// possible (a word wider than a line is broken where it stops fitting); the last line
    /// ends in `…` when the text does not fit.
    package static func wrap(_ text: String, width: Double, fontSize: Double, bold: Bool = false, maxLines: Int)
        -> [String]
    {
        func measure(_ text: String) -> Double { self.width(text, fontSize: fontSize, bold: bold) }
        // Tokens, each with whether a space comes before it on a shared line.
        var tokens: [(text: String, spaced: Bool)] = []
        for word in PlainText.singleLine(text).split(separator: " ") {
            var piece = ""
            var spaced = true
            for character in word {
                if !piece.isEmpty && measure(piece + String(character)) > width {
                    tokens.append((piece, spaced))
                    piece = ""
                    spaced = false
                }
                piece.append(character)
            }
            if !piece.isEmpty { tokens.append((piece, spaced)) }
        }
        var lines: [String] = []
        var current = ""
        var used = 0
        while used < tokens.count {
            let token = tokens[used]
            let candidate = current.isEmpty ? token.text : current + (token.spaced ? " " : "") + token.text
            if current.isEmpty || measure(candidate) <= width {
                current = candidate
                used += 1
            } else {
                lines.append(current)
                current = ""
                if lines.count == maxLines { break }
            }
        }
        if !current.isEmpty && lines.count < maxLines { lines.append(current) }
        if used < tokens.count || lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            if let last = lines.last {
                lines[lines.count - 1] = ellipsized(last + "…", width: width, fontSize: fontSize, bold: bold, force: true)
            }
        }
        return lines
    }

    /// `text` cut so that it and a trailing `…` fit in `width`.
    /// - Parameter force: Whether `text` already ends in `…` and should keep it.
    package static func ellipsized(
        _ text: String, width: Double, fontSize: Double, bold: Bool = false, force: Bool = false
    ) -> String {
        if self.width(text, fontSize: fontSize, bold: bold) <= width { return text }
        var result = ""
        for character in force ? String(text.dropLast()) : text {
            if self.width(result + String(character) + "…", fontSize: fontSize, bold: bold) > width { break }
            result.append(character)
        }
        while result.last == " " { result.removeLast() }
        return result + "…"
    }
}
