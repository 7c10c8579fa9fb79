import UpskillCurriculum
/// JSON as the store writes it: keys in the order given, strings escaped per RFC 8259,
/// integers without a fraction. ``pretty()`` for `state.json` (containers of plain values
/// on one line, the rest indented by two spaces), ``compact()`` for journal lines.
enum StoreJSON {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case null
    case array([StoreJSON])
    case object([(String, StoreJSON)])

    /// A string, or `null` for `nil`.
    static func optional(_ text: String?) -> StoreJSON {
        text.map(StoreJSON.string) ?? .null
    }

    /// The value on one line, with no spaces: one journal line.
    func compact() -> String {
        var text = ""
        write(to: &text, indent: nil)
        return text
    }

    /// The value indented for people, ending in a newline.
    func pretty() -> String {
        var text = ""
        write(to: &text, indent: "")
        return text + "\n"
    }

    /// Whether the value is a container of plain values only (or a plain value), which
    /// pretty printing keeps on one line.
    private var isFlat: Bool {
        switch self {
        case .array(let elements): elements.allSatisfy(\.isScalar)
        case .object(let members): members.allSatisfy { $0.1.isScalar }
        default: true
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    private func write(to text: inout String, indent: String?) {
        switch self {
        case .string(let string): JSONText.appendQuoted(string, to: &text)
        case .number(let number): text += Self.format(number)
        case .integer(let integer): text += String(integer)
        case .bool(let bool): text += bool ? "true" : "false"
        case .null: text += "null"
        case .array(let elements):
            writeContainer(elements.map { (nil, $0) }, open: "[", close: "]", to: &text, indent: indent)
        case .object(let members):
            writeContainer(members.map { ($0.0, $0.1) }, open: "{", close: "}", to: &text, indent: indent)
        }
    }

    private func writeContainer(
        _ items: [(String?, StoreJSON)], open: String, close: String, to text: inout String, indent: String?
    ) {
        text += open
        defer { text += close }
        guard !items.isEmpty else { return }
        let multiline = indent != nil && !isFlat
        let inner = multiline ? (indent ?? "") + "  " : indent
        let separator = indent == nil ? "," : (multiline ? ",\n" : ", ")
        if multiline { text += "\n" }
        for (index, (key, value)) in items.enumerated() {
            if index > 0 { text += separator }
            if multiline { text += inner ?? "" }
            if let key {
                JSONText.appendQuoted(key, to: &text)
                text += indent == nil ? ":" : ": "
            }
            value.write(to: &text, indent: inner)
        }
        if multiline { text += "\n" + (indent ?? "") }
    }

    /// `12`, `12.5`, `0.1`; a non-finite number (never stored) as `null`.
    static func format(_ number: Double) -> String {
        JSONText.number(number)
    }
}
