import Foundation
import Testing

/// A large roadmap is written in chunks as it is rendered (issue 18): to standard output,
/// to `-o FILE` (still replaced atomically) and to a device, the same bytes as before,
/// and a failed write still exits 74 with the reason.
@Suite("Roadmap written in chunks (binary)")
struct StreamedRoadmapTests {
    static let skillCount = 1_500

    /// A curriculum whose one role needs a chain of ``skillCount`` skills: a roadmap of
    /// about 700 KB of JSON, several chunks.
    static func curriculum(in folder: URL) throws -> String {
        var skills: [String] = []
        for index in 0..<skillCount {
            let requires = index == 0 ? "" : (index == 1 ? #""s0""# : #""s\#(index - 1)", "s\#(index - 2)""#)
            skills.append(
                #"{"id": "s\#(index)", "name": "Skill \#(index) — é", "category": "c\#(index % 5)", "hours": \#(1 + index % 7), "requires": [\#(requires)]}"#
            )
        }
        let json = #"{"curriculum": "chain", "title": "Chain", "skills": ["# + skills.joined(separator: ",\n")
            + #"], "roles": [{"id": "chain-role", "name": "Chain role", "requires": ["s\#(skillCount - 1)"]}]}"#
        let path = folder.appendingPathComponent("chain.json").path
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func plan(_ curriculum: String) -> [String] {
        ["plan", "--curriculum", curriculum, "--no-builtin", "--to", "chain-role", "--start", "2027-01-04", "--format", "json"]
    }

    @Test("Standard output, -o FILE and -o /dev/stdout hold the same whole roadmap")
    func sameEverywhere() throws {
        let folder = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = Self.plan(try Self.curriculum(in: folder))
        let printed = try UpskillBinary.run(plan)
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout.utf8.count > 4 * 128 * 1_024, "several chunks")
        let roadmap = try JSONSerialization.jsonObject(with: Data(printed.stdout.utf8)) as? [String: Any]
        #expect((roadmap?["steps"] as? [Any])?.count == Self.skillCount)
        #expect(printed.stdout.hasSuffix("}\n"))

        let file = folder.appendingPathComponent("roadmap.json").path
        let written = try UpskillBinary.run(plan + ["-o", file])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == Data(printed.stdout.utf8))
        // Replaced through a temporary file, which is gone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["chain.json", "roadmap.json"])

        let device = try UpskillBinary.run(plan + ["-o", "/dev/stdout"])
        #expect(device.stdout == printed.stdout)
    }

    @Test(
        "A full device after the first chunk: exit 74 with the reason, to -o and to standard output",
        .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func fullDevice() throws {
        let folder = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = Self.plan(try Self.curriculum(in: folder))
        let toFile = try UpskillBinary.run(plan + ["-o", "/dev/full"])
        #expect(toFile.status == 74)
        #expect(toFile.stderr == "error: cannot write '/dev/full': writing failed: No space left on device\n")

        let toStandardOutput = try UpskillBinary.runWritingToFullDevice(plan)
        #expect(toStandardOutput.status == 74)
        #expect(toStandardOutput.stderr == "upskill: error: cannot write to standard output: No space left on device\n")
    }

    @Test("-o into a folder that does not exist: exit 74 with the reason, and no file")
    func failedReplace() throws {
        let folder = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = Self.plan(try Self.curriculum(in: folder))
        let missing = folder.appendingPathComponent("missing/roadmap.json").path
        let result = try UpskillBinary.run(plan + ["-o", missing])
        #expect(result.status == 74)
        #expect(result.stderr.hasPrefix("error: cannot write '\(missing)': the folder"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}
