import Testing

import UpskillCurriculum

@Suite("JSONDocument: values, strings, numbers, members and positions")
struct JSONDocumentTests {
    // MARK: - Kinds

    @Test("every kind of value", arguments: [
        ("{}", JSONValue.Kind.object, "an object"),
        ("[]", .array, "an array"),
        (#""x""#, .string, "a string"),
        ("-12.5e3", .number, "a number"),
        ("true", .bool, "a boolean"),
        ("false", .bool, "a boolean"),
        ("null", .null, "null"),
    ])
    func kinds(text: String, kind: JSONValue.Kind, description: String) throws {
        let root = try JSONDocument(text: text).root
        #expect(root.kind == kind)
        #expect(root.kind.description == description)
        #expect(root.offset == 0)
        #expect(root.endOffset == text.utf8.count)
        #expect(root.position == SourcePosition(line: 1, column: 1))
        #expect((root.string != nil) == (kind == .string))
        #expect((root.number != nil) == (kind == .number))
        #expect((root.bool != nil) == (kind == .bool))
        #expect(root.isNull == (kind == .null))
        #expect((root.elements != nil) == (kind == .array))
        #expect((root.members != nil) == (kind == .object))
        #expect((root.count != nil) == (kind == .array || kind == .object))
        #expect(root.member("x") == nil)
    }

    @Test func booleansAndNull() throws {
        let elements = try #require(try JSONDocument(text: " [ true , false , null ] ").root.elements)
        #expect(elements.map(\.bool) == [true, false, nil])
        #expect(elements.map(\.isNull) == [false, false, true])
        #expect(elements.map(\.offset) == [3, 10, 18])
        #expect(elements.map(\.endOffset) == [7, 15, 22])
    }

    @Test func nestedContainers() throws {
        let document = try JSONDocument(text: #"{"a": [1, [2, 3], {"b": []}, {}], "c": {"d": {"e": null}}}"#)
        let a = try #require(document.root.member("a")?.elements)
        #expect(a.map(\.kind) == [.number, .array, .object, .object])
        #expect(a[1].elements?.compactMap(\.number) == [2, 3])
        #expect(a[2].member("b")?.elements?.isEmpty == true)
        #expect(a[3].members?.isEmpty == true)
        #expect(a[3].count == 0)
        #expect(document.root.count == 2)
        #expect(document.root.member("a")?.count == 4)
        #expect(document.root.member("c")?.member("d")?.member("e")?.isNull == true)
        #expect(document.root.member("c")?.endOffset == document.bytes.count - 1)
        #expect(document.root.endOffset == document.bytes.count)
    }

    /// The tape is first sized for a curriculum's density (a value per 10 bytes); a file
    /// denser than that is parsed again with room for the most it can hold.
    @Test("files denser than a curriculum are parsed whole", arguments: [1, 7, 100, 5_000])
    func denseFiles(count: Int) throws {
        let digits = "[" + Array(repeating: "1", count: count).joined(separator: ",") + "]"
        let elements = try #require(try JSONDocument(text: digits).root.elements)
        #expect(elements.count == count)
        #expect(elements.allSatisfy { $0.number == 1 })
        #expect(elements.last?.offset == 2 * count - 1)

        let nested = String(repeating: "[", count: min(count, 500)) + String(repeating: "]", count: min(count, 500))
        var value = try JSONDocument(text: nested).root
        var depth = 1
        while let inner = value.elements?.first {
            value = inner
            depth += 1
        }
        #expect(depth == min(count, 500))

        let keys = "{" + (0..<count).map { "\"\":\($0 % 10)" }.joined(separator: ",") + "}"
        #expect(try JSONDocument(text: keys).root.members?.count == count)
    }

    @Test("an unclosed dense array names where it opened, past the first tape's room")
    func unclosedDenseArray() {
        let text = "{\"a\":\n[" + Array(repeating: "1", count: 1_000).joined(separator: ",")
        do throws(JSONSyntaxError) {
            _ = try JSONDocument(text: text)
            Issue.record("an unclosed array parsed")
        } catch {
            #expect(error.message == "unexpected end of file: the array opened at 2:1 is not closed")
        }
    }

    @Test func realisticCurriculum() throws {
        let document = try JSONDocument(text: JSONTestFixtures.curriculum)
        let root = document.root
        #expect(root.members?.map(\.key) == [
            "format", "id", "title", "version", "description", "skills", "roles", "resources", "extensions",
        ])
        #expect(root.member("format")?.number == 1)
        #expect(
            root.member("description")?.string
                == "For data scientists who ship models: \"from notebook to production\".\n"
                + "No prior ops experience needed."
        )
        let skills = try #require(root.member("skills")?.elements)
        #expect(skills.compactMap { $0.member("id")?.string } == ["python", "docker", "kubernetes", "ml-serving"])
        #expect(skills.compactMap { $0.member("hours")?.number } == [40, 12.5, 30, 15])
        #expect(skills[1].member("description")?.string == "Images, containers, volumes — and compose.")
        #expect(skills[2].member("name")?.string == "Kubernetes 🚀")
        #expect(skills[2].member("description")?.string == "Déploiements, services and données persistantes.")
        let requires = try #require(skills[2].member("requires")?.elements)
        #expect(requires[0].string == "docker")
        #expect(requires[1].member("anyOf")?.elements?.compactMap(\.string) == ["aws", "gcp", "azure"])
        #expect(skills[2].position == SourcePosition(line: 25, column: 5))
        #expect(skills[2].member("hours")?.position == SourcePosition(line: 29, column: 16))
        let resources = try #require(root.member("resources")?.elements)
        #expect(resources[0].member("url")?.string == "https://docs.docker.com/get-started/")
        #expect(resources[1].member("cost")?.number == 49.99)
        #expect(resources[1].member("rating")?.isNull == true)
        #expect(resources[1].member("featured")?.bool == true)
    }

    // MARK: - Strings

    @Test("escapes and unicode", arguments: [
        (#""""#, ""),
        (#""plain ASCII""#, "plain ASCII"),
        (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{8}\u{C}\n\r\t"),
        (#""\u0041\u00e9\u20AC\u00E9""#, "Aé€é"),
        (#""\u0000 and \u001f""#, "\u{0} and \u{1F}"),
        (#""\uD83D\uDE00 via a surrogate pair""#, "😀 via a surrogate pair"),
        (#""\ud83d\ude80\uD834\uDD1E""#, "🚀𝄞"),
        ("\"raw: 日本語, é, 🚀, \u{7F}\"", "raw: 日本語, é, 🚀, \u{7F}"),
        (#""mixed é\t😀\u00e9 end""#, "mixed é\t😀é end"),
        (#""\uFFFF\uFEFF""#, "\u{FFFF}\u{FEFF}"),
    ])
    func strings(text: String, expected: String) throws {
        let root = try JSONDocument(text: text).root
        #expect(root.string == expected)
        #expect(root.string?.utf8.elementsEqual(expected.utf8) == true)
    }

    @Test func longStringsAcrossWordBoundaries() throws {
        for length in 0..<40 {
            let body = String(repeating: "ab", count: length)
            for suffix in ["", "é", #"\n"#, "🚀"] {
                let document = try JSONDocument(text: "[\"\(body)\(suffix)\", \"\(suffix)\(body)\"]")
                let elements = try #require(document.root.elements)
                let decodedSuffix = suffix == #"\n"# ? "\n" : suffix
                #expect(elements.map(\.string) == [body + decodedSuffix, decodedSuffix + body])
            }
        }
    }

    // MARK: - Numbers

    @Test("numbers are correctly rounded", arguments: [
        "0", "-0", "1", "-1", "42", "12.5", "-0.75", "0.1", "0.30000000000000004", "1e3", "1E3", "1e+3",
        "1.5e-3", "-2.5E+10", "123456789012345678901234567890", "9007199254740993", "9007199254740992",
        "18446744073709551615", "1.7976931348623157e308", "2.2250738585072014e-308", "5e-324", "4.9e-324",
        "1e-400", "0e999", "0.000000000000000000000000001", "3.141592653589793238462643383279",
        "1e22", "1e23", "8.98846567431158e307", "0.1e1", "100000000000000000000000e-2",
    ])
    func numbers(text: String) throws {
        let value = try #require(try JSONDocument(text: text).root.number)
        let expected = try #require(Double(text))
        #expect(value == expected)
        #expect(value.sign == expected.sign)
    }

    @Test func negativeZeroKeepsItsSign() throws {
        let value = try #require(try JSONDocument(text: "-0").root.number)
        #expect(value == 0 && value.sign == .minus)
        let fraction = try #require(try JSONDocument(text: "-0.0e5").root.number)
        #expect(fraction.sign == .minus)
    }

    // MARK: - Members

    @Test func duplicateKeysAreKeptInOrder() throws {
        let root = try JSONDocument(text: #"{"a": 1, "b": 2, "a": 3, "c": {"a": 4}}"#).root
        let members = try #require(root.members)
        #expect(members.map(\.key) == ["a", "b", "a", "c"])
        #expect(members.map(\.value.kind) == [.number, .number, .number, .object])
        #expect(members.map(\.keyOffset) == [1, 9, 17, 25])
        #expect(members[2].value.number == 3)
        #expect(root.member("a")?.number == 1)
        #expect(root.member("c")?.member("a")?.number == 4)
        #expect(root.member("d") == nil)
        #expect(root.member("") == nil)
        #expect(members[3].keyPosition == SourcePosition(line: 1, column: 26))
    }

    @Test func memberLookupComparesDecodedKeys() throws {
        let text = #"{"a\u0062": 1, "é": 2, "\ud83d\ude80": 3, "": 4, "k\"q": 5, "long-key-name": 6}"#
        let root = try JSONDocument(text: text).root
        #expect(root.member("ab")?.number == 1)
        #expect(root.member("é")?.number == 2)
        #expect(root.member("🚀")?.number == 3)
        #expect(root.member("")?.number == 4)
        #expect(root.member("k\"q")?.number == 5)
        #expect(root.member("long-key-name")?.number == 6)
        #expect(root.member("a") == nil)
        #expect(root.member("abc") == nil)
        #expect(root.member("long-key-nam") == nil)
        // Keys compare by code points, as JSON does: a decomposed é is another key.
        #expect(root.member("e\u{301}") == nil)
        #expect(root.members?.map(\.key) == ["ab", "é", "🚀", "", "k\"q", "long-key-name"])
    }

    @Test func memberOfNonObjectIsNil() throws {
        let root = try JSONDocument(text: #"[{"a": 1}]"#).root
        #expect(root.member("a") == nil)
        #expect(root.elements?.first?.member("a")?.number == 1)
    }

    // MARK: - Positions

    @Test("position(ofOffset:) with LF and CRLF line ends", arguments: ["\n", "\r\n", "\r"])
    func positions(newline: String) throws {
        let text = ["{", #"  "a": 1,"#, #"  "b": ["#, "    true", "  ]", "}", ""].joined(separator: newline)
        let document = try JSONDocument(text: text)
        let b = try #require(document.root.member("b"))
        #expect(b.position == SourcePosition(line: 3, column: 8))
        #expect(b.elements?.first?.position == SourcePosition(line: 4, column: 5))
        #expect(document.root.member("a")?.position == SourcePosition(line: 2, column: 8))
        #expect(document.root.members?.last?.keyPosition == SourcePosition(line: 3, column: 3))
        let bytes = Array(text.utf8)
        for offset in 0...bytes.count {
            #expect(document.position(ofOffset: offset) == Self.referencePosition(offset, in: bytes))
        }
        // Out-of-range offsets are clamped.
        #expect(document.position(ofOffset: -5) == SourcePosition(line: 1, column: 1))
        #expect(document.position(ofOffset: bytes.count + 10) == document.position(ofOffset: bytes.count))
    }

    @Test func positionOfTheLineEndItself() throws {
        let document = try JSONDocument(text: "[1,\r\n2]")
        #expect(document.position(ofOffset: 3) == SourcePosition(line: 1, column: 4))  // \r
        #expect(document.position(ofOffset: 4) == SourcePosition(line: 1, column: 5))  // \n
        #expect(document.position(ofOffset: 5) == SourcePosition(line: 2, column: 1))
    }

    @Test func columnsCountUTF8Bytes() throws {
        let document = try JSONDocument(text: #"["é🚀", 7]"#)
        #expect(document.root.elements?.last?.position == SourcePosition(line: 1, column: 12))
    }

    @Test func byteOrderMarkIsSkippedAndTakesNoColumn() throws {
        let document = try JSONDocument(bytes: [0xEF, 0xBB, 0xBF] + Array(#"{"a": [1]}"#.utf8))
        #expect(document.root.offset == 3)
        #expect(document.root.position == SourcePosition(line: 1, column: 1))
        #expect(document.root.member("a")?.position == SourcePosition(line: 1, column: 7))
        #expect(document.root.member("a")?.elements?.first?.number == 1)
    }

    @Test func sourcePositionDescriptionAndOrder() {
        #expect(SourcePosition(line: 3, column: 12).description == "3:12")
        #expect(SourcePosition(line: 2, column: 40) < SourcePosition(line: 3, column: 1))
        #expect(SourcePosition(line: 3, column: 1) < SourcePosition(line: 3, column: 2))
    }

    @Test func errorDiagnosticIsCompilerStyle() {
        let error = JSONSyntaxError(
            message: "invalid number '01'", offset: 9, position: SourcePosition(line: 2, column: 7)
        )
        #expect(error.diagnostic(path: "Curricula/x.json") == "Curricula/x.json:2:7: error: invalid number '01'")
        #expect(error.description == "2:7: invalid number '01'")
    }

    // MARK: - API

    @Test func textAndBytesGiveTheSameDocument() throws {
        let fromText = try JSONDocument(text: JSONTestFixtures.curriculum)
        let fromBytes = try JSONDocument(bytes: Array(JSONTestFixtures.curriculum.utf8))
        #expect(fromText.bytes == fromBytes.bytes)
        #expect(fromText.root.count == fromBytes.root.count)
        #expect(fromText.root.members?.map(\.key) == fromBytes.root.members?.map(\.key))
    }

    @Test func valuesCrossConcurrencyDomains() async throws {
        let document = try JSONDocument(text: JSONTestFixtures.curriculum)
        let root = document.root
        let ids = await Task.detached {
            root.member("skills")?.elements?.compactMap { $0.member("id")?.string }
        }.value
        #expect(ids == ["python", "docker", "kubernetes", "ml-serving"])
        async let first = Task.detached { document.position(ofOffset: 100) }.value
        async let second = Task.detached { document.position(ofOffset: 100) }.value
        let positions = await [first, second]
        #expect(positions[0] == positions[1])
    }

    /// Line and column of `offset`, worked out the slow, obvious way.
    static func referencePosition(_ offset: Int, in bytes: [UInt8]) -> SourcePosition {
        var line = 1
        var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var index = lineStart
        while index < min(offset, bytes.count) {
            let isLoneCR = bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)
            if bytes[index] == 0x0A || isLoneCR {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return SourcePosition(line: line, column: max(0, min(offset, bytes.count) - lineStart) + 1)
    }
}
