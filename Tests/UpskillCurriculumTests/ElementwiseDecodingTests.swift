import Testing
import UpskillTestSupport
@testable import UpskillCurriculum

/// Decoding element by element (what ``Curriculum/decodePartially(json:source:)`` does, so
/// that the parser's tape never holds a whole large file) gives the same curriculum and
/// the same diagnostics, messages, paths and positions, as decoding the parsed document.
@Suite("Curriculum decoding element by element")
struct ElementwiseDecodingTests {
    /// What decoding the whole parsed document gives: the reference.
    static func documentDecoding(_ bytes: [UInt8]) -> (Curriculum?, [Diagnostic]) {
        do {
            var decoder = CurriculumDecoder(document: try JSONDocument(bytes: bytes), source: "same.json")
            let curriculum = decoder.decodeCurriculum()
            return (curriculum, decoder.diagnostics.sorted())
        } catch {
            return (
                nil,
                [Diagnostic(.error, error.message, source: "same.json", line: error.position.line, column: error.position.column)]
            )
        }
    }

    /// Files whose root members are what element-by-element decoding must get right: keys
    /// given twice (the first an array or not, spelt with an escape), unknown keys holding
    /// arrays, arrays of the wrong elements, a root that is not an object, nested arrays,
    /// and a syntax error after elements with problems.
    static let files: [String] = [
        #"{"skills": 5, "curriculum": "x", "title": "X", "skills": [{"id": "a", "name": "A", "hours": 1}]}"#,
        #"{"curriculum": "x", "title": "X", "skills": [{"id": "a", "name": "A", "hours": 1}], "sk\u0069lls": [{"id": 2}]}"#,
        #"{"curriculum": "x", "title": "X", "skills": [{"id": "a", "hours": "1"}], "skills": [{"id": 2}], "roles": []}"#,
        #"{"curriculum": "x", "title": "X", "skilz": [{"id": 1}, [2]], "skills": [[], 1, "s", null, {"id": "b", "name": "B", "hours": 2}]}"#,
        #"[{"id": "a"}, {"curriculum": "x"}]"#,
        #"{"curriculum": "x", "skills": [{"id": 5}, {"id": "b", "hours": "x"}], "roles": [{"id": "r"},]}"#,
        #"{"curriculum": "x", "skills": [{"id": 5}, {"id": "b", "hours": "x"}], "roles": [{"id": "r"}"#,
        #"{"format": 2, "curriculum": "x", "title": "X", "roles": [{"id": "r", "name": "R", "milestones": [{"id": "m", "title": "M", "skills": [1]}], "requires": [{"anyOf": ["a", 2]}, 3]}], "extend": [{"skill": "a", "resources": [{"id": "q", "title": "Q", "kind": "bok", "url": "u", "updated": 1800}]}, {"requires": ["a"]}], "resources": [{"id": "q2", "title": "Q", "kind": "book", "url": "u"}]}"#,
        #"{"curriculum": "x", "title": "X", "roles": {"id": "r"}, "resources": "none", "extend": [[]], "skills": [{"id": "a", "name": "A", "hours": 1, "requires": [["a"]], "aliases": [1, "b"], "id": "c"}]}"#,
        #"{}"#,
        #"{"skills": [1, 2], "roles": [{}], "curriculum": 1, "title": null}"#,
        #"{"curriculum": "x", "title": "X", "skills": [{"id": "a", "name": "A", "hours": 1, "requires": ["b"]}, {"id": "b", "name": "B", "hours": 0}], "roles": [{"id": "r", "name": "R", "requires": ["a"]}]}"#,
    ]

    @Test("Each file decodes the same element by element as from the parsed document", arguments: files.indices)
    func sameAsDocument(index: Int) {
        let bytes = Array(Self.files[index].utf8)
        let (curriculum, diagnostics) = Curriculum.decodePartially(json: bytes, source: "same.json")
        let (expectedCurriculum, expectedDiagnostics) = Self.documentDecoding(bytes)
        #expect(curriculum == expectedCurriculum)
        #expect(diagnostics == expectedDiagnostics)
        #expect(diagnostics.map(\.description) == expectedDiagnostics.map(\.description))
    }

    @Test("4,000 mutated files decode the same element by element as from the parsed document")
    func mutatedFilesSameAsDocument() {
        var mutator = Mutator(seed: 18)
        let seeds = (Self.files + CurriculumFuzzTests.seeds).map { Array($0.utf8) }
        var differing: [String] = []
        var decoded = 0
        for index in 0..<4_000 {
            let input = mutator.mutate(seeds[index % seeds.count], splicing: seeds[(index + 3) % seeds.count])
            let (curriculum, diagnostics) = Curriculum.decodePartially(json: input, source: "same.json")
            let (expectedCurriculum, expectedDiagnostics) = Self.documentDecoding(input)
            if curriculum != expectedCurriculum || diagnostics != expectedDiagnostics {
                differing.append(String(decoding: input, as: UTF8.self))
            }
            if curriculum != nil { decoded += 1 }
        }
        #expect(differing.isEmpty, "first differing input: \(differing.first ?? "")")
        #expect(decoded > 50, "the mutations should keep some files decodable")
    }

    @Test("A long skills array decoded element by element reports its problems in document order, each at its line")
    func longArrayInOrder() throws {
        let count = 6_000
        let broken: [Int: String] = [
            7: #"{"id": "s7", "name": "S", "hours": "two"}"#,
            2_999: #"{"id": "s2999", "name": "S", "hours": 1, "hourz": 1}"#,
            5_999: #""s5999""#,
        ]
        let lines = (0..<count).map { index in
            broken[index] ?? #"{"id": "s\#(index)", "name": "S", "hours": 1, "requires": ["s\#(max(0, index - 1))"]}"#
        }
        let json = "{\"curriculum\": \"big\", \"title\": \"Big\", \"skills\": [\n" + lines.joined(separator: ",\n") + "\n], \"titel\": 1}"
        let bytes = Array(json.utf8)
        var decoder = CurriculumDecoder(bytes: bytes, source: "big.json")
        let curriculum = try decoder.decodeCurriculum(elementwise: bytes)
        // The elements as they end, then the root's own members.
        #expect(decoder.diagnostics.map { $0.path?.description ?? "" } == [
            "skills[7].hours", "skills[2999].hourz", "skills[5999]", "titel",
        ])
        #expect(decoder.diagnostics.map { $0.line ?? 0 } == [9, 3_001, 6_001, 6_002])
        #expect(curriculum?.skills.count == count - 1)
        #expect(curriculum?.skills.map(\.id) == (0..<(count - 1)).map { "s\($0)" })
        #expect(curriculum?.skills[4_500].requires == [.skill("s4499")])
    }
}
