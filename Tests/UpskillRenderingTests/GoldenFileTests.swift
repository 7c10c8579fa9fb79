import Foundation
import Testing
import UpskillPlanner
import UpskillRendering

/// Every format of a small plan, with and without progress, compared byte for byte with
/// the reviewed copies in `Golden/`. After a deliberate change, regenerate them with
/// `UPSKILL_UPDATE_GOLDEN=1 swift test` and review the diff.
@Suite("Golden files for every format")
struct GoldenFileTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test("A small plan matches its golden file", arguments: RoadmapFormats.names)
    func plan(format: String) throws {
        let roadmap = try RenderingFixtures.roadmap(try RenderingFixtures.catalog(RenderingFixtures.small))
        try check(format: format, file: "small", roadmap: roadmap, progress: nil)
    }

    @Test("A small plan with progress matches its golden file", arguments: RoadmapFormats.names)
    func tracked(format: String) throws {
        let roadmap = try RenderingFixtures.trackedRoadmap(try RenderingFixtures.catalog(RenderingFixtures.small))
        try check(format: format, file: "small-progress", roadmap: roadmap, progress: RenderingFixtures.progress)
    }

    private func check(format: String, file: String, roadmap: Roadmap, progress: RoadmapProgress?) throws {
        let type = try #require(RoadmapFormats.renderer(named: format))
        let text = type.init(options: RenderOptions(generator: "upskill test")).render(roadmap, progress: progress)
        #expect(text == type.init(options: RenderOptions(generator: "upskill test")).render(roadmap, progress: progress))
        let url = Self.golden.appendingPathComponent("\(file).\(type.fileExtension)")
        if ProcessInfo.processInfo.environment["UPSKILL_UPDATE_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url)
            return
        }
        let expected = try Data(contentsOf: url)
        #expect(
            Data(text.utf8) == expected,
            "output differs from Golden/\(url.lastPathComponent); if the change is deliberate, run UPSKILL_UPDATE_GOLDEN=1 swift test"
        )
    }
}
