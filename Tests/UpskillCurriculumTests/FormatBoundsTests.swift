import Testing
import UpskillCurriculum

/// The bounds of the format (issue 16, findings 1 and 5): a format version, hours or a
/// cost out of range is a diagnostic with its line and column, never a trap.
@Suite("Format bounds")
struct FormatBoundsTests {
    /// The problems of a curriculum as `line:column: path: message`.
    static func problems(_ json: String) -> [String] {
        let (curriculum, diagnostics) = Curriculum.decodePartially(json: Array(json.utf8), source: "test.json")
        let all = diagnostics + (curriculum?.problems(source: "test.json") ?? [])
        return all.map { "\($0.path?.description ?? ""): \($0.message)" }
    }

    @Test(
        "A format version that is not a whole number in range is unsupported, not a crash",
        arguments: ["1e19", "-1e19", "1e308", "2.5", "0", "-3", "1000001"])
    func formatVersion(_ value: String) {
        let found = Self.problems(#"{"format": \#(value), "curriculum": "c", "title": "T"}"#)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("format: unsupported format version") == true, "\(found)")
    }

    @Test("A newer whole format version asks for a newer upskill")
    func newerFormat() {
        #expect(
            Self.problems(#"{"format": 7, "curriculum": "c", "title": "T"}"#) == [
                "format: this curriculum is written for format version 7, but this upskill reads version 1; upgrade upskill"
            ])
    }

    @Test("Skill hours above the bound are an error", arguments: ["10000.5", "1e7", "1e19", "1.7e308"])
    func skillHours(_ value: String) {
        let found = Self.problems(#"{"curriculum": "c", "title": "T", "skills": [{"id": "a", "name": "A", "hours": \#(value)}]}"#)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("skills[0].hours: hours must be a number from 0 (for a milestone) to 10000") == true, "\(found)")
    }

    @Test("The bound itself is accepted")
    func boundAccepted() {
        #expect(Self.problems(#"{"curriculum": "c", "title": "T", "skills": [{"id": "a", "name": "A", "hours": 10000}]}"#).isEmpty)
    }

    @Test("Resource hours and cost above their bounds are errors")
    func resourceBounds() {
        let found = Self.problems(
            #"{"curriculum": "c", "title": "T", "skills": [{"id": "a", "name": "A", "hours": 1}], "resources": [{"id": "r", "title": "R", "kind": "book", "url": "https://x.example", "hours": 1e9, "cost": 1e12, "teaches": ["a"]}]}"#
        )
        #expect(
            found == [
                "resources[0].hours: hours must be a number from 0 to 10000, not 1000000000",
                "resources[0].cost: cost must be a number from 0 (for free) to 1000000, not 1000000000000",
            ])
    }
}
