import UpskillTestSupport
import Testing
@testable import UpskillCurriculum

/// Decoding curriculum files: every shape problem is reported at once, with its JSON path,
/// line and column, and what would be accepted.
@Suite("Curriculum decoding")
struct CurriculumDecodingTests {
    /// The diagnostics of decoding `json`, or none when it decodes.
    func diagnostics(_ json: String) -> [Diagnostic] {
        Curriculum.diagnostics(decoding: json)
    }

    @Test("A complete curriculum decodes to the values it describes")
    func decodesEverything() throws {
        let curriculum = try Curriculum(
            json: """
                {
                  "curriculum": "ds-to-mle", "title": "DS to MLE", "version": "2.0.0", "description": "For DS.",
                  "skills": [
                    { "id": "docker", "name": "Docker", "category": "infrastructure", "hours": 20,
                      "description": "Containers.", "requires": ["linux-shell", { "anyOf": ["python", "go"] }],
                      "aliases": ["containers"] },
                    { "id": "linux-shell", "name": "Linux shell", "hours": 0.5 }
                  ],
                  "roles": [ { "id": "mle", "name": "MLE", "includes": ["swe"], "requires": ["docker"] } ],
                  "resources": [ { "id": "docs", "title": "Docker docs", "kind": "docs",
                      "url": "https://docs.docker.com/", "hours": 6, "cost": 0, "teaches": ["docker"] } ],
                  "extend": [ { "skill": "kubernetes", "requires": ["acme-basics"],
                      "resources": [ { "id": "acme-k8s", "title": "Acme k8s", "kind": "course", "url": "https://acme.example/k8s" } ] } ]
                }
                """, source: "x.json")
        #expect(curriculum.id == "ds-to-mle")
        #expect(curriculum.version == "2.0.0")
        #expect(curriculum.description == "For DS.")
        #expect(
            curriculum.skills[0]
                == Skill(
                    id: "docker", name: "Docker", category: "infrastructure", hours: 20, description: "Containers.",
                    requires: ["linux-shell", .anyOf(["python", "go"])], aliases: ["containers"]))
        #expect(curriculum.skills[1].category == "general")
        #expect(curriculum.skills[1].hours == 0.5)
        #expect(curriculum.roles == [Role(id: "mle", name: "MLE", includes: ["swe"], requires: ["docker"])])
        #expect(
            curriculum.resources == [
                Resource(
                    id: "docs", title: "Docker docs", kind: .docs, url: "https://docs.docker.com/", hours: 6, cost: 0,
                    teaches: ["docker"])
            ])
        // A resource inside `extend` teaches the extended skill unless it says otherwise.
        #expect(curriculum.extensions[0].resources[0].teaches == ["kubernetes"])
        #expect(curriculum.extensions[0].requires == ["acme-basics"])
    }

    @Test(
        "Shape problems name the JSON path, the line and column, and what was expected",
        arguments: [
            (
                #"{"curriculum": "c", "title": "t", "skills": [{"id": "a", "name": "A", "hours": "ten"}]}"#,
                "skills[0].hours", 1, 80, "expected a number for 'hours', found a string"
            ),
            (
                #"{"curriculum": "c", "title": "t", "skills": [{"id": "a", "name": "A", "hours": 1, "require": ["b"]}]}"#,
                "skills[0].require", 1, 83, "unknown key 'require' in a skill; did you mean 'requires'?"
            ),
            (
                #"{"curriculum": "c", "title": "t", "skills": [{"id": "a", "name": "A"}]}"#,
                "skills[0]", 1, 46, "a skill is missing 'hours' (a number ≥ 0 (0 for a milestone))"
            ),
            (
                #"{"curriculum": "c", "title": "t", "skills": [{"id": "a", "name": "A", "hours": 1, "requires": [{"anyOf": ["b", 3]}]}]}"#,
                "skills[0].requires[0].anyOf[1]", 1, 112, "expected a skill id (a string), found a number"
            ),
            (
                #"{"curriculum": "c", "title": "t", "skills": [{"id": "a", "name": "A", "hours": 1, "requires": [7]}]}"#,
                "skills[0].requires[0]", 1, 96, #"expected a skill id or {"anyOf": [ids]}, found a number"#
            ),
            (
                #"{"curriculum": "c", "title": "t", "skills": {}}"#,
                "skills", 1, 45, "expected an array for 'skills', found an object"
            ),
            (
                #"{"curriculum": "c", "title": "t", "resources": [{"id": "r", "title": "R", "kind": "vidoe", "url": "https://x", "teaches": ["a"]}]}"#,
                "resources[0].kind", 1, 83, "unknown resource kind 'vidoe'; did you mean 'video'?"
            ),
            (
                #"{"curriculum": "c", "title": "t", "title": "u"}"#,
                "title", 1, 35, "key 'title' appears twice in a curriculum"
            ),
            (
                #"[1, 2]"#, "(root)", 1, 1, "expected a curriculum (an object), found an array"
            ),
            (
                #"{"curriculum": "c", "title": "t", "format": 2}"#,
                "format", 1, 45, "written for format version 2, but this upskill reads version 1"
            ),
        ] as [(String, String, Int, Int, String)])
    func shapeProblem(json: String, path: String, line: Int, column: Int, message: String) {
        let found = diagnostics(json)
        #expect(found.count == 1, "\(found)")
        guard let diagnostic = found.first else { return }
        #expect(diagnostic.path?.description ?? "(root)" == path)
        #expect(diagnostic.line == line)
        #expect(diagnostic.column == column)
        #expect(diagnostic.message.contains(message), "\(diagnostic.message)")
        #expect(diagnostic.description.hasPrefix("test.json:\(line):\(column): error: "))
    }

    @Test("Every shape problem of a file is reported at once, in source order")
    func reportsAllProblems() {
        let found = diagnostics(
            """
            {
              "curriculum": "c",
              "skills": [
                { "id": "a", "name": "A", "hours": true },
                { "id": "b", "nmae": "B", "hours": 1 }
              ]
            }
            """)
        #expect(
            found.map(\.description) == [
                "test.json:1:1: error: a curriculum is missing 'title' (a human title)",
                "test.json:4:40: error: skills[0].hours: expected a number for 'hours', found a boolean",
                "test.json:5:5: error: skills[1]: a skill is missing 'name' (a display name, e.g. \"Docker\")",
                "test.json:5:18: error: skills[1].nmae: unknown key 'nmae' in a skill; did you mean 'name'? allowed keys: id, name, category, hours, description, requires, aliases",
            ])
    }

    @Test("Syntax errors become one diagnostic with the line and column")
    func syntaxError() {
        let found = diagnostics("{\n  \"curriculum\": \"c\",\n  \"title\": \"t\",\n}")
        #expect(found.count == 1)
        #expect(found.first?.line == 4)
        #expect(found.first?.column == 1)
        #expect(found.first?.description.hasPrefix("test.json:4:1: error: ") == true)
    }

    @Test("Input that is not a curriculum fails with a diagnostic, never a crash", arguments: [
        "", "   \n", "\u{FEFF}", "null", "{", "{\"curriculum\":", String(repeating: "[", count: 100_000),
        String(repeating: "{\"a\":", count: 10_000), "\u{00}\u{FF}\u{FE}garbage",
    ])
    func garbage(_ input: String) {
        #expect(!diagnostics(input).isEmpty)
    }

    @Test("Binary garbage fails with a diagnostic, never a crash")
    func binaryGarbage() {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<200 {
            let bytes = (0..<Int(generator.next() % 200)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            do {
                _ = try Curriculum(json: bytes, source: "garbage.bin")
            } catch {
                #expect(!error.diagnostics.isEmpty)
            }
        }
    }

    @Test("A long skills array reports its problems in document order, each at its line")
    func longArrayInOrder() throws {
        let count = 6_000
        // One skill a line; line 1 is the header, so skills[i] is on line i + 2.
        let broken: [Int: String] = [
            7: #"{"id": "s7", "name": "S", "hours": "two"}"#,
            2_999: #"{"id": "s2999", "name": "S", "hours": 1, "hourz": 1}"#,
            3_000: #"{"id": "s3000", "hours": 1}"#,
            5_999: #""s5999""#,
        ]
        let lines = (0..<count).map { index in
            broken[index] ?? #"{"id": "s\#(index)", "name": "S", "hours": 1, "requires": ["s\#(max(0, index - 1))"]}"#
        }
        let json = "{\"curriculum\": \"big\", \"title\": \"Big\", \"skills\": [\n" + lines.joined(separator: ",\n") + "\n]}"
        // The decoder's own list, before any sorting: in document order.
        var decoder = CurriculumDecoder(document: try JSONDocument(bytes: Array(json.utf8)), source: "big.json")
        let curriculum = decoder.decodeCurriculum()
        #expect(decoder.diagnostics.map { $0.path?.description ?? "" } == [
            "skills[7].hours", "skills[2999].hourz", "skills[3000]", "skills[5999]",
        ])
        #expect(decoder.diagnostics.map { $0.line ?? 0 } == [9, 3_001, 3_002, 6_001])
        // Every skill whose id can be read is kept, in order; the bare string is not a skill.
        #expect(curriculum?.skills.count == count - 1)
        #expect(curriculum?.skills.map(\.id) == (0..<(count - 1)).map { "s\($0)" })
        #expect(curriculum?.skills[4_500].requires == [.skill("s4499")])
    }
}
