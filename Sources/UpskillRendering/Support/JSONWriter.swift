import UpskillCurriculum

/// Writes pretty-printed JSON straight into UTF-8 bytes, in the layout of ``JSONOutput``
/// (two-space indentation, `[]` and `{}` for empty containers), without building a value
/// first: for output as large as a 100,000-skill roadmap.
///
/// ```swift
/// var writer = JSONWriter()
/// writer.object { object in
///     object.key("skills")
///     object.array { array in array.string("docker") }
/// }
/// ```
///
/// To write a large document without holding it, ``streaming(chunkSize:to:_:)`` hands the
/// text to a sink a chunk at a time.
package struct JSONWriter: ~Copyable {
    /// The text so far; when streaming, the text not yet handed to the sink.
    private var bytes: JSONBuffer
    private var depth = 0
    /// Whether the container being written has no element yet.
    private var isEmpty = true
    /// Whether a key was just written, so that the value follows it on its line.
    private var afterKey = false
    /// Where the text goes when streaming; `nil` keeps it all in ``bytes``.
    private var sink: ((UnsafeBufferPointer<UInt8>) -> Void)?
    /// When streaming, the size from which ``bytes`` is handed to the sink.
    private var chunkSize = Int.max

    package init(capacity: Int = 256) {
        bytes = JSONBuffer(capacity: capacity)
    }

    /// Writes a document in chunks of about `chunkSize` bytes to `sink`, rather than into
    /// one buffer: the writer holds one chunk at a time, however long the document.
    ///
    /// A chunk ends between two elements, never inside a string, so each chunk is whole
    /// UTF-8. The last one ends in the document's closing newline.
    /// - Parameters:
    ///   - chunkSize: The size from which the text written is handed on.
    ///   - sink: Takes each chunk, in order; the bytes are valid only during the call.
    ///   - body: Writes the document, one value.
    package static func streaming(
        chunkSize: Int = 128 * 1_024, to sink: (UnsafeBufferPointer<UInt8>) -> Void, _ body: (inout JSONWriter) -> Void
    ) {
        withoutActuallyEscaping(sink) { sink in
            var writer = JSONWriter(capacity: chunkSize + 4_096)
            writer.sink = sink
            writer.chunkSize = chunkSize
            body(&writer)
            writer.bytes.append(UInt8(ascii: "\n"))
            writer.flush()
            writer.sink = nil
        }
    }

    /// Starts a member of the object being written: its key, then its value. The key is
    /// written from the literal's bytes as they are: it must need no escape (ASCII, no
    /// `"`, `\\` or control character), as every key of upskill's formats does.
    package mutating func key(_ key: StaticString) {
        startElement()
        key.withUTF8Buffer { key in
            assert(JSONText.needsNoEscape(key), "a JSON key literal that needs escaping")
            bytes.appendKey(key)
        }
        afterKey = true
    }

    /// Starts a member whose key is made at run time, escaped as needed.
    package mutating func key(named key: String) {
        startElement()
        bytes.appendQuoted(key)
        bytes.append(": ")
        afterKey = true
    }

    package mutating func string(_ string: String) {
        startValue()
        bytes.appendQuoted(string)
    }

    /// `12`, `12.5`; a non-finite number as `null`.
    package mutating func number(_ number: Double) {
        startValue()
        bytes.appendNumber(number)
    }

    /// An integer, digit by digit: the same text as ``number(_:)`` of it as a `Double`
    /// (below 10¹⁵), with no conversion.
    package mutating func integer(_ integer: Int) {
        startValue()
        bytes.appendInteger(integer)
    }

    package mutating func bool(_ bool: Bool) {
        startValue()
        append(bool ? "true" : "false")
    }

    package mutating func null() {
        startValue()
        append("null")
    }

    /// A string, or `null` for `nil`.
    package mutating func string(_ string: String?) {
        if let string { self.string(string) } else { null() }
    }

    /// Writes a member whose value is a string, or `null` for `nil`.
    package mutating func member(_ key: StaticString, _ value: String?) {
        self.key(key)
        string(value)
    }

    /// Writes a member whose value is a number, or `null` for `nil`.
    package mutating func member(_ key: StaticString, _ value: Double?) {
        self.key(key)
        if let value { number(value) } else { null() }
    }

    /// Writes a member whose value is an integer (see ``integer(_:)``), or `null` for `nil`.
    package mutating func member(_ key: StaticString, integer value: Int?) {
        self.key(key)
        if let value { integer(value) } else { null() }
    }

    /// Writes a member whose value is `true` or `false`, or `null` for `nil`.
    package mutating func member(_ key: StaticString, _ value: Bool?) {
        self.key(key)
        if let value { bool(value) } else { null() }
    }

    /// Writes a member whose value is an array of strings.
    package mutating func member(_ key: StaticString, strings: some Sequence<String>) {
        self.key(key)
        array(strings)
    }

    /// Writes an object whose members `body` writes with ``key(_:)`` and a value each.
    package mutating func object(_ body: (inout JSONWriter) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), body)
    }

    /// Writes an array whose elements `body` writes.
    package mutating func array(_ body: (inout JSONWriter) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), body)
    }

    /// Writes an array of strings.
    package mutating func array(_ strings: some Sequence<String>) {
        array { array in
            for string in strings { array.string(string) }
        }
    }

    /// Writes a value built beforehand.
    package mutating func value(_ value: JSONOutput) {
        switch value {
        case .string(let string): self.string(string)
        case .number(let number): self.number(number)
        case .bool(let bool): self.bool(bool)
        case .null: null()
        case .array(let elements):
            array { array in
                for element in elements { array.value(element) }
            }
        case .object(let members):
            object { object in
                for (key, value) in members {
                    object.key(named: key)
                    object.value(value)
                }
            }
        }
    }

    /// Writes a value whose text is already JSON, as it is: for text that only this
    /// module's own writers make, such as a date's `"2026-12-07"`.
    mutating func raw(_ text: UnsafeBufferPointer<UInt8>) {
        startValue()
        bytes.append(text)
    }

    /// The text, ending in a newline.
    package consuming func finished() -> [UInt8] {
        bytes.append(UInt8(ascii: "\n"))
        return bytes.withBytes { Array($0) }
    }

    /// Opens an object, whose members follow, up to ``endObject()``: for a loop run
    /// thousands of times, where the closure of ``object(_:)`` would copy what it reads.
    package mutating func beginObject() {
        open(UInt8(ascii: "{"))
    }

    /// Closes the object ``beginObject()`` opened.
    package mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    /// Opens an array, whose elements follow, up to ``endArray()``; see ``beginObject()``.
    package mutating func beginArray() {
        open(UInt8(ascii: "["))
    }

    /// Closes the array ``beginArray()`` opened.
    package mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    private mutating func container(open: UInt8, close: UInt8, _ body: (inout JSONWriter) -> Void) {
        self.open(open)
        body(&self)
        self.close(close)
    }

    private mutating func open(_ bracket: UInt8) {
        startValue()
        bytes.append(bracket)
        depth += 1
        isEmpty = true
    }

    private mutating func close(_ bracket: UInt8) {
        precondition(depth > 0, "JSONWriter: a container closed that was not opened")
        depth -= 1
        if !isEmpty {
            newLine(comma: false)
        }
        bytes.append(bracket)
        // The container was a value of the one around it, which has an element now; at the
        // top there is none around it.
        isEmpty = depth == 0
    }

    /// Before a value: nothing after a key; else it is an element of an array.
    @inline(__always)
    private mutating func startValue() {
        if afterKey {
            afterKey = false
        } else if depth > 0 {
            startElement()
        }
    }

    /// A new line, after a comma unless it is the container's first element, and the
    /// indent. Between two elements is where a full chunk is handed on.
    @inline(__always)
    private mutating func startElement() {
        if bytes.count >= chunkSize { flush() }
        newLine(comma: !isEmpty)
        isEmpty = false
    }

    /// `,` if asked, a line break and the indent, copied from one run of spaces.
    @inline(__always)
    private mutating func newLine(comma: Bool) {
        let width = 2 * depth
        Self.lineStart.withUTF8Buffer { line in
            guard 2 + width <= line.count else {
                bytes.append(UnsafeBufferPointer(rebasing: line[(comma ? 0 : 1)..<2]))
                for _ in 0..<width { bytes.append(UInt8(ascii: " ")) }
                return
            }
            bytes.append(UnsafeBufferPointer(rebasing: line[(comma ? 0 : 1)..<(2 + width)]))
        }
    }

    /// `,`, a line break and the indent of 31 levels (a deeper one is written space by
    /// space).
    private static var lineStart: StaticString {
        ",\n                                                              "
    }

    /// Appends ASCII text written in the source.
    @inline(__always)
    private mutating func append(_ text: StaticString) {
        bytes.append(text)
    }

    /// Hands the text so far to the sink, when streaming.
    private mutating func flush() {
        guard let sink, bytes.count > 0 else { return }
        bytes.withBytes { sink($0) }
        bytes.removeAll()
    }
}
