import UpskillTestSupport
import Foundation
import Testing
import UpskillPlanner
import UpskillRendering

/// The JSON writer behind every `--format json`: its layout, its escaping and its numbers,
/// read back by Foundation's parser as an independent judge.
@Suite("JSON writer")
struct JSONWriterTests {
    @Test("Layout: two-space indentation, one member a line, [] and {} when empty")
    func layout() {
        var writer = JSONWriter()
        writer.object { object in
            object.member("name", "docker")
            object.member("hours", 12.5)
            object.member("ready", true)
            object.member("deadline", nil as String?)
            object.member("because", strings: ["kubernetes", "ml-engineer"])
            object.member("none", strings: [])
            object.key("empty")
            object.object { _ in }
            object.key("nested")
            object.array { array in
                array.object { inner in inner.member("skill", "git") }
                array.number(3)
            }
        }
        let text = String(decoding: writer.finished(), as: UTF8.self)
        #expect(
            text == """
                {
                  "name": "docker",
                  "hours": 12.5,
                  "ready": true,
                  "deadline": null,
                  "because": [
                    "kubernetes",
                    "ml-engineer"
                  ],
                  "none": [],
                  "empty": {},
                  "nested": [
                    {
                      "skill": "git"
                    },
                    3
                  ]
                }

                """)
    }

    @Test(
        "Every string comes back as it went in, with no raw control character or U+2028/U+2029",
        arguments: [
            "", "plain", "quote \" and backslash \\", "tab\tnew line\ncarriage\r", "\u{0}\u{1}\u{8}\u{C}\u{1B}[31m\u{1F}",
            "line\u{2028}para\u{2029}end", "café 東京 🚀", "\u{7F} delete", "€ and \u{2027} near the separators",
        ])
    func escaping(_ string: String) throws {
        var writer = JSONWriter()
        writer.array { array in array.string(string) }
        let bytes = writer.finished()
        #expect(!bytes.contains { $0 < 0x20 && $0 != UInt8(ascii: "\n") })
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.unicodeScalars.contains { $0.value == 0x2028 || $0.value == 0x2029 })
        let parsed = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String]
        #expect(parsed == [string])
    }

    @Test(
        "Numbers as people write them",
        arguments: [
            (0.0, "0"), (-0.0, "0"), (12, "12"), (-7, "-7"), (12.5, "12.5"), (0.1, "0.1"), (1e15, "1000000000000000.0"), (1e300, "1e+300"),
            (999_999_999_999_999, "999999999999999"), (-1234567, "-1234567"), (.infinity, "null"), (.nan, "null"),
        ] as [(Double, String)])
    func numbers(_ number: Double, _ expected: String) {
        var writer = JSONWriter()
        writer.number(number)
        let text = String(decoding: writer.finished(), as: UTF8.self)
        #expect(text == expected + "\n")
    }

    @Test(
        "An integer is written as the same number as a Double would be",
        arguments: [0, 7, 9, 10, 99, 100, 30_901, -1, -10, -1234567, 999_999_999_999_999, Int.max, Int.min])
    func integers(_ integer: Int) {
        var writer = JSONWriter()
        writer.integer(integer)
        let text = String(decoding: writer.finished(), as: UTF8.self)
        #expect(text == String(integer) + "\n")
        if integer.magnitude < 1_000_000_000_000_000 {
            var double = JSONWriter()
            double.number(Double(integer))
            let doubleText = double.finished()
            #expect(doubleText == Array(text.utf8))
        }
    }

    @Test(
        "A date is written as its description, in quotes",
        arguments: [
            CivilDate(year: 2026, month: 12, day: 7), CivilDate(year: 2619, month: 2, day: 28),
            CivilDate(year: 1, month: 1, day: 1), CivilDate(year: 999, month: 10, day: 31),
            CivilDate(year: 9_999, month: 12, day: 31), CivilDate(year: 10_000, month: 1, day: 1),
            CivilDate(year: -1, month: 1, day: 1),
        ])
    func dates(_ date: CivilDate) {
        var writer = JSONWriter()
        writer.date(date)
        let text = String(decoding: writer.finished(), as: UTF8.self)
        #expect(text == "\"\(date.description)\"\n")
    }

    @Test("Streamed in small chunks: the same text, each chunk whole UTF-8 ending between elements", arguments: [1, 16, 100])
    func streaming(chunkSize: Int) throws {
        let strings = (0..<60).map { "é \($0) 東京 🚀 \"quoted\"" }
        var whole = JSONWriter()
        whole.object { object in
            object.member("strings", strings: strings)
            object.member("count", integer: strings.count)
        }
        var chunks: [[UInt8]] = []
        JSONWriter.streaming(chunkSize: chunkSize, to: { chunks.append(Array($0)) }) { writer in
            writer.object { object in
                object.member("strings", strings: strings)
                object.member("count", integer: strings.count)
            }
        }
        let expected = whole.finished()
        #expect(Array(chunks.joined()) == expected)
        #expect(chunks.count > 10)
        for chunk in chunks {
            #expect(String(validating: chunk, as: UTF8.self) != nil)
        }
    }

    @Test("Random values written by the writer parse back to themselves", arguments: 0..<40)
    func randomValues(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let value = Self.randomValue(depth: 0, random: &random)
        let text = value.rendered()
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
        #expect(Self.matches(value, parsed))
        #expect(text.hasSuffix("\n"))
    }

    static func randomValue(depth: Int, random: inout SplitMix64) -> JSONOutput {
        let pieces = ["a", "é", "\"", "\\", "\n", "\u{1}", "\u{2028}", "🚀", " ", "key"]
        func string() -> String {
            (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
        }
        switch Int.random(in: depth > 3 ? 0...3 : 0...5, using: &random) {
        case 0: return .string(string())
        case 1: return .number(Double(Int.random(in: -1_000...1_000, using: &random)) / 8)
        case 2: return .bool(Bool.random(using: &random))
        case 3: return .null
        case 4: return .array((0..<Int.random(in: 0...4, using: &random)).map { _ in randomValue(depth: depth + 1, random: &random) })
        default:
            return .object(
                (0..<Int.random(in: 0...4, using: &random)).map { index in
                    ("\(index)" + string(), randomValue(depth: depth + 1, random: &random))
                })
        }
    }

    /// Whether Foundation's reading of the text is the value that was written.
    static func matches(_ value: JSONOutput, _ parsed: Any) -> Bool {
        switch value {
        case .string(let string): return parsed as? String == string
        case .number(let number): return (parsed as? NSNumber)?.doubleValue == number
        case .bool(let bool): return (parsed as? NSNumber).map { $0 == NSNumber(value: bool) } ?? false
        case .null: return parsed is NSNull
        case .array(let elements):
            guard let array = parsed as? [Any], array.count == elements.count else { return false }
            return zip(elements, array).allSatisfy { matches($0, $1) }
        case .object(let members):
            guard let object = parsed as? [String: Any], object.count == members.count else { return false }
            return members.allSatisfy { key, member in object[key].map { matches(member, $0) } ?? false }
        }
    }
}
