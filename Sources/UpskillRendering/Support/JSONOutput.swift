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
        var writer = JSONWriter()
        writer.value(self)
        return String(decoding: writer.finished(), as: UTF8.self)
    }

    /// `12`, `12.5`, `0.1`; non-finite numbers (never produced) as `null`.
    package static func format(_ number: Double) -> String {
        JSONText.number(number)
    }
}
