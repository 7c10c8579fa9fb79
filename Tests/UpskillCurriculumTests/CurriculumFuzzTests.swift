import Testing
import UpskillCurriculum
import UpskillTestSupport

/// Deterministic mutation fuzzing (issue 16): mutated curricula through the JSON parser,
/// the decoder and the value rules. Each input must end in a value or a typed error; a
/// trap ends the test run, naming nothing, so the seed and case are printed first by
/// `replay` below when a case is investigated.
@Suite("Fuzz: JSON parser and curriculum decoder")
struct CurriculumFuzzTests {
    static let seeds: [String] = [
        #"{"format": 1, "curriculum": "acme", "title": "Acme", "version": "1.2.0", "description": "d", "skills": [{"id": "a", "name": "A", "category": "c", "hours": 2.5, "description": "x", "aliases": ["old-a"]}, {"id": "b", "name": "B", "hours": 3, "requires": ["a", {"anyOf": ["a", "c"]}]}, {"id": "c", "name": "C", "hours": 0}], "roles": [{"id": "r", "name": "R", "includes": [], "requires": ["b"], "milestones": [{"id": "m", "title": "M", "outcome": "o", "skills": ["b"]}]}], "resources": [{"id": "res", "title": "T", "kind": "book", "url": "https://x.example", "hours": 4, "cost": 0, "teaches": ["a"]}], "extend": [{"skill": "a", "requires": ["c"], "resources": [{"id": "r2", "title": "T2", "kind": "docs", "url": "http://y.example"}]}]}"#,
        #"{"curriculum": "x", "title": "X", "skills": [{"id": "s", "name": "S\u001b[2J\u202e", "hours": 1e4}]}"#,
        #"[1, -2.5e3, "\ud83d\ude00", true, false, null, {"": {}}, [[]], "\u0000\t"]"#,
    ]

    @Test("3,000 mutated curricula end in a curriculum or located diagnostics, never a trap")
    func mutatedCurricula() {
        var mutator = Mutator(seed: 16)
        var decoded = 0, rejected = 0
        let seeds = Self.seeds.map { Array($0.utf8) }
        for index in 0..<3_000 {
            let input = mutator.mutate(seeds[index % seeds.count], splicing: seeds[(index + 1) % seeds.count])
            let (curriculum, diagnostics) = Curriculum.decodePartially(json: input, source: "fuzz.json")
            let problems = curriculum?.problems(source: "fuzz.json") ?? []
            if curriculum != nil && diagnostics.isEmpty && problems.isEmpty { decoded += 1 } else { rejected += 1 }
            for diagnostic in diagnostics + problems { #expect(!diagnostic.message.isEmpty) }
        }
        #expect(decoded + rejected == 3_000)
        #expect(decoded > 0 && rejected > 0, "the mutations should both keep and break files")
    }

    @Test("Deep nesting and long inputs are refused with a message, not a stack overflow")
    func deepNesting() {
        for depth in [600, 5_000, 100_000] {
            let bytes = Array(repeating: UInt8(ascii: "["), count: depth) + Array(repeating: UInt8(ascii: "]"), count: depth)
            let (curriculum, diagnostics) = Curriculum.decodePartially(json: bytes, source: "deep.json")
            #expect(curriculum == nil)
            #expect(!diagnostics.isEmpty)
        }
    }
}
