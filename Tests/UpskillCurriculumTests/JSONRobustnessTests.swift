import UpskillTestSupport
import Testing
import UpskillCurriculum

@Suite("JSONDocument robustness: any bytes give a document or a JSONSyntaxError")
struct JSONRobustnessTests {
    /// Bytes that matter to the grammar, with some non-ASCII ones, for plausible garbage.
    private static let alphabet: [UInt8] = Array(#"{}[]:,"\ 0123456789-+.eEtrufalsnu/x"#.utf8)
        + [0x0A, 0x0D, 0x09, 0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0xED, 0xFF]

    /// Parses `bytes` and checks the outcome is consistent: an error inside the file with
    /// the right position, or a document whose every value can be read.
    @discardableResult
    private static func check(
        _ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation
    ) -> JSONSyntaxError? {
        do {
            let document = try JSONDocument(bytes: bytes)
            walk(document.root)
            return nil
        } catch {
            #expect(!error.message.isEmpty, sourceLocation: sourceLocation)
            #expect(error.offset >= 0 && error.offset <= bytes.count, sourceLocation: sourceLocation)
            #expect(
                error.position == JSONDocumentTests.referencePosition(error.offset, in: bytes),
                "\(error.message)",
                sourceLocation: sourceLocation
            )
            return error
        }
    }

    /// Reads every value under `root`, without recursion.
    private static func walk(_ root: JSONValue) {
        var pending = [root]
        while let value = pending.popLast() {
            _ = value.position
            switch value.kind {
            case .object:
                for member in value.members ?? [] {
                    _ = value.member(member.key)
                    pending.append(member.value)
                }
            case .array: pending.append(contentsOf: value.elements ?? [])
            case .string: _ = value.string
            case .number: #expect(value.number?.isFinite == true)
            case .bool: #expect(value.bool != nil)
            case .null: #expect(value.isNull)
            }
        }
    }

    @Test func everyPrefixOfACurriculum() throws {
        let bytes = Array(JSONTestFixtures.curriculum.utf8)
        let end = try #require(bytes.lastIndex(of: UInt8(ascii: "}"))) + 1
        for length in 0...bytes.count {
            let error = Self.check(Array(bytes[0..<length]))
            // Only the whole object, with or without its trailing newline, is valid.
            #expect((error == nil) == (length >= end), "prefix of \(length) bytes: \(error?.message ?? "valid")")
        }
    }

    @Test func everyPrefixOfASmallDocumentWithEveryKindOfToken() throws {
        let text = #"{"a": [1, -2.5e+3, true, false, null, "\u00e9\uD83D\uDE00\n", "日本"], "b": {"c": {}}}"#
        let bytes = Array(text.utf8)
        for length in 0..<bytes.count {
            #expect(Self.check(Array(bytes[0..<length])) != nil)
        }
        #expect(Self.check(bytes) == nil)
    }

    @Test func randomBytes() {
        var random = SplitMix64(seed: 0x5EED)
        for round in 0..<2_000 {
            let length = Int.random(in: 0...48, using: &random)
            let bytes: [UInt8] =
                round.isMultiple(of: 2)
                ? (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
                : (0..<length).map { _ in Self.alphabet.randomElement(using: &random) ?? 0 }
            Self.check(bytes)
        }
    }

    @Test func randomMutationsOfACurriculum() {
        var random = SplitMix64(seed: 42)
        let original = Array(JSONTestFixtures.curriculum.utf8)
        var valid = 0
        for _ in 0..<1_500 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let index = Int.random(in: 0..<bytes.count, using: &random)
                let byte =
                    Bool.random(using: &random)
                    ? Self.alphabet.randomElement(using: &random) ?? 0
                    : UInt8.random(in: 0...255, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes[index] = byte
                case 1: bytes.insert(byte, at: index)
                case 2: bytes.remove(at: index)
                default:
                    let end = min(bytes.count, index + Int.random(in: 1...20, using: &random))
                    let target = Int.random(in: 0..<bytes.count, using: &random)
                    bytes.insert(contentsOf: bytes[index..<end], at: target)
                }
            }
            if Self.check(bytes) == nil { valid += 1 }
        }
        // Some mutations (inside strings, digits for digits) keep the file valid.
        #expect(valid > 0)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        for opener in ["[", "{\"k\":", "[{\"k\":"] {
            let bytes = Array(String(repeating: opener, count: 100_000).utf8)
            let error = Self.check(bytes)
            #expect(error?.message == "nesting deeper than 512 levels")
        }
    }

    @Test func emptyAndBlankFiles() {
        for text in ["", " ", "\n\n\n", "\r\n\t  \r\n", "\u{FEFF}", "\u{FEFF}  \n"] {
            let error = Self.check(Array(text.utf8))
            #expect(error?.message == "the file is empty: expected a JSON value")
        }
    }

    @Test func fiveMegabyteDocument() throws {
        let skills = 20_000
        let text = JSONTestFixtures.syntheticCurriculum(skills: skills)
        #expect(text.utf8.count > 5_000_000)
        let document = try JSONDocument(text: text)
        let elements = try #require(document.root.member("skills")?.elements)
        #expect(elements.count == skills)
        #expect(elements.last?.member("id")?.string == "skill-\(skills - 1)")
        #expect(
            elements.last?.member("description")?.string
                == "Description of skill \(skills - 1) with \"quotes\" and é."
        )
        #expect(elements.last?.member("hours")?.number == Double((skills - 1) % 97) + 0.5)
        #expect(elements[10].member("milestone")?.bool == true)
        #expect(elements.last?.position.line == skills + 1)
    }
}
