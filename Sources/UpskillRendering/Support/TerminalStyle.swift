/// Terminal styling that switches itself off when output is not a colour terminal.
package struct TerminalStyle: Sendable {
    package let usesColor: Bool
    package let usesUnicode: Bool

    package init(usesColor: Bool, usesUnicode: Bool) {
        self.usesColor = usesColor
        self.usesUnicode = usesUnicode
    }

    package init(options: RenderOptions) {
        self.init(usesColor: options.usesColor, usesUnicode: options.usesUnicode)
    }

    package func bold(_ text: String) -> String { wrap(text, "1") }
    package func dim(_ text: String) -> String { wrap(text, "2") }
    package func green(_ text: String) -> String { wrap(text, "32") }
    package func yellow(_ text: String) -> String { wrap(text, "33") }
    package func cyan(_ text: String) -> String { wrap(text, "36") }

    /// `→` on a terminal, `->` when piped.
    package var arrow: String { usesUnicode ? "→" : "->" }
    /// `·` on a terminal, `-` when piped.
    package var dot: String { usesUnicode ? "·" : "-" }
    /// `–` for ranges on a terminal, `-` when piped.
    package var dash: String { usesUnicode ? "–" : "-" }

    private func wrap(_ text: String, _ code: String) -> String {
        usesColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
