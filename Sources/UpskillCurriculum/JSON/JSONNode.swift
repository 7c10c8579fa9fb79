/// One value on a parsed document's tape: a flat array of nodes in document order.
///
/// A container is followed by its children; an object's children alternate between a key
/// (a string node) and that key's value. `next` skips a node's whole subtree, so siblings
/// are walked without recursion. Offsets are 32-bit to keep a node at 16 bytes, which
/// limits a document to 4 GiB (the parser rejects larger files). A container's number of
/// children is not stored: it is counted by walking them, when asked.
struct JSONNode: Sendable {
    /// What sort of value a node is. `true` and `false` are separate tags so a boolean
    /// needs no look at the source bytes.
    enum Tag: UInt8, Sendable {
        case object, array, string, number, `true`, `false`, null

        /// The sort of value a node of this tag is (both booleans are `.bool`).
        var kind: JSONValue.Kind {
            switch self {
            case .object: .object
            case .array: .array
            case .string: .string
            case .number: .number
            case .true, .false: .bool
            case .null: .null
            }
        }
    }

    /// Flag bit of a string node whose source contains a backslash escape.
    static let hasEscapes: UInt8 = 1

    /// Byte offset of the value's first byte (a string's opening quote).
    var start: UInt32
    /// Byte offset just past the value's last byte (a string's closing quote, a container's
    /// closing bracket).
    var end: UInt32
    /// Index of the first node after this node's subtree: its next sibling, if any.
    var next: UInt32
    /// What sort of value this is.
    var tag: Tag
    /// ``hasEscapes`` for a string with escapes; otherwise 0.
    var flags: UInt8
}
