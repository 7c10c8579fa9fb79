import UpskillRendering

/// Terminal styling that switches itself off when output is not a colour terminal (the
/// renderers' ``TerminalStyle``, bound to a console).
typealias TextStyle = TerminalStyle

extension TerminalStyle {
    init(console: Console) {
        self.init(usesColor: console.usesColor, usesUnicode: console.usesUnicode)
    }
}

/// Hours as people write them: `12`, `12.5`, `0.25`.
func formatHours(_ hours: Double) -> String {
    Format.hours(hours)
}
