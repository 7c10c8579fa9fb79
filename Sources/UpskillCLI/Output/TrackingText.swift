/// Small text helpers of the progress commands' output.
enum TrackingText {
    /// `text` padded with spaces to `width` (left-aligned, or right-aligned).
    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }

    /// `1 skill`, `2 skills`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}

extension TrackingText {
    /// Hours to a tenth: `12`, `12.5`, `0.3`.
    static func hours(_ hours: Double) -> String {
        JSONOutput.format((hours * 10).rounded() / 10)
    }
}
