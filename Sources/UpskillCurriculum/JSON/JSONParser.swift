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
    struct Frame {
        /// Index of the container's node.
        var node: Int
        /// Whether the container is an object.
        var isObject: Bool
        /// The offset of its opening bracket, for the message when it is not closed.
        var start: Int
    }

    /// The file's bytes, read without a trap at any index.
    struct Bytes {
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
    let bytes: Bytes
    /// The file's bytes, for the slow paths that build messages.
    let buffer: UnsafeBufferPointer<UInt8>
    /// The file's length.
    let count: Int
    /// The tape being written: the uninitialized storage of the array that becomes the
    /// document's tape, or (``growsTape``) storage the parser reallocates as it fills. Its
    /// first `min(nodeCount, tape.count)` nodes are written.
    var tape: UnsafeMutableBufferPointer<JSONNode>
    /// Whether a full ``tape`` is moved to storage twice as large (its owner frees the last
    /// one) rather than noted as full.
    let growsTape: Bool
    /// The number of nodes so far, written or not (see ``tapeIsFull``).
    var nodeCount = 0
    /// Whether the file has more values than the tape has room for: nothing past its end is
    /// written, and the file is parsed again with room for the most it can hold.
    var tapeIsFull = false
    /// The containers open at the current byte, innermost last.
    var stack: [Frame] = []
    /// The number of open containers at which ``run(pausing:)`` pauses after each value
    /// that ends inside them, when pausing: 2, an element of an array that is a member of
    /// the root object (see ``pausesAtElement``).
    static let elementDepth = 2
    /// Where ``run(pausing:)`` resumes: the offset just after the last value.
    private var resumeOffset = 0
    /// Whether ``run(pausing:)`` has started, and whether it paused after the value that
    /// ends at ``resumeOffset`` (so that it does not pause there again).
    private var hasStarted = false, isPaused = false

    /// A parser for the file `buffer`, whose first byte is at `base`, writing `tape`.
    init(
        buffer: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>, tape: UnsafeMutableBufferPointer<JSONNode>,
        growsTape: Bool = false
    ) {
        self.buffer = buffer
        self.bytes = Bytes(base: base, count: buffer.count)
        self.count = buffer.count
        self.tape = tape
        self.growsTape = growsTape
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
    static func parse(
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
    mutating func run() throws(JSONSyntaxError) {
        _ = try run(pausing: false)
    }

    /// Parses the file, filling `tape`; returns true when it pauses after an element of an
    /// array that is a member of the root object (``pausesAtElement``, only when
    /// `pausing`), and false once the whole file is parsed. Called again after a pause, it
    /// goes on from there.
    mutating func run(pausing: Bool) throws(JSONSyntaxError) -> Bool {
        var i = resumeOffset
        var expectingValue = false
        if !hasStarted {
            hasStarted = true
            stack.reserveCapacity(16)
            if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }  // BOM
            i = skipWhitespace(i)
            if i == count {
                throw error("the file is empty: expected a JSON value", at: i)
            }
            expectingValue = true
        }
        let pauseDepth = pausing ? Self.elementDepth : -1
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
                if stack.count == pauseDepth {
                    if isPaused {
                        isPaused = false
                    } else if pausesAtElement {
                        resumeOffset = i
                        isPaused = true
                        return true
                    }
                }
                i = skipWhitespace(i)
                guard let top = stack.last else {
                    if i == count { return false }
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
    mutating func open(isObject: Bool, at i: Int) throws(JSONSyntaxError) {
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
    mutating func close(at i: Int) {
        guard let frame = stack.popLast(), frame.node < tape.count else { return }
        tape[frame.node].end = UInt32(truncatingIfNeeded: i + 1)
        tape[frame.node].next = UInt32(truncatingIfNeeded: nodeCount)
    }

    /// Whether the containers open now are the root object and an array that is one of its
    /// members: the value that just ended is one of that array's elements.
    @inline(__always)
    var pausesAtElement: Bool {
        stack.count == Self.elementDepth && stack[0].isObject && !stack[1].isObject
    }

    /// Writes `node` at the end of the tape, if there is room (else grows the tape, or
    /// notes that there is no room).
    @inline(__always)
    mutating func write(_ node: JSONNode) {
        if nodeCount >= tape.count && growsTape { growTape() }
        if nodeCount < tape.count {
            tape.initializeElement(at: nodeCount, to: node)
        } else {
            tapeIsFull = true
        }
        nodeCount += 1
    }

    /// Moves the tape to storage twice as large, and frees the old storage.
    @inline(never)
    mutating func growTape() {
        let larger = UnsafeMutableBufferPointer<JSONNode>.allocate(capacity: max(2 * tape.count, 64))
        let kept = min(nodeCount, tape.count)
        if kept > 0, let old = tape.baseAddress, let new = larger.baseAddress {
            new.moveInitialize(from: old, count: kept)
        }
        tape.deallocate()
        tape = larger
    }

    /// Appends a scalar node for the bytes `start..<end`.
    @inline(__always)
    mutating func append(_ tag: JSONNode.Tag, from start: Int, to end: Int, flags: UInt8 = 0) {
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
    mutating func member(at i: Int) throws(JSONSyntaxError) -> Int {
        // Two statements: `skipWhitespace(try string(at: i))` would copy `self` (and so the
        // tape) before the mutating call, in a debug build.
        let keyEnd = try string(at: i)
        let j = skipWhitespace(keyEnd)
        guard bytes[j] == UInt8(ascii: ":") else {
            throw unexpected(at: j, expected: "':' after an object key")
        }
        return skipWhitespace(j + 1)
    }
}
