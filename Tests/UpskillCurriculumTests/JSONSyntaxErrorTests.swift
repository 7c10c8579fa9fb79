import Testing
import UpskillCurriculum

@Suite("JSONSyntaxError: messages and positions")
struct JSONSyntaxErrorTests {
    /// A file that is not valid JSON, and the error it must give.
    struct Case: Sendable, CustomTestStringConvertible {
        var bytes: [UInt8]
        var message: String
        var line: Int
        var column: Int

        init(_ text: String, _ message: String, _ line: Int, _ column: Int) {
            self.init(bytes: Array(text.utf8), message, line, column)
        }

        init(bytes: [UInt8], _ message: String, _ line: Int, _ column: Int) {
            self.bytes = bytes
            self.message = message
            self.line = line
            self.column = column
        }

        var testDescription: String {
            String(decoding: bytes.prefix(40), as: UTF8.self).debugDescription
        }
    }

    /// `prefix`, then the raw bytes `raw`, then `suffix`.
    static func bytes(_ prefix: String, _ raw: [UInt8], _ suffix: String = "") -> [UInt8] {
        Array(prefix.utf8) + raw + Array(suffix.utf8)
    }

    static let cases: [Case] = [
        // Structure.
        Case(#"{"a": 1]"#, "expected ',' or '}' after an object member, found ']'", 1, 8),
        Case(#"{"a": 1 "b": 2}"#, "expected ',' or '}' after an object member, found '\"'", 1, 9),
        Case("[1 2]", "expected ',' or ']' after an array element, found '2'", 1, 4),
        Case("[1}", "expected ',' or ']' after an array element, found '}'", 1, 3),
        Case(#"{"a" 1}"#, "expected ':' after an object key, found '1'", 1, 6),
        Case("[}", "expected a value, found '}'", 1, 2),
        Case("{\n  \"a\": }", "expected a value, found '}'", 2, 8),
        Case("[1,]", "expected a value after ',', found ']' (JSON does not allow trailing commas)", 1, 4),
        Case("{\"a\": 1,\n}", "expected a string key after ',', found '}' (JSON does not allow trailing", 2, 1),
        Case(#"{"a": 1, 2}"#, "expected a string key after ',', found '2'", 1, 10),
        Case("{a: 1}", "expected a string key or '}' after '{', found 'a' (object keys must be strings", 1, 2),
        Case("['a']", "expected a value, found ''' (JSON strings use double quotes)", 1, 2),
        Case("// comment\n{}", "expected a value, found '/' (JSON does not allow comments)", 1, 1),
        Case("[1, /* two */ 2]", "expected a value, found '/' (JSON does not allow comments)", 1, 5),
        Case("[tru]", "expected a value, found 'tru'", 1, 2),
        Case("[True]", "expected a value, found 'True' (JSON's literals are lowercase", 1, 2),
        Case("[nulls]", "expected a value, found 'nulls'", 1, 2),
        Case("[NaN]", "expected a value, found 'NaN' (JSON has no NaN or Infinity)", 1, 2),
        Case("[é]", "expected a value, found 'é' (U+00E9)", 1, 2),
        Case(#"["é", x]"#, "expected a value, found 'x'", 1, 8),
        Case(bytes: bytes("[", [0], "]"), "expected a value, found control character U+0000", 1, 2),
        Case("{} x", "trailing content after the JSON value: found 'x'", 1, 4),
        Case("1 2", "trailing content after the JSON value: found '2'", 1, 3),
        Case("[1]\n]", "trailing content after the JSON value: found ']'", 2, 1),
        Case("[1,\r\n  2,\r\n  x]", "expected a value, found 'x'", 3, 3),
        // The end of the file.
        Case("", "the file is empty: expected a JSON value", 1, 1),
        Case("  \n\t ", "the file is empty: expected a JSON value", 2, 3),
        Case(bytes: [0xEF, 0xBB, 0xBF], "the file is empty: expected a JSON value", 1, 1),
        Case("{\"a\":\n    [1, 2", "unexpected end of file: the array opened at 2:5 is not closed", 2, 10),
        Case(#"{"a""#, "unexpected end of file: the object opened at 1:1 is not closed", 1, 5),
        Case("[[], {", "unexpected end of file: the object opened at 1:6 is not closed", 1, 7),
        Case("{\n  \"a\": 1,\n  \"b\": \"abc", "unterminated string (it starts at 3:8)", 3, 12),
        Case(#""abc\"#, "unterminated string (it starts at 1:1)", 1, 6),
        Case(#"["\u12"#, "unterminated string (it starts at 1:2)", 1, 7),
        // Strings.
        Case(
            #"["\q"]"#, #"invalid escape '\q' in a string; valid escapes are \" \\ \/ \b \f \n \r \t \uXXXX"#, 1, 3
        ),
        Case(#"["ab\x41"]"#, #"invalid escape '\x' in a string"#, 1, 5),
        Case("[\"\\ \"]", #"invalid escape '\' followed by a space in a string"#, 1, 3),
        Case(
            #"["\u12G4"]"#, #"invalid escape '\u12G4' in a string: \u must be followed by four hex digits"#, 1, 3
        ),
        Case(#"["\u12"]"#, #"invalid escape '\u12' in a string: \u must be followed by four hex digits"#, 1, 3),
        Case("[\"a\nb\"]", #"control character U+000A in a string: write it as \n"#, 1, 4),
        Case("\"a\tb\"", #"control character U+0009 in a string: write it as \t"#, 1, 3),
        Case(bytes: bytes("\"a", [0x01], "\""), #"control character U+0001 in a string: write it as \u0001"#, 1, 3),
        Case(#"["\uD800"]"#, "lone surrogate '\\uD800' in a string: a high surrogate must be followed", 1, 3),
        Case(#"["x\ud800\u0041"]"#, "lone surrogate '\\ud800' in a string", 1, 4),
        Case(#"["\uDC00"]"#, "lone surrogate '\\uDC00' in a string: a low surrogate must follow", 1, 3),
        Case(#"["\uD83D\uD83D"]"#, "lone surrogate '\\uD83D' in a string", 1, 3),
        // UTF-8.
        Case(bytes: [0xFF], "the file is not UTF-8 text: invalid byte 0xFF", 1, 1),
        Case(bytes: bytes("[1, ", [0xFE], "]"), "the file is not UTF-8 text: invalid byte 0xFE", 1, 5),
        Case(bytes: bytes("[\"a", [0xC3, 0x28], "\"]"), "the file is not UTF-8 text: invalid byte 0xC3", 1, 4),
        Case(bytes: bytes("\"", [0x80], "\""), "the file is not UTF-8 text: invalid byte 0x80", 1, 2),
        Case(bytes: bytes("\"", [0xE0, 0x80, 0x80], "\""), "the file is not UTF-8 text: invalid byte 0xE0", 1, 2),
        Case(bytes: bytes("\"", [0xED, 0xA0, 0x80], "\""), "the file is not UTF-8 text: invalid byte 0xED", 1, 2),
        Case(bytes: bytes("\"", [0xF4, 0x90, 0x80, 0x80], "\""), "the file is not UTF-8 text: invalid byte 0xF4", 1, 2),
        Case(bytes: bytes("\"", [0xC0, 0xAF], "\""), "the file is not UTF-8 text: invalid byte 0xC0", 1, 2),
        Case(bytes: bytes("\"ab", [0xF0, 0x9F, 0x98]), "the file is not UTF-8 text: invalid byte 0xF0", 1, 4),
        Case(bytes: bytes("\"é\"\n", [0xE9]), "the file is not UTF-8 text: invalid byte 0xE9", 2, 1),
        // Numbers.
        Case("[01]", "invalid number '01'", 1, 2),
        Case("[-01]", "invalid number '-01'", 1, 2),
        Case("[1.]", "invalid number '1.'", 1, 2),
        Case("[.5]", "invalid number '.5'", 1, 2),
        Case("[+1]", "invalid number '+1'", 1, 2),
        Case("[1e]", "invalid number '1e'", 1, 2),
        Case("[1e+]", "invalid number '1e+'", 1, 2),
        Case("[-]", "invalid number '-'", 1, 2),
        Case("[1.2.3]", "invalid number '1.2.3'", 1, 2),
        Case("[0x1F]", "invalid number '0x1F'", 1, 2),
        Case("[-Infinity]", "invalid number '-Infinity' (JSON has no NaN or Infinity)", 1, 2),
        Case(
            "{\"hours\": 1e400}", "number out of range: '1e400' is too large for a 64-bit floating-point number", 1, 11
        ),
        Case("[-1.8e308]", "number out of range: '-1.8e308'", 1, 2),
        Case("[" + String(repeating: "9", count: 400) + "]", "number out of range", 1, 2),
        // Nesting.
        Case(String(repeating: "[", count: 513), "nesting deeper than 512 levels", 1, 513),
        Case(String(repeating: "{\"a\":", count: 600), "nesting deeper than 512 levels", 1, 2561),
    ]

    @Test("each error names what was found and where", arguments: cases)
    func error(_ testCase: Case) {
        do {
            _ = try JSONDocument(bytes: testCase.bytes)
            Issue.record("expected an error containing \(testCase.message.debugDescription)")
        } catch {
            #expect(error.message.contains(testCase.message), "message: \(error.message)")
            #expect(error.position == SourcePosition(line: testCase.line, column: testCase.column))
            #expect(error.offset >= 0 && error.offset <= testCase.bytes.count)
        }
    }

    @Test func errorOffsetIsTheOffendingByte() {
        #expect(throws: JSONSyntaxError(
            message: "expected a value, found 'x'",
            offset: 6,
            position: SourcePosition(line: 2, column: 3)
        )) {
            try JSONDocument(text: "[1\r\n, x]")
        }
    }

    @Test func nestingUpToTheLimitIsAccepted() throws {
        let depth = 512
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let document = try JSONDocument(text: text)
        var value = document.root
        var levels = 1
        while let first = value.elements?.first {
            value = first
            levels += 1
        }
        #expect(levels == depth)
    }
}
