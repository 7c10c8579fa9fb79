import Foundation
import Testing

/// `upskill validate` through the built binary: exit codes and compiler-style output.
@Suite("upskill validate (binary)")
struct ValidateCommandTests {
    @Test("The built-in curricula validate")
    func builtin() throws {
        let result = try UpskillBinary.run(["validate"])
        #expect(result.status == 0, "\(result.stderr)")
        // The built-in curricula alone: binary tests run without the plugins compiled in,
        // which RegistryPluginsTests checks one by one.
        #expect(result.stdout.hasPrefix("ok: "))
        #expect((Self.curriculumCount(result.stdout) ?? 0) >= 1, "\(result.stdout)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    /// The number of curricula `validate` reports.
    static func curriculumCount(_ stdout: String) -> Int? {
        stdout.split(separator: " ").dropFirst().first.flatMap { Int($0) }
    }

    @Test("Every problem of a file is listed compiler style, and the exit status is 65")
    func invalidFile() throws {
        let folder = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("acme.json")
        try """
        {
          "curriculum": "acme",
          "title": "Acme",
          "skills": [
            { "id": "acme-platform", "name": "Acme platform", "hours": 6, "require": ["python"] },
            { "id": "acme-store", "name": "Store", "hours": -2, "requires": ["pyhton"] },
            { "id": "acme-a", "name": "A", "hours": 1, "requires": ["acme-b"] },
            { "id": "acme-b", "name": "B", "hours": 1, "requires": ["acme-a"] }
          ]
        }
        """.write(to: file, atomically: true, encoding: .utf8)
        let result = try UpskillBinary.run(["validate", "acme.json"], directory: folder)
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let path = file.path
        #expect(
            lines == [
                "\(path):5:67: error: skills[0].require: unknown key 'require' in a skill; did you mean 'requires'? allowed keys: id, name, category, hours, description, requires, aliases",
                "\(path):6:53: error: skills[1].hours: hours must be a number from 0 (for a milestone) to 10000, not -2",
                "\(path):6:70: error: skills[1].requires[0]: unknown skill 'pyhton'; did you mean 'python'?",
                "\(path):7:60: error: skills[2].requires: cycle: acme-a → acme-b → acme-a; requirements must not lead back to the skill itself — remove one of these requirements",
                "4 errors in the curricula",
            ], "\(result.stderr)")
    }

    @Test("A missing file exits 66, naming it")
    func missingFile() throws {
        let result = try UpskillBinary.run(["validate", "/nonexistent/acme.json"])
        #expect(result.status == 66)
        #expect(result.stderr == "error: no such curriculum file or folder: /nonexistent/acme.json\n")
    }

    @Test(
        "Files that are not curricula fail with a located message, never a crash",
        arguments: [
            ([], "1:1: error: the file is empty"),
            (Array("{\"curriculum\": \"x\", ".utf8), "unexpected end of file"),
            (Array(repeating: UInt8(ascii: "["), count: 100_000), "nesting deeper than 512 levels"),
            ([0xFF, 0xFE, 0x00, 0x12], "not UTF-8"),
        ] as [([UInt8], String)])
    func brokenFiles(contents: [UInt8], message: String) throws {
        let folder = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.json")
        try Data(contents).write(to: file)
        let result = try UpskillBinary.run(["validate", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("A folder loads every *.json in it, in name order")
    func folder() throws {
        let folder = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try #"{"curriculum": "b", "title": "B", "skills": [{"id": "b-skill", "name": "B", "hours": 1, "requires": ["a-skill"]}]}"#
            .write(to: folder.appendingPathComponent("b.json"), atomically: true, encoding: .utf8)
        try #"{"curriculum": "a", "title": "A", "skills": [{"id": "a-skill", "name": "A", "hours": 1, "requires": ["python"]}]}"#
            .write(to: folder.appendingPathComponent("a.json"), atomically: true, encoding: .utf8)
        let result = try UpskillBinary.run(["validate", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let without = try UpskillBinary.run(["validate"])
        let count = try #require(Self.curriculumCount(result.stdout))
        #expect(count == (Self.curriculumCount(without.stdout) ?? 0) + 2)
    }
}
