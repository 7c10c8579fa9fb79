import UpskillCurriculum
/// Writes JSON for `--format json`: keys in the order given, two-space indentation,
/// numbers without a needless `.0`, and strings escaped per RFC 8259. The same value
/// always gives the same bytes.
package enum JSONOutput: Sendable, Hashable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONOutput])
    /// Members in the order they are written.
    case object([(String, JSONOutput)])

    package static func == (lhs: JSONOutput, rhs: JSONOutput) -> Bool {
        lhs.rendered() == rhs.rendered()
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(rendered())
    }

    /// The JSON text, pretty-printed, ending in a newline.
    package func rendered() -> String {
        String(decoding: renderedBytes(), as: UTF8.self)
    }

    /// ``rendered()`` in UTF-8.
    package func renderedBytes() -> [UInt8] {
        var bytes: [UInt8] = []
        write(to: &bytes, depth: 0)
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// Writes the value as if it started at `depth` levels of two-space indentation.
    private func write(to bytes: inout [UInt8], depth: Int) {
        switch self {
        case .string(let string): JSONText.appendQuoted(string, to: &bytes)
        case .number(let number): JSONText.appendNumber(number, to: &bytes)
        case .bool(let bool): bytes.append(contentsOf: (bool ? "true" : "false").utf8)
        case .null: bytes.append(contentsOf: "null".utf8)
        case .array(let elements):
            guard !elements.isEmpty else { return bytes.append(contentsOf: "[]".utf8) }
            bytes.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                bytes.append(contentsOf: index == 0 ? "\n".utf8 : ",\n".utf8)
                Self.indent(depth + 1, in: &bytes)
                element.write(to: &bytes, depth: depth + 1)
            }
            bytes.append(UInt8(ascii: "\n"))
            Self.indent(depth, in: &bytes)
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return bytes.append(contentsOf: "{}".utf8) }
            bytes.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                bytes.append(contentsOf: index == 0 ? "\n".utf8 : ",\n".utf8)
                Self.indent(depth + 1, in: &bytes)
                JSONText.appendQuoted(key, to: &bytes)
                bytes.append(contentsOf: ": ".utf8)
                value.write(to: &bytes, depth: depth + 1)
            }
            bytes.append(UInt8(ascii: "\n"))
            Self.indent(depth, in: &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private static func indent(_ depth: Int, in bytes: inout [UInt8]) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// `12`, `12.5`, `0.1`; non-finite numbers (never produced) as `null`.
    package static func format(_ number: Double) -> String {
        JSONText.number(number)
    }
}
