import Testing
import UpskillPlanner
import UpskillRendering

/// The HTML timeline labels every year it spans, the first one too, even when the plan
/// starts in the last days of December; labels never run into each other.
@Suite("Timeline years")
struct TimelineYearTests {
    /// The year labels of the page's timeline, with their x positions, in order.
    static func yearLabels(_ roadmap: Roadmap) -> [(x: Double, year: Int)] {
        let html = HTMLRenderer(options: RenderOptions(generator: "test")).render(roadmap, progress: nil)
        guard let timeline = html.firstRange(of: "class=\"timeline head\"") else { return [] }
        let svg = html[timeline.lowerBound...]
        let end = svg.firstRange(of: "</svg>").map { svg[..<$0.lowerBound] } ?? svg
        return end.matches(of: /class="year" x="([0-9.]+)"[^>]*>([0-9]{4})</).compactMap { match in
            guard let x = Double(match.output.1), let year = Int(match.output.2) else { return nil }
            return (x, year)
        }
    }

    @Test(
        "Every year from the start to the finish has a label, the labels apart",
        arguments: [
            (40.0, "2026-12-28"), (8, "2026-12-28"), (8, "2027-01-04"), (2, "2027-06-14"), (1, "2026-12-30"),
        ] as [(Double, String)])
    func everyYear(hoursPerWeek: Double, startText: String) throws {
        let start = try #require(CivilDate(iso: startText))
        let catalog = try RenderingFixtures.builtinCatalog()
        let roadmap = try RenderingFixtures.roadmap(
            catalog, from: ["data-scientist"], to: ["ml-engineer"], hoursPerWeek: hoursPerWeek, start: start)
        let labels = Self.yearLabels(roadmap)
        let schedule = roadmap.schedule
        let years = Array(schedule.weekOne.year...schedule.finish.year)
        #expect(labels.map(\.year) == years, "\(hoursPerWeek) h/week from \(start)")
        for (left, right) in zip(labels, labels.dropFirst()) {
            #expect(right.x - left.x >= 30, "\(left.year) and \(right.year) overlap")
        }
    }
}
