/// Turns a string node's source bytes into a `String`, and compares them with a key.
///
/// The parser has already checked the bytes (valid UTF-8, valid escapes, paired
/// surrogates), but these functions stay memory-safe on any bytes: they never read outside
/// the node's range and never write more bytes than they read.
enum JSONStringDecoder {
    /// The value of a hex digit, or 0xFF for any other byte.
    @inline(__always)
    static func hexValue(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte &- UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte &- UInt8(ascii: "a") &+ 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte &- UInt8(ascii: "A") &+ 10
        default: 0xFF
        }
    }

    /// The bytes between the quotes of the string node `node`.
    @inline(__always)
    private static func content(of node: JSONNode, in source: UnsafeBufferPointer<UInt8>)
        -> UnsafeBufferPointer<UInt8>
    {
        let lower = min(Int(node.start) + 1, source.count)
        let upper = max(lower, min(Int(node.end) - 1, source.count))
        return UnsafeBufferPointer(rebasing: source[lower..<upper])
    }

    /// The decoded text of the string node `node` of the document whose bytes are `source`.
    static func decode(_ node: JSONNode, in source: UnsafeBufferPointer<UInt8>) -> String {
        let content = content(of: node, in: source)
        guard node.flags & JSONNode.hasEscapes != 0 else {
            // Copied in, rather than `String(decoding:as:)`: a string of up to 15 ASCII
            // bytes (most ids and names) is then made in place without a validating pass,
            // about 40% fewer instructions. Longer ones are still validated (the parser
            // has checked them already, so they never need repair).
            return String(unsafeUninitializedCapacity: content.count) { output in
                guard let source = content.baseAddress, let target = output.baseAddress else { return 0 }
                let count = min(content.count, output.count)
                target.update(from: source, count: count)
                return count
            }
        }
        // An escape never decodes to more bytes than it takes in the source, so the
        // source's length is enough room.
        return String(unsafeUninitializedCapacity: content.count) { output in
            unescape(content, into: output)
        }
    }

    /// Whether the string node `node` decodes to exactly the UTF-8 bytes `key`.
    static func matches(
        _ node: JSONNode, _ key: UnsafeBufferPointer<UInt8>, in source: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let content = content(of: node, in: source)
        guard node.flags & JSONNode.hasEscapes != 0 else {
            return equal(content, key)
        }
        guard content.count >= key.count else { return false }
        var decoded = [UInt8](repeating: 0, count: content.count)
        return decoded.withUnsafeMutableBufferPointer { output in
            let length = unescape(content, into: output)
            return equal(UnsafeBufferPointer(rebasing: output[0..<length]), key)
        }
    }

    /// Whether `a` and `b` hold the same bytes.
    @inline(__always)
    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for i in 0..<a.count where a[i] != b[i] {
            return false
        }
        return true
    }

    /// Writes the unescaped UTF-8 of `content` to `output`, which must be at least as long;
    /// returns the number of bytes written. Each step writes at most as many bytes as it
    /// reads, so the write index never passes the read index.
    private static func unescape(
        _ content: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        let count = min(content.count, output.count)
        var i = 0
        var o = 0
        while i < count {
            let byte = content[i]
            guard byte == UInt8(ascii: "\\") else {
                output[o] = byte
                o += 1
                i += 1
                continue
            }
            guard i + 1 < count else { break }
            switch content[i + 1] {
            case UInt8(ascii: "b"): output[o] = 0x08
            case UInt8(ascii: "f"): output[o] = 0x0C
            case UInt8(ascii: "n"): output[o] = 0x0A
            case UInt8(ascii: "r"): output[o] = 0x0D
            case UInt8(ascii: "t"): output[o] = 0x09
            case UInt8(ascii: "u"):
                guard var scalar = hex4(content, at: i + 2) else {
                    i += 2
                    continue
                }
                i += 6
                if (0xD800...0xDBFF).contains(scalar), i + 6 <= count, content[i] == UInt8(ascii: "\\"),
                    content[i + 1] == UInt8(ascii: "u"), let low = hex4(content, at: i + 2),
                    (0xDC00...0xDFFF).contains(low)
                {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                o = encode(Unicode.Scalar(scalar) ?? "\u{FFFD}", into: output, at: o)
                continue
            default:
                output[o] = content[i + 1]  // `"`, `\` or `/`
            }
            o += 1
            i += 2
        }
        return o
    }

    /// The value of the four hex digits at `i` in `bytes`, or nil.
    @inline(__always)
    private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32? {
        guard i >= 0, i + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for k in i..<(i + 4) {
            let digit = hexValue(bytes[k])
            guard digit < 16 else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Writes `scalar` as UTF-8 at `o` in `output`; returns the index after it. (A scalar
    /// from a 6-byte `\uXXXX` takes at most 3 bytes; one from a 12-byte pair takes 4.)
    @inline(__always)
    private static func encode(
        _ scalar: Unicode.Scalar, into output: UnsafeMutableBufferPointer<UInt8>, at o: Int
    ) -> Int {
        let value = scalar.value
        let bytes: [UInt8] =
            switch value {
            case ..<0x80: [UInt8(value)]
            case ..<0x800: [UInt8(0xC0 | value >> 6), UInt8(0x80 | value & 0x3F)]
            case ..<0x10000:
                [UInt8(0xE0 | value >> 12), UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F)]
            default:
                [
                    UInt8(0xF0 | value >> 18), UInt8(0x80 | value >> 12 & 0x3F),
                    UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F),
                ]
            }
        guard o >= 0, o + bytes.count <= output.count else { return o }
        var o = o
        for byte in bytes {
            output[o] = byte
            o += 1
        }
        return o
    }
}
