/// A fixed-width progress bar: `███████▍░░░░░░░░` on a terminal (eighths of a block for
/// the partial cell), `[#######---------]` when piped.
struct ProgressBar {
    let usesUnicode: Bool
    /// The cells of the bar (the ASCII form adds its two brackets).
    let width: Int

    func render(_ fraction: Double) -> String {
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        if usesUnicode {
            let eighths = Int((clamped * Double(width * 8)).rounded())
            let full = eighths / 8
            let partial = eighths % 8
            let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
            let used = full + (partial > 0 ? 1 : 0)
            return String(repeating: "█", count: full) + partials[partial]
                + String(repeating: "░", count: width - used)
        }
        let filled = Int((clamped * Double(width)).rounded())
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
    }
}

/// A fraction as a whole percentage, `0%` to `100%`; never `100%` before it is complete.
func formatPercent(_ fraction: Double) -> String {
    // Rounded down, as ProgressFigures.percent: every view prints the same percent.
    let percent = fraction >= 1 ? 100 : min(99, max(0, Int((fraction * 100 + 1e-9).rounded(.down))))
    return "\(percent)%"
}
