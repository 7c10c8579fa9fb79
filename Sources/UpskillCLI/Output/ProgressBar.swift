/// A fixed-width progress bar: `███████▍░░░░░░░░` on a terminal (eighths of a block for
/// the partial cell), `[#######---------]` when piped.
struct ProgressBar {
    let usesUnicode: Bool
    /// The cells of the bar (the ASCII form adds its two brackets).
    let width: Int

    /// The bar for `fraction` (clamped to 0...1; 0 when not finite), built as UTF-8
    /// bytes: `String(repeating:count:)` cost about 9,000 instructions a bar, and
    /// `status` draws a dozen.
    func render(_ fraction: Double) -> String {
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        var bytes: [UInt8] = []
        if usesUnicode {
            let eighths = Int((clamped * Double(width * 8)).rounded())
            let full = eighths / 8
            let partial = eighths % 8
            bytes.reserveCapacity(3 * (width + 1))
            // U+2588 FULL BLOCK, then U+2589…U+258F for seven eighths down to one, then
            // U+2591 LIGHT SHADE.
            for _ in 0..<full { bytes += [0xE2, 0x96, 0x88] }
            if partial > 0 { bytes += [0xE2, 0x96, UInt8(0x90 - partial)] }
            for _ in 0..<max(0, width - full - (partial > 0 ? 1 : 0)) { bytes += [0xE2, 0x96, 0x91] }
        } else {
            let filled = Int((clamped * Double(width)).rounded())
            bytes.reserveCapacity(width + 2)
            bytes.append(UInt8(ascii: "["))
            for _ in 0..<filled { bytes.append(UInt8(ascii: "#")) }
            for _ in 0..<max(0, width - filled) { bytes.append(UInt8(ascii: "-")) }
            bytes.append(UInt8(ascii: "]"))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A fraction as a whole percentage, `0%` to `100%`; never `100%` before it is complete.
func formatPercent(_ fraction: Double) -> String {
    // Rounded down, as ProgressFigures.percent: every view prints the same percent.
    let percent = fraction >= 1 ? 100 : min(99, max(0, Int((fraction * 100 + 1e-9).rounded(.down))))
    return "\(percent)%"
}
