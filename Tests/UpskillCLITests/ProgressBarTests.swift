import Testing
@testable import UpskillCLI

/// The progress bar `status` draws, on a terminal and piped.
@Suite("Progress bar")
struct ProgressBarTests {
    @Test(
        "The bar fills by eighths on a terminal and by cells when piped",
        arguments: [
            (0.0, true, "░░░░░░░░"), (1.0, true, "████████"), (0.5, true, "████░░░░"),
            (1.0 / 64, true, "▏░░░░░░░"), (7.0 / 64, true, "▉░░░░░░░"), (0.3, true, "██▍░░░░░"),
            (0.99, true, "███████▉"), (2.0, true, "████████"), (-1.0, true, "░░░░░░░░"), (.nan, true, "░░░░░░░░"),
            (0.0, false, "[--------]"), (1.0, false, "[########]"), (0.3, false, "[##------]"),
            (0.5, false, "[####----]"), (.infinity, false, "[--------]"),
        ])
    func bar(fraction: Double, unicode: Bool, expected: String) {
        #expect(ProgressBar(usesUnicode: unicode, width: 8).render(fraction) == expected)
    }
}
