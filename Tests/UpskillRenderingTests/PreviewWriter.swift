import Foundation
import Testing
import UpskillRendering

/// Writes sample pages to `$UPSKILL_PREVIEW_DIR` to look at in a browser: the built-in
/// roadmap, and the small one with progress. A tool, not a check: it is skipped (and says
/// so) unless the variable is set, rather than passing without doing anything.
@Suite("Previews")
struct PreviewWriter {
    @Test(
        "Write previews when UPSKILL_PREVIEW_DIR is set",
        .enabled(if: ProcessInfo.processInfo.environment["UPSKILL_PREVIEW_DIR"] != nil, "UPSKILL_PREVIEW_DIR is not set"))
    func write() throws {
        let folder = try #require(ProcessInfo.processInfo.environment["UPSKILL_PREVIEW_DIR"])
        let html = HTMLRenderer(options: RenderOptions(generator: "upskill preview"))
        let builtin = try RenderingFixtures.builtinCatalog()
        let big = try RenderingFixtures.roadmap(builtin, from: ["data-scientist"], to: ["ml-engineer"], hoursPerWeek: 8)
        let progress = RoadmapProgress(
            today: RenderingFixtures.start.adding(days: 7 * 30),
            skills: [
                "pytorch": .init(state: .done, hoursLogged: 30), "data-structures-and-algorithms": .init(state: .done),
                "oop": .init(state: .done), "cpp": .init(state: .inProgress, hoursLogged: 50),
                "linux-shell": .init(state: .done), "data-validation": .init(state: .skipped),
            ])
        let outputs: [(String, String)] = [
            ("builtin.html", html.render(big, progress: nil)),
            ("builtin-progress.html", html.render(big, progress: progress)),
            (
                "small-progress.html",
                html.render(
                    try RenderingFixtures.trackedRoadmap(try RenderingFixtures.catalog(RenderingFixtures.small)),
                    progress: RenderingFixtures.progress)
            ),
            (
                "hostile.html",
                html.render(
                    try RenderingFixtures.roadmap(try RenderingFixtures.catalog(RenderingFixtures.hostileCurriculum)),
                    progress: RenderingFixtures.progress)
            ),
        ]
        // The hostile roadmap and the built-in one with progress in every other format too.
        let hostile = try RenderingFixtures.roadmap(try RenderingFixtures.catalog(RenderingFixtures.hostileCurriculum))
        var all = outputs
        for type in RoadmapFormats.builtin where type.format != "html" {
            let renderer = type.init(options: RenderOptions(generator: "upskill preview"))
            all.append(("hostile.\(type.fileExtension)", renderer.render(hostile, progress: RenderingFixtures.progress)))
            all.append(("builtin-progress.\(type.fileExtension)", renderer.render(big, progress: progress)))
        }
        for (name, text) in all {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            #expect(FileManager.default.fileExists(atPath: url.path))
        }
    }
}
