/// A borrowed view of a ``JSONDocument``'s tape and bytes, for decoders that walk a whole
/// document: values are tape indices, so reading one retains nothing and walking an array
/// or an object allocates nothing.
///
/// Only valid inside ``JSONDocument/withTape(_:)``; do not let it escape. (`@unchecked
/// Sendable`: it only reads the document's immutable arrays, which outlive it.) Every read is
/// bounds-checked against the tape, so a malformed index yields a `null`-like answer
/// rather than reading outside it.
struct JSONTape: @unchecked Sendable {
    let nodes: UnsafeBufferPointer<JSONNode>
    let bytes: UnsafeBufferPointer<UInt8>

    /// The index of the root value.
    static let root = 0

    /// A tape of no values, where a decoder keeps none.
    static let empty = JSONTape(nodes: UnsafeBufferPointer(start: nil, count: 0), bytes: UnsafeBufferPointer(start: nil, count: 0))

    /// The node at `index`, or a `null` node past the tape's end.
    @inline(__always)
    func node(_ index: Int) -> JSONNode {
        index >= 0 && index < nodes.count
            ? nodes[index] : JSONNode(start: 0, end: 0, next: UInt32(nodes.count), tag: .null, flags: 0)
    }

    /// What sort of value is at `index`.
    @inline(__always)
    func kind(_ index: Int) -> JSONValue.Kind {
        node(index).tag.kind
    }

    /// The byte offset of the value's first byte.
    @inline(__always)
    func offset(_ index: Int) -> Int {
        Int(node(index).start)
    }

    /// The decoded text of a string, or nil for other kinds.
    @inline(__always)
    func string(_ index: Int) -> String? {
        let node = node(index)
        guard node.tag == .string else { return nil }
        return JSONStringDecoder.decode(node, in: bytes)
    }

    /// The value of a number, or nil for other kinds.
    @inline(__always)
    func number(_ index: Int) -> Double? {
        let node = node(index)
        guard node.tag == .number else { return nil }
        return JSONNumberDecoder.double(node, in: bytes)
    }

    /// Whether `index` is an array.
    @inline(__always)
    func isArray(_ index: Int) -> Bool {
        node(index).tag == .array
    }

    /// Calls `body` with the tape index of each child of the container at `index`: each
    /// element of an array (`step` 1), or each member's key of an object (`step` 2; the
    /// value follows its key). Stops early when `body` returns false.
    @inline(__always)
    func forEachChild(of index: Int, step: Int, _ body: (Int) -> Bool) {
        guard index >= 0, index < nodes.count else { return }
        let end = min(Int(nodes[index].next), nodes.count)
        var child = index + 1
        while child + step - 1 < end {
            guard body(child) else { return }
            let next = Int(nodes[child + step - 1].next)
            guard next > child else { return }  // a well-formed tape always moves on
            child = next
        }
    }

    /// The number of elements of the array at `index` (0 for other kinds).
    /// - Complexity: O(n): it walks the elements (skipping their subtrees).
    func elementCount(_ index: Int) -> Int {
        guard isArray(index) else { return 0 }
        var count = 0
        forEachChild(of: index, step: 1) { _ in
            count += 1
            return true
        }
        return count
    }

    /// The bytes of the string node at `keyIndex` packed as ``ObjectKeys`` packs its keys
    /// (byte `i` at bits `8 i` of two words), or nil for a string with escapes, one longer
    /// than 16 bytes, or another kind of node.
    @inline(__always)
    func packedKey(_ keyIndex: Int) -> (length: Int, low: UInt64, high: UInt64)? {
        let node = node(keyIndex)
        guard node.tag == .string, node.flags & JSONNode.hasEscapes == 0 else { return nil }
        let start = Int(node.start) + 1
        let length = Int(node.end) - start - 1
        guard length >= 0, length <= 16, start + length <= bytes.count, let base = bytes.baseAddress else {
            return nil
        }
        let raw = UnsafeRawPointer(base + start)
        if start + 16 <= bytes.count {
            // Two whole words, masked to the key's length.
            let first = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            let second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            if length <= 8 {
                return (length, length == 8 ? first : first & ((1 << (8 * UInt64(length))) - 1), 0)
            }
            let high = length == 16 ? second : second & ((1 << (8 * UInt64(length - 8))) - 1)
            return (length, first, high)
        }
        // Near the end of the file: byte by byte, reading nothing past it.
        var words: (UInt64, UInt64) = (0, 0)
        for index in 0..<length {
            let byte = UInt64(base[start + index])
            if index < 8 { words.0 |= byte << (8 * UInt64(index)) } else { words.1 |= byte << (8 * UInt64(index - 8)) }
        }
        return (length, words.0, words.1)
    }

    /// Whether the string node at `keyIndex` decodes to exactly the UTF-8 bytes `key`.
    @inline(__always)
    func key(_ keyIndex: Int, matches key: UnsafeBufferPointer<UInt8>) -> Bool {
        let node = node(keyIndex)
        guard node.tag == .string else { return false }
        // Without escapes the key's length is known before comparing bytes.
        if node.flags & JSONNode.hasEscapes == 0, Int(node.end) - Int(node.start) - 2 != key.count { return false }
        return JSONStringDecoder.matches(node, key, in: bytes)
    }
}

extension JSONDocument {
    /// Calls `body` with a borrowed view of the tape and bytes, for a decoder that walks
    /// the whole document without retaining it value by value.
    func withTape<Result>(_ body: (JSONTape) throws -> Result) rethrows -> Result {
        try nodes.withUnsafeBufferPointer { nodes in
            try bytes.withUnsafeBufferPointer { bytes in try body(JSONTape(nodes: nodes, bytes: bytes)) }
        }
    }
}
