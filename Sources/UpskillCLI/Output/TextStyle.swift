/// Terminal styling that switches itself off when output is not a colour terminal.
struct TextStyle {
    let usesColor: Bool
    let usesUnicode: Bool

    init(console: Console) {
        usesColor = console.usesColor
        usesUnicode = console.usesUnicode
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func cyan(_ text: String) -> String { wrap(text, "36") }

    /// `→` on a terminal, `->` when piped.
    var arrow: String { usesUnicode ? "→" : "->" }
    /// `·` on a terminal, `-` when piped.
    var dot: String { usesUnicode ? "·" : "-" }
    /// `–` for ranges on a terminal, `-` when piped.
    var dash: String { usesUnicode ? "–" : "-" }

    private func wrap(_ text: String, _ code: String) -> String {
        usesColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// Hours as people write them: `12`, `12.5`, `0.25`.
func formatHours(_ hours: Double) -> String {
    JSONOutput.format((hours * 100).rounded() / 100)
}
