/// One value in a ``JSONDocument``: a cheap view (the document and an index on its tape).
///
/// Accessors of the wrong kind return nil: `string` of a number is nil, `elements` of an
/// object is nil. A decoder checks ``kind`` and reports a mismatch with ``position``.
package struct JSONValue: Sendable {
    /// What sort of value a ``JSONValue`` is.
    package enum Kind: Hashable, Sendable, CaseIterable, CustomStringConvertible {
        /// `{...}`
        case object
        /// `[...]`
        case array
        /// `"..."`
        case string
        /// `12`, `-0.5`, `1e3`
        case number
        /// `true` or `false`
        case bool
        /// `null`
        case null

        /// The kind as a message names it: "an object", "an array", "a string", "a number",
        /// "a boolean" or "null", as in "expected a string, found a number".
        package var description: String {
            switch self {
            case .object: "an object"
            case .array: "an array"
            case .string: "a string"
            case .number: "a number"
            case .bool: "a boolean"
            case .null: "null"
            }
        }
    }

    /// The document the value is in.
    package let document: JSONDocument
    /// The value's index on the document's tape.
    let index: Int

    /// A view of the value at `index` on the tape of `document`.
    init(document: JSONDocument, index: Int) {
        self.document = document
        self.index = index
    }

    /// The value's tape node.
    private var node: JSONNode {
        document.nodes[index]
    }

    /// What sort of value this is.
    package var kind: Kind {
        node.tag.kind
    }

    /// The byte offset of the value's first byte (a string's opening quote).
    package var offset: Int {
        Int(node.start)
    }

    /// The byte offset just past the value's last byte (a string's closing quote, a
    /// container's closing bracket).
    package var endOffset: Int {
        Int(node.end)
    }

    /// The line and column of the value's first byte.
    package var position: SourcePosition {
        document.position(ofOffset: offset)
    }

    /// The decoded text of a string (escapes and surrogate pairs resolved), or nil for other
    /// kinds. Each call decodes again; a string without escapes is a straight copy.
    package var string: String? {
        let node = self.node
        guard node.tag == .string else { return nil }
        return document.bytes.withUnsafeBufferPointer { JSONStringDecoder.decode(node, in: $0) }
    }

    /// The value of a number, correctly rounded to a `Double` (`-0` is `-0.0`), or nil for
    /// other kinds.
    package var number: Double? {
        let node = self.node
        guard node.tag == .number else { return nil }
        return document.bytes.withUnsafeBufferPointer { JSONNumberDecoder.double(node, in: $0) }
    }

    /// The value of `true` or `false`, or nil for other kinds.
    package var bool: Bool? {
        switch node.tag {
        case .true: true
        case .false: false
        default: nil
        }
    }

    /// Whether the value is `null`.
    package var isNull: Bool {
        node.tag == .null
    }

    /// The number of elements of an array or members of an object, or nil for other kinds.
    /// - Complexity: O(n), n being the count: it walks the children.
    package var count: Int? {
        guard node.tag == .array || node.tag == .object else { return nil }
        var count = 0
        forEachChild(step: node.tag == .object ? 2 : 1) { _ in
            count += 1
            return true
        }
        return count
    }

    /// The elements of an array, in order, or nil for other kinds.
    package var elements: [JSONValue]? {
        guard node.tag == .array, let count else { return nil }
        var result: [JSONValue] = []
        result.reserveCapacity(count)
        forEachChild(step: 1) {
            result.append(JSONValue(document: document, index: $0))
            return true
        }
        return result
    }

    /// The members of an object in document order, duplicate keys included, or nil for
    /// other kinds.
    package var members: [JSONMember]? {
        guard node.tag == .object, let count else { return nil }
        let nodes = document.nodes
        return document.bytes.withUnsafeBufferPointer { source in
            var result: [JSONMember] = []
            result.reserveCapacity(count)
            forEachChild(step: 2) { keyIndex in
                let key = nodes[keyIndex]
                result.append(
                    JSONMember(
                        key: JSONStringDecoder.decode(key, in: source),
                        keyOffset: Int(key.start),
                        value: JSONValue(document: document, index: keyIndex + 1)
                    )
                )
                return true
            }
            return result
        }
    }

    /// Calls `body` with each member of an object, in document order (duplicate keys
    /// included): the position in `keys` of the member's key, or nil when it is none of
    /// them; the key, as a string value (for its text and position); and the value.
    ///
    /// Keys are compared by their decoded UTF-8 bytes, without making strings of them.
    /// - Returns: false, calling nothing, when this is not an object.
    package func forEachMember(matching keys: [String], _ body: (Int?, _ key: JSONValue, _ value: JSONValue) -> Void)
        -> Bool
    {
        guard node.tag == .object else { return false }
        let nodes = document.nodes
        document.bytes.withUnsafeBufferPointer { source in
            forEachChild(step: 2) { keyIndex in
                let keyNode = nodes[keyIndex]
                let length = Int(keyNode.end) - Int(keyNode.start) - 2
                let hasEscapes = keyNode.flags & JSONNode.hasEscapes != 0
                let match = keys.firstIndex { key in
                    // Without escapes the key's length is known before comparing bytes.
                    guard hasEscapes || key.utf8.count == length else { return false }
                    var key = key
                    return key.withUTF8 { JSONStringDecoder.matches(keyNode, $0, in: source) }
                }
                body(match, JSONValue(document: document, index: keyIndex), JSONValue(document: document, index: keyIndex + 1))
                return true
            }
        }
        return true
    }

    /// Calls `body` with the tape index of each child of this container, in order: each
    /// element of an array (`step` 1), or each member's key of an object (`step` 2; the
    /// value follows its key). Stops early when `body` returns false.
    @inline(__always)
    private func forEachChild(step: Int, _ body: (Int) -> Bool) {
        let nodes = document.nodes
        let end = Int(nodes[index].next)
        var child = index + 1
        while child + step - 1 < end, child + step - 1 < nodes.count {
            guard body(child) else { return }
            let next = Int(nodes[child + step - 1].next)
            guard next > child else { return }  // a well-formed tape always moves on
            child = next
        }
    }

    /// The value of the first member named `key` of an object, or nil if there is none or
    /// this is not an object.
    ///
    /// Keys are compared by their decoded UTF-8 bytes (as JSON compares them), not by
    /// Unicode canonical equivalence. No key is decoded unless it has escapes.
    package func member(_ key: String) -> JSONValue? {
        guard node.tag == .object else { return nil }
        let nodes = document.nodes
        var key = key
        let found: Int? = key.withUTF8 { key in
            document.bytes.withUnsafeBufferPointer { source in
                var found: Int?
                forEachChild(step: 2) { (keyIndex: Int) -> Bool in
                    guard JSONStringDecoder.matches(nodes[keyIndex], key, in: source) else { return true }
                    found = keyIndex + 1
                    return false
                }
                return found
            }
        }
        return found.map { JSONValue(document: document, index: $0) }
    }
}
