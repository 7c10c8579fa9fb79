/// The parser behind ``JSONDocument``: one pass over the bytes that validates them as strict
/// RFC 8259 JSON (and as UTF-8) and records every value on a flat tape of ``JSONNode``s.
///
/// There is no recursion: open containers live on an explicit stack of at most
/// ``maximumDepth`` frames. The bytes are read through ``Bytes``, which reads a zero past
/// the end of the file, so the end needs no special case in the scanning loops: no loop
/// accepts a zero byte, and a zero byte inside the file is told apart from the end by its
/// index.
struct JSONParser {
    /// How deeply arrays and objects may nest.
    static let maximumDepth = 512
    /// The largest file the 32-bit offsets of a ``JSONNode`` can describe.
    static let maximumByteCount = Int(UInt32.max) - 16

    /// An open array or object.
    private struct Frame {
        /// Index of the container's node.
        var node: Int
        /// Whether the container is an object.
        var isObject: Bool
        /// The offset of its opening bracket, for the message when it is not closed.
        var start: Int
    }

    /// The file's bytes, read without a trap at any index.
    private struct Bytes {
        /// The first byte of the file.
        let base: UnsafePointer<UInt8>
        /// The file's length.
        let count: Int

        /// The byte at `index`, or 0 outside the file.
        @inline(__always)
        subscript(index: Int) -> UInt8 {
            UInt(bitPattern: index) < UInt(bitPattern: count) ? base[index] : 0
        }

        /// The eight bytes at `index` (little-endian), or nil unless all are in the file.
        @inline(__always)
        func word(at index: Int) -> UInt64? {
            guard index >= 0, index <= count - 8 else { return nil }
            return UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        }

        /// The bytes `start..<end`, clamped to the file, as text.
        func text(_ start: Int, _ end: Int) -> String {
            let lower = min(max(start, 0), count)
            let upper = min(max(end, lower), count)
            let slice = UnsafeBufferPointer(start: base + lower, count: upper - lower)
            return String(decoding: slice, as: UTF8.self)
        }
    }

    /// The file's bytes.
    private let bytes: Bytes
    /// The file's bytes, for the slow paths that build messages.
    private let buffer: UnsafeBufferPointer<UInt8>
    /// The file's length.
    private let count: Int
    /// The tape being written: the uninitialized storage of the array that becomes the
    /// document's tape. Its first `min(nodeCount, tape.count)` nodes are written.
    private let tape: UnsafeMutableBufferPointer<JSONNode>
    /// The number of nodes so far, written or not (see ``tapeIsFull``).
    private var nodeCount = 0
    /// Whether the file has more values than the tape has room for: nothing past its end is
    /// written, and the file is parsed again with room for the most it can hold.
    private var tapeIsFull = false
    /// The containers open at the current byte, innermost last.
    private var stack: [Frame] = []

    /// A parser for the file `buffer`, whose first byte is at `base`, writing `tape`.
    private init(buffer: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>, tape: UnsafeMutableBufferPointer<JSONNode>) {
        self.buffer = buffer
        self.bytes = Bytes(base: base, count: buffer.count)
        self.count = buffer.count
        self.tape = tape
    }

    /// Parses `storage`, a whole file, into a tape whose first node is the root value.
    static func parse(_ storage: [UInt8]) throws(JSONSyntaxError) -> [JSONNode] {
        guard storage.count <= maximumByteCount else {
            throw JSONSyntaxError(
                message: "the file is too large: JSON files of up to 4 GiB are supported",
                offset: 0,
                position: SourcePosition(line: 1, column: 1)
            )
        }
        return try storage.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) -> [JSONNode] in
            guard let base = buffer.baseAddress, !buffer.isEmpty else {
                throw JSONSyntaxError(
                    message: "the file is empty: expected a JSON value",
                    offset: 0,
                    position: SourcePosition(line: 1, column: 1)
                )
            }
            // A curriculum has about one value per 11 bytes: room for one per 10 is written
            // in place, without growing the tape. A denser file is parsed again with room
            // for the most it can hold: every value but the root takes a byte and a
            // separator at least, so a file of n bytes has at most (n + 1) / 2 values.
            if let nodes = try parse(buffer, base: base, capacity: buffer.count / 10 + 4) { return nodes }
            return try parse(buffer, base: base, capacity: (buffer.count + 1) / 2 + 2) ?? []
        }
    }

    /// Parses the file into a tape with room for `capacity` nodes; nil when that is too
    /// little.
    private static func parse(
        _ buffer: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>, capacity: Int
    ) throws(JSONSyntaxError) -> [JSONNode]? {
        var failure: JSONSyntaxError?
        var isFull = false
        let nodes = [JSONNode](unsafeUninitializedCapacity: capacity) { tape, initialized in
            var parser = JSONParser(buffer: buffer, base: base, tape: tape)
            do throws(JSONSyntaxError) {
                try parser.run()
            } catch {
                failure = error
            }
            initialized = min(parser.nodeCount, tape.count)
            isFull = parser.tapeIsFull
        }
        // A syntax error does not depend on the tape: it is the file's first either way.
        if let failure { throw failure }
        return isFull ? nil : nodes
    }

    // MARK: - The grammar

    /// Parses the whole file, filling `tape`.
    private mutating func run() throws(JSONSyntaxError) {
        stack.reserveCapacity(16)
        var i = 0
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }  // BOM
        i = skipWhitespace(i)
        if i == count {
            throw error("the file is empty: expected a JSON value", at: i)
        }
        var expectingValue = true
        while true {
            if expectingValue {
                // `i` is at the first byte of a value (or at a byte that should be one).
                switch bytes[i] {
                case UInt8(ascii: "{"):
                    try open(isObject: true, at: i)
                    i = skipWhitespace(i + 1)
                    if bytes[i] == UInt8(ascii: "}") {
                        close(at: i)
                        i += 1
                        expectingValue = false
                    } else if bytes[i] == UInt8(ascii: "\"") {
                        i = try member(at: i)
                    } else {
                        throw unexpected(at: i, expected: "a string key or '}' after '{'", isKey: true)
                    }
                case UInt8(ascii: "["):
                    try open(isObject: false, at: i)
                    i = skipWhitespace(i + 1)
                    if bytes[i] == UInt8(ascii: "]") {
                        close(at: i)
                        i += 1
                        expectingValue = false
                    }
                case UInt8(ascii: "\""):
                    i = try string(at: i)
                    expectingValue = false
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    i = try number(at: i)
                    expectingValue = false
                case UInt8(ascii: "t"):
                    guard bytes[i + 1] == UInt8(ascii: "r"), bytes[i + 2] == UInt8(ascii: "u"),
                        bytes[i + 3] == UInt8(ascii: "e"), !Self.isWordByte(bytes[i + 4])
                    else { throw unexpected(at: i, expected: "a value") }
                    append(.true, from: i, to: i + 4)
                    i += 4
                    expectingValue = false
                case UInt8(ascii: "f"):
                    guard bytes[i + 1] == UInt8(ascii: "a"), bytes[i + 2] == UInt8(ascii: "l"),
                        bytes[i + 3] == UInt8(ascii: "s"), bytes[i + 4] == UInt8(ascii: "e"),
                        !Self.isWordByte(bytes[i + 5])
                    else { throw unexpected(at: i, expected: "a value") }
                    append(.false, from: i, to: i + 5)
                    i += 5
                    expectingValue = false
                case UInt8(ascii: "n"):
                    guard bytes[i + 1] == UInt8(ascii: "u"), bytes[i + 2] == UInt8(ascii: "l"),
                        bytes[i + 3] == UInt8(ascii: "l"), !Self.isWordByte(bytes[i + 4])
                    else { throw unexpected(at: i, expected: "a value") }
                    append(.null, from: i, to: i + 4)
                    i += 4
                    expectingValue = false
                case UInt8(ascii: "."), UInt8(ascii: "+"):
                    // `.5` and `+1` are numbers to a person, so say what is wrong with them.
                    if Self.isDigit(bytes[i + 1]) { throw invalidNumber(at: i) }
                    throw unexpected(at: i, expected: "a value")
                default:
                    throw unexpected(at: i, expected: "a value")
                }
            } else {
                // A value just ended at `i`.
                i = skipWhitespace(i)
                guard let top = stack.last else {
                    if i == count { return }
                    throw describingFound(at: i) { "trailing content after the JSON value: found \($0.text)" }
                }
                let byte = bytes[i]
                if byte == UInt8(ascii: ",") {
                    i = skipWhitespace(i + 1)
                    if top.isObject {
                        if bytes[i] == UInt8(ascii: "\"") {
                            i = try member(at: i)
                        } else if bytes[i] == UInt8(ascii: "}") {
                            throw error(
                                "expected a string key after ',', found '}' "
                                    + "(JSON does not allow trailing commas)",
                                at: i
                            )
                        } else {
                            throw unexpected(at: i, expected: "a string key after ','", isKey: true)
                        }
                    } else {
                        if bytes[i] == UInt8(ascii: "]") {
                            throw error(
                                "expected a value after ',', found ']' (JSON does not allow trailing commas)",
                                at: i
                            )
                        }
                    }
                    expectingValue = true
                } else if byte == (top.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    close(at: i)
                    i += 1
                } else if top.isObject {
                    throw unexpected(at: i, expected: "',' or '}' after an object member")
                } else {
                    throw unexpected(at: i, expected: "',' or ']' after an array element")
                }
            }
        }
    }

    /// Opens an array or object whose bracket is at `i`.
    @inline(__always)
    private mutating func open(isObject: Bool, at i: Int) throws(JSONSyntaxError) {
        guard stack.count < Self.maximumDepth else {
            throw error("nesting deeper than \(Self.maximumDepth) levels", at: i)
        }
        stack.append(Frame(node: nodeCount, isObject: isObject, start: i))
        write(
            JSONNode(
                start: UInt32(truncatingIfNeeded: i), end: 0, next: 0,
                tag: isObject ? .object : .array, flags: 0
            )
        )
    }

    /// Closes the innermost container at its closing bracket, at `i`.
    @inline(__always)
    private mutating func close(at i: Int) {
        guard let frame = stack.popLast(), frame.node < tape.count else { return }
        tape[frame.node].end = UInt32(truncatingIfNeeded: i + 1)
        tape[frame.node].next = UInt32(truncatingIfNeeded: nodeCount)
    }

    /// Writes `node` at the end of the tape, if there is room (else notes that there is
    /// not).
    @inline(__always)
    private mutating func write(_ node: JSONNode) {
        if nodeCount < tape.count {
            tape.initializeElement(at: nodeCount, to: node)
        } else {
            tapeIsFull = true
        }
        nodeCount += 1
    }

    /// Appends a scalar node for the bytes `start..<end`.
    @inline(__always)
    private mutating func append(_ tag: JSONNode.Tag, from start: Int, to end: Int, flags: UInt8 = 0) {
        write(
            JSONNode(
                start: UInt32(truncatingIfNeeded: start), end: UInt32(truncatingIfNeeded: end),
                next: UInt32(truncatingIfNeeded: nodeCount + 1), tag: tag, flags: flags
            )
        )
    }

    /// Parses an object member's key, at `i`, and the colon after it; returns the index of
    /// the first byte after the colon and the whitespace that follows it.
    @inline(__always)
    private mutating func member(at i: Int) throws(JSONSyntaxError) -> Int {
        // Two statements: `skipWhitespace(try string(at: i))` would copy `self` (and so the
        // tape) before the mutating call, in a debug build.
        let keyEnd = try string(at: i)
        let j = skipWhitespace(keyEnd)
        guard bytes[j] == UInt8(ascii: ":") else {
            throw unexpected(at: j, expected: "':' after an object key")
        }
        return skipWhitespace(j + 1)
    }

    /// The index of the first byte at or after `i` that is not JSON whitespace.
    @inline(__always)
    private func skipWhitespace(_ i: Int) -> Int {
        var i = i
        while true {
            let byte = bytes[i]
            if byte > 0x20 { return i }
            if byte == 0x20 {
                i += 1
                // Indentation: skip a run of spaces a word at a time. The first byte that is
                // not a space is the lowest non-zero byte of `word ^ spaces` (little-endian).
                while let word = bytes.word(at: i) {
                    let other = word ^ 0x2020_2020_2020_2020
                    if other != 0 {
                        i += other.trailingZeroBitCount >> 3
                        break
                    }
                    i += 8
                }
            } else if byte == 0x0A || byte == 0x0D || byte == 0x09 {
                i += 1
            } else {
                return i
            }
        }
    }

    /// Parses the string whose opening quote is at `start`; returns the index after its
    /// closing quote.
    @inline(__always)
    private mutating func string(at start: Int) throws(JSONSyntaxError) -> Int {
        var i = start + 1
        var flags: UInt8 = 0
        while true {
            // Skip printable ASCII other than `"` and `\` a word at a time; the first byte
            // that needs a look is the lowest flagged byte of `specialBytes` (little-endian).
            while let word = bytes.word(at: i) {
                let special = Self.specialBytes(word)
                if special != 0 {
                    i += special.trailingZeroBitCount >> 3
                    break
                }
                i += 8
            }
            var byte = bytes[i]
            while byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte &- 0x20 < 0x60 {
                i += 1
                byte = bytes[i]
            }
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                flags = JSONNode.hasEscapes
                i = try escape(at: i, stringStart: start)
            } else if byte >= 0x80 {
                i = try utf8Sequence(at: i)
            } else if i >= count {
                throw error("unterminated string (it starts at \(position(of: start)))", at: count)
            } else {
                throw controlCharacter(at: i, stringStart: start)
            }
        }
        append(.string, from: start, to: i + 1, flags: flags)
        return i + 1
    }

    /// The high bit of each byte of `word` that is below 0x20, at or above 0x80, `"` or `\`
    /// is set; bytes above the lowest such byte may be flagged wrongly (borrows), but the
    /// lowest flag is exact, which is all the caller uses.
    @inline(__always)
    private static func specialBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        let below20 = (word &- ones &* 0x20) & ~word
        let isQuote = (quotes &- ones) & ~quotes
        let isBackslash = (backslashes &- ones) & ~backslashes
        return (below20 | isQuote | isBackslash | word) & highs
    }

    /// Checks the escape whose backslash is at `i`, in the string that starts at
    /// `stringStart`; returns the index after it.
    private func escape(at i: Int, stringStart: Int) throws(JSONSyntaxError) -> Int {
        switch bytes[i + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
            UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return i + 2
        case UInt8(ascii: "u"):
            guard let unit = hex4(at: i + 2) else { throw badUnicodeEscape(at: i, stringStart: stringStart) }
            switch unit {
            case 0xD800...0xDBFF:
                guard bytes[i + 6] == UInt8(ascii: "\\"), bytes[i + 7] == UInt8(ascii: "u") else {
                    throw loneSurrogate(at: i, isHigh: true)
                }
                guard let low = hex4(at: i + 8) else {
                    throw badUnicodeEscape(at: i + 6, stringStart: stringStart)
                }
                guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate(at: i, isHigh: true) }
                return i + 12
            case 0xDC00...0xDFFF:
                throw loneSurrogate(at: i, isHigh: false)
            default:
                return i + 6
            }
        default:
            if i + 1 >= count {
                throw error("unterminated string (it starts at \(position(of: stringStart)))", at: count)
            }
            throw invalidEscape(at: i)
        }
    }

    /// The value of the four hex digits at `i`, or nil if they are not four hex digits.
    @inline(__always)
    private func hex4(at i: Int) -> UInt32? {
        var value: UInt32 = 0
        for k in 0..<4 {
            let digit = JSONStringDecoder.hexValue(bytes[i + k])
            guard digit < 16 else { return nil }  // stops at the zero after the file
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Checks the UTF-8 sequence whose lead byte (not ASCII) is at `i`; returns the index
    /// after it.
    private func utf8Sequence(at i: Int) throws(JSONSyntaxError) -> Int {
        let lead = bytes[i]
        var length = 3
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: break
        case 0xED: high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default:
            throw error("the file is not UTF-8 text: invalid byte \(Self.hex(lead))", at: i)
        }
        let second = bytes[i + 1]
        guard second >= low && second <= high else {
            throw error(
                second & 0xC0 == 0x80
                    ? "the file is not UTF-8 text: invalid byte \(Self.hex(lead)) (it starts an overlong "
                        + "encoding, an encoded surrogate or a code point above U+10FFFF)"
                    : "the file is not UTF-8 text: invalid byte \(Self.hex(lead)) (an incomplete "
                        + "multi-byte sequence)",
                at: i
            )
        }
        for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 {
            throw error(
                "the file is not UTF-8 text: invalid byte \(Self.hex(lead)) "
                    + "(an incomplete multi-byte sequence)",
                at: i
            )
        }
        return i + length
    }

    /// Parses the number that starts at `start`; returns the index after it.
    @inline(__always)
    private mutating func number(at start: Int) throws(JSONSyntaxError) -> Int {
        var i = start
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        let integerStart = i
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
        } else if bytes[i] &- UInt8(ascii: "1") < 9 {
            repeat { i += 1 } while Self.isDigit(bytes[i])
        } else {
            throw invalidNumber(at: start)
        }
        let integerDigits = i - integerStart
        if bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard Self.isDigit(bytes[i]) else { throw invalidNumber(at: start) }
            repeat { i += 1 } while Self.isDigit(bytes[i])
        }
        var exponent = 0
        if bytes[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            var negative = false
            if bytes[i] == UInt8(ascii: "+") {
                i += 1
            } else if bytes[i] == UInt8(ascii: "-") {
                negative = true
                i += 1
            }
            guard Self.isDigit(bytes[i]) else { throw invalidNumber(at: start) }
            repeat {
                if exponent < 1_000_000 { exponent = exponent * 10 + Int(bytes[i] &- UInt8(ascii: "0")) }
                i += 1
            } while Self.isDigit(bytes[i])
            if negative { exponent = -exponent }
        }
        if Self.isNumberByte(bytes[i]) { throw invalidNumber(at: start) }
        // Below 10^308 a number cannot round to infinity; only larger ones need a look.
        if integerDigits + exponent > 308 {
            let text = bytes.text(start, i)
            if !(Double(text)?.isFinite ?? false) {
                throw error(
                    "number out of range: '\(Self.abbreviated(text))' is too large for a 64-bit "
                        + "floating-point number",
                    at: start
                )
            }
        }
        append(.number, from: start, to: i)
        return i
    }

    // MARK: - Byte classes

    /// `0`-`9`.
    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    /// ASCII letters, digits and `_`: the bytes that continue a word such as `true`.
    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte == UInt8(ascii: "_")
    }

    /// Bytes that, right after a number, make it a malformed number rather than a number
    /// followed by something else: `01`, `1.2.3`, `0x1F`, `1-2`.
    @inline(__always)
    private static func isNumberByte(_ byte: UInt8) -> Bool {
        isWordByte(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "-")
    }

    // MARK: - Errors

    /// The position of the byte at `offset`.
    private func position(of offset: Int) -> SourcePosition {
        JSONLineTable.position(ofOffset: offset, in: buffer, count: count)
    }

    /// An error with `message` at `offset`.
    private func error(_ message: String, at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(message: message, offset: offset, position: position(of: offset))
    }

    /// The error for the end of the file where more was expected.
    private func endOfFileError() -> JSONSyntaxError {
        guard let top = stack.last else {
            return error("the file is empty: expected a JSON value", at: count)
        }
        let opened = position(of: top.start)
        let container = top.isObject ? "object" : "array"
        return error("unexpected end of file: the \(container) opened at \(opened) is not closed", at: count)
    }

    /// What a person would call the token at `i`, for a "found ..." message.
    private struct Found {
        /// The token as a message shows it, e.g. `'}'`, `'NaN'` or `control character U+0001`.
        var text: String
        /// The word at `i` when it starts with a letter, digit or `_`, e.g. `NaN`.
        var word: String?
    }

    /// Describes the token at `i` (before the end of the file); throws the UTF-8 error when
    /// the bytes there are not UTF-8.
    private func found(at i: Int) throws(JSONSyntaxError) -> Found {
        let byte = bytes[i]
        if byte >= 0x80 {
            let end = try utf8Sequence(at: i)
            let character = bytes.text(i, end)
            let scalar = character.unicodeScalars.first.map { Self.codePoint($0.value) } ?? ""
            return Found(text: "'\(character)' (\(scalar))")
        }
        if Self.isWordByte(byte) {
            var end = i
            while Self.isWordByte(bytes[end]) && end - i < 40 { end += 1 }
            let word = bytes.text(i, end)
            return Found(text: "'\(word)'", word: word)
        }
        if byte < 0x20 || byte == 0x7F {
            return Found(text: "control character \(Self.codePoint(UInt32(byte)))")
        }
        return Found(text: "'\(Character(Unicode.Scalar(byte)))'")
    }

    /// The error `message(found)` for the token at `i`, or the UTF-8 error found there.
    private func describingFound(at i: Int, _ message: (Found) -> String) -> JSONSyntaxError {
        if i >= count { return endOfFileError() }
        do {
            return error(message(try found(at: i)), at: i)
        } catch {
            return error
        }
    }

    /// "expected `expected`, found ..." for the token at `i`, with a hint for common
    /// mistakes (comments, single quotes, NaN, unquoted keys); the end-of-file error at the
    /// end of the file.
    private func unexpected(at i: Int, expected: String, isKey: Bool = false) -> JSONSyntaxError {
        describingFound(at: i) { found in
            var message = "expected \(expected), found \(found.text)"
            switch (bytes[i], found.word) {
            case (UInt8(ascii: "/"), _):
                message += " (JSON does not allow comments)"
            case (UInt8(ascii: "'"), _):
                message += " (JSON strings use double quotes)"
            case (_, "NaN"?), (_, "Infinity"?):
                message += " (JSON has no NaN or Infinity)"
            case (_, let word?) where isKey:
                message += " (object keys must be strings in double quotes, like \"\(word)\")"
            case (_, let word?) where ["true", "false", "null"].contains(word.lowercased()):
                message += " (JSON's literals are lowercase: true, false, null)"
            default:
                break
            }
            return message
        }
    }

    /// "invalid number '...'" for the malformed number that starts at `start`.
    private func invalidNumber(at start: Int) -> JSONSyntaxError {
        var end = start + 1
        while Self.isNumberByte(bytes[end]) { end += 1 }
        let text = bytes.text(start, end)
        var message = "invalid number '\(Self.abbreviated(text))'"
        if text.hasSuffix("Infinity") { message += " (JSON has no NaN or Infinity)" }
        return error(message, at: start)
    }

    /// The error for a raw control character, at `i`, in the string that starts at
    /// `stringStart`.
    private func controlCharacter(at i: Int, stringStart: Int) -> JSONSyntaxError {
        let byte = bytes[i]
        let escape: String
        switch byte {
        case 0x08: escape = "\\b"
        case 0x09: escape = "\\t"
        case 0x0A: escape = "\\n"
        case 0x0C: escape = "\\f"
        case 0x0D: escape = "\\r"
        default: escape = "\\u00" + Self.hex(byte).dropFirst(2)
        }
        var message = "control character \(Self.codePoint(UInt32(byte))) in a string: write it as \(escape)"
        if byte == 0x0A || byte == 0x0D {
            message += " (or is the closing '\"' missing? the string starts at \(position(of: stringStart)))"
        }
        return error(message, at: i)
    }

    /// The error for the escape whose backslash is at `i`, which is not a JSON escape.
    private func invalidEscape(at i: Int) -> JSONSyntaxError {
        let byte = bytes[i + 1]
        let shown: String
        if byte >= 0x21 && byte < 0x7F {
            shown = "'\\\(Character(Unicode.Scalar(byte)))'"
        } else if byte >= 0x80 {
            do {
                shown = "'\\' followed by \(try found(at: i + 1).text)"
            } catch {
                return error
            }
        } else {
            let what = byte == 0x20 ? "a space" : "control character \(Self.codePoint(UInt32(byte)))"
            shown = "'\\' followed by \(what)"
        }
        return error(
            "invalid escape \(shown) in a string; "
                + "valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX",
            at: i
        )
    }

    /// The error for a `\u` escape at `i` that is not followed by four hex digits.
    private func badUnicodeEscape(at i: Int, stringStart: Int) -> JSONSyntaxError {
        var end = i + 2
        while end < i + 6 && JSONStringDecoder.hexValue(bytes[end]) < 16 { end += 1 }
        if end >= count {
            return error("unterminated string (it starts at \(position(of: stringStart)))", at: count)
        }
        var shown = end
        while shown < i + 6, bytes[shown] > 0x20, bytes[shown] < 0x7F, bytes[shown] != UInt8(ascii: "\"") {
            shown += 1
        }
        let text = bytes.text(i, shown)
        return error("invalid escape '\(text)' in a string: \\u must be followed by four hex digits", at: i)
    }

    /// The error for a surrogate escape at `i` that is not half of a pair.
    private func loneSurrogate(at i: Int, isHigh: Bool) -> JSONSyntaxError {
        let text = bytes.text(i, i + 6)
        let detail =
            isHigh
            ? "a high surrogate must be followed by a low surrogate escape (\\uDC00-\\uDFFF)"
            : "a low surrogate must follow a high surrogate escape (\\uD800-\\uDBFF)"
        return error("lone surrogate '\(text)' in a string: \(detail)", at: i)
    }

    /// `0xFF`.
    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x\(digits[Int(byte >> 4)])\(digits[Int(byte & 0xF)])"
    }

    /// `U+000A`, `U+1F600`.
    private static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text`, cut to 40 characters with an ellipsis when longer.
    private static func abbreviated(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : text
    }
}
