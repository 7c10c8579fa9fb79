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
package struct JSONWriter {
    /// The text so far.
    package private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the container being written has no element yet.
    private var isEmpty = true
    /// Whether a key was just written, so that the value follows it on its line.
    private var afterKey = false

    package init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Starts a member of the object being written: its key, then its value.
    package mutating func key(_ key: String) {
        startElement()
        JSONText.appendQuoted(key, to: &bytes)
        bytes.append(contentsOf: ": ".utf8)
        afterKey = true
    }

    package mutating func string(_ string: String) {
        startValue()
        JSONText.appendQuoted(string, to: &bytes)
    }

    /// `12`, `12.5`; a non-finite number as `null`.
    package mutating func number(_ number: Double) {
        startValue()
        JSONText.appendNumber(number, to: &bytes)
    }

    package mutating func bool(_ bool: Bool) {
        startValue()
        bytes.append(contentsOf: (bool ? "true" : "false").utf8)
    }

    package mutating func null() {
        startValue()
        bytes.append(contentsOf: "null".utf8)
    }

    /// A string, or `null` for `nil`.
    package mutating func string(_ string: String?) {
        if let string { self.string(string) } else { null() }
    }

    /// Writes a member whose value is a string, or `null` for `nil`.
    package mutating func member(_ key: String, _ value: String?) {
        self.key(key)
        string(value)
    }

    /// Writes a member whose value is a number, or `null` for `nil`.
    package mutating func member(_ key: String, _ value: Double?) {
        self.key(key)
        if let value { number(value) } else { null() }
    }

    /// Writes a member whose value is `true` or `false`, or `null` for `nil`.
    package mutating func member(_ key: String, _ value: Bool?) {
        self.key(key)
        if let value { bool(value) } else { null() }
    }

    /// Writes a member whose value is an array of strings.
    package mutating func member(_ key: String, strings: some Sequence<String>) {
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
                    object.key(key)
                    object.value(value)
                }
            }
        }
    }

    /// The text, ending in a newline.
    package consuming func finished() -> [UInt8] {
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    private mutating func container(open: UInt8, close: UInt8, _ body: (inout JSONWriter) -> Void) {
        startValue()
        bytes.append(open)
        let outer = isEmpty
        depth += 1
        isEmpty = true
        body(&self)
        depth -= 1
        if !isEmpty {
            bytes.append(UInt8(ascii: "\n"))
            indent()
        }
        bytes.append(close)
        isEmpty = outer
    }

    /// Before a value: nothing after a key; else it is an element of an array.
    private mutating func startValue() {
        if afterKey {
            afterKey = false
        } else if depth > 0 {
            startElement()
        }
    }

    /// A new line, after a comma unless it is the container's first element, and the indent.
    private mutating func startElement() {
        bytes.append(contentsOf: isEmpty ? "\n".utf8 : ",\n".utf8)
        isEmpty = false
        indent()
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }
}
