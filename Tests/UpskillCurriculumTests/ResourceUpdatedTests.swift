import Testing
import UpskillCurriculum

/// A resource's `updated` year: the year its entry was last checked against the material.
@Suite("Resource updated year")
struct ResourceUpdatedTests {
    /// A curriculum with one resource whose `updated` member is `year` (JSON text).
    func curriculum(updated year: String) -> String {
        """
        {"curriculum": "c", "title": "t",
         "skills": [{"id": "a", "name": "A", "hours": 1}],
         "resources": [{"id": "r", "title": "R", "kind": "docs", "url": "https://r.example/",
                        "teaches": ["a"], "updated": \(year)}]}
        """
    }

    @Test("A whole year in range decodes, and equals the DSL's spelling")
    func decodes() throws {
        let decoded = try Curriculum(json: curriculum(updated: "2026"), source: "c.json")
        #expect(decoded.resources[0].updated == 2026)
        let written = Curriculum("c", title: "t") {
            Skill("a", name: "A", hours: 1)
            Resource("r", title: "R", kind: .docs, url: "https://r.example/", teaches: ["a"], updated: 2026)
        }
        #expect(written.resources == decoded.resources)
    }

    @Test("A missing year is unknown, not an error")
    func missing() throws {
        let json = curriculum(updated: "2026").replacingOccurrences(of: #", "updated": 2026"#, with: "")
        #expect(try Curriculum(json: json, source: "c.json").resources[0].updated == nil)
    }

    @Test(
        "A year that is not a whole number from 1990 to 2100 is refused where it stands",
        arguments: ["2026.5", "1989", "2101", "1e19", "-2026", #""2026""#])
    func refused(year: String) {
        let diagnostics = Curriculum.diagnostics(decoding: curriculum(updated: year))
        #expect(diagnostics.count == 1)
        let message = diagnostics.first?.description ?? ""
        #expect(message.contains("resources[0].updated"))
        #expect(message.contains(year.hasPrefix("\"") ? "expected a number" : "from 1990 to 2100"))
    }

    @Test("The DSL's year is checked by validation like the file's")
    func validated() {
        let written = Curriculum("c", title: "t") {
            Skill("a", name: "A", hours: 1)
            Resource("r", title: "R", kind: .docs, url: "https://r.example/", teaches: ["a"], updated: 26)
        }
        let problems = written.problems(source: "c.swift").map(\.description)
        #expect(problems.contains { $0.contains("updated") && $0.contains("not 26") })
    }
}
