import Foundation
import Testing
import UpskillCLI
import UpskillPlanner
import UpskillRendering

/// `upskill plan --format FORMAT [-o FILE]` through the built binary, and the roadmap
/// `upskill export` makes from a saved goal and its progress.
@Suite("Exports (binary)")
struct ExportFormatsTests {
    static let plan = ["plan", "--from", "data-scientist", "--to", "ml-engineer", "--start", "2027-01-04"]

    @Test("Every format prints, and twice the same bytes", arguments: RoadmapFormats.names)
    func everyFormat(format: String) throws {
        let first = try UpskillBinary.run(Self.plan + ["--format", format])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.isEmpty)
        #expect(first.stdout.count > 500)
        let second = try UpskillBinary.run(Self.plan + ["--format", format])
        #expect(first.stdout == second.stdout)
    }

    @Test("-o writes the file (format from its extension), atomically, and prints nothing")
    func outputFile() throws {
        let folder = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("roadmap.html")
        try Data("old".utf8).write(to: file)
        let result = try UpskillBinary.run(Self.plan + ["-o", "roadmap.html"], directory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty && result.stderr.isEmpty)
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>"))
        #expect(written == (try UpskillBinary.run(Self.plan + ["--format", "html"])).stdout)
        // Nothing but the file is left in the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["roadmap.html"])
        // --format wins over the extension; '-' is standard output.
        let csv = try UpskillBinary.run(Self.plan + ["--format", "csv", "-o", "plan.txt"], directory: folder)
        #expect(csv.status == 0)
        let bytes = try Data(contentsOf: folder.appendingPathComponent("plan.txt"))
        #expect(bytes.starts(with: Array("\u{FEFF}Step,".utf8)))
        let stdout = try UpskillBinary.run(Self.plan + ["--format", "mermaid", "-o", "-"])
        #expect(stdout.stdout.hasPrefix("flowchart TD\n"))
    }

    @Test("A file that cannot be written exits 74 and says why")
    func unwritable() throws {
        let result = try UpskillBinary.run(Self.plan + ["-o", "/nonexistent-upskill-folder/roadmap.ics"])
        #expect(result.status == 74)
        #expect(result.stderr.hasPrefix("error: cannot write '/nonexistent-upskill-folder/roadmap.ics'"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("An unknown format is a usage error that lists the formats", arguments: ["plan", "export"])
    func unknownFormat(command: String) throws {
        let arguments = command == "plan" ? Self.plan + ["--format", "pdf"] : ["export", "--format", "pdf"]
        let result = try UpskillBinary.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains("html"), "\(result.stderr)")
    }

    @Test("export: the roadmap of what is left, done skills known, scheduled from today with the hours left")
    func trackedRoadmap() throws {
        let catalog = try CatalogLoader().load().catalog
        let today = CivilDate(year: 2027, month: 3, day: 1)
        let goal = TrackedGoal(
            request: PlanRequest(from: ["data-scientist"], to: ["ml-engineer"]), start: today, hoursPerWeek: 10,
            progress: RoadmapProgress(
                today: today,
                skills: [
                    "pytorch": .init(state: .done, hoursLogged: 30), "oop": .init(state: .skipped),
                    "python-packaging": .init(state: .inProgress, hoursLogged: 6),
                ]))
        let roadmap = try goal.roadmap(catalog: catalog)
        let ids = roadmap.plan.steps.map { catalog.id(ofSkill: $0.skill) }
        #expect(!ids.contains("pytorch") && !ids.contains("oop"))
        #expect(ids.first == "python-packaging")
        #expect(roadmap.schedule.start == today)
        #expect(roadmap.schedule.hoursPerWeek == 10)
        // 8 hours, 6 logged: 2 left, in week 1, and the next step starts in week 1 too.
        #expect(roadmap.schedule.weeks.first == 1...1)
        #expect(roadmap.schedule.weeks.dropFirst().first?.lowerBound == 1)
        let html = HTMLRenderer(options: RenderOptions()).render(roadmap, progress: goal.progress)
        #expect(html.contains("✓ PyTorch"))
        let markdown = MarkdownRenderer(options: RenderOptions()).render(roadmap, progress: goal.progress)
        #expect(markdown.contains("- [x] **PyTorch** `pytorch`"))
        #expect(markdown.contains("- [x] **Object-oriented programming** `oop` · 6 h · skipped"))
    }
}
