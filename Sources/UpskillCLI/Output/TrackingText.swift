import UpskillRendering

/// Small text helpers of the progress commands' output.
enum TrackingText {
    /// Hours to a tenth: `12`, `12.5`, `0.3`.
    static func hours(_ hours: Double) -> String {
        JSONOutput.format((hours * 10).rounded() / 10)
    }
}
