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
        var text = ""
        write(to: &text, indent: "")
        return text + "\n"
    }

    private func write(to text: inout String, indent: String) {
        switch self {
        case .string(let string): JSONText.appendQuoted(string, to: &text)
        case .number(let number): text += JSONOutput.format(number)
        case .bool(let bool): text += bool ? "true" : "false"
        case .null: text += "null"
        case .array(let elements):
            if elements.isEmpty {
                text += "[]"
                return
            }
            let inner = indent + "  "
            text += "[\n"
            for (index, element) in elements.enumerated() {
                text += inner
                element.write(to: &text, indent: inner)
                text += index == elements.count - 1 ? "\n" : ",\n"
            }
            text += indent + "]"
        case .object(let members):
            if members.isEmpty {
                text += "{}"
                return
            }
            let inner = indent + "  "
            text += "{\n"
            for (index, (key, value)) in members.enumerated() {
                text += inner
                JSONText.appendQuoted(key, to: &text)
                text += ": "
                value.write(to: &text, indent: inner)
                text += index == members.count - 1 ? "\n" : ",\n"
            }
            text += indent + "}"
        }
    }

    /// `12`, `12.5`, `0.1`; non-finite numbers (never produced) as `null`.
    package static func format(_ number: Double) -> String {
        JSONText.number(number)
    }
}
