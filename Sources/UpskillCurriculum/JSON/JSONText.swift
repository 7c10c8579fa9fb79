/// How upskill writes JSON scalars, shared by every JSON writer (roadmap output, the
/// progress store), so that all of them escape and format alike.
package enum JSONText {
    /// Appends `string` as a JSON string literal: quoted, with `"`, `\`, control
    /// characters and U+2028/U+2029 escaped (RFC 8259), everything else as UTF-8.
    package static func appendQuoted(_ string: String, to text: inout String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(string.utf8.count + 2)
        appendQuoted(string, to: &bytes)
        text += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `string` as a JSON string literal, in UTF-8, to `bytes`: quoted, with `"`,
    /// `\`, control characters (C0 and C1), U+2028/U+2029 and the bidi controls escaped
    /// (RFC 8259 allows any character escaped), so that no JSON upskill writes can steer
    /// a terminal it is shown on.
    /// - Complexity: O(n) in the string's UTF-8 length.
    package static func appendQuoted(_ string: String, to bytes: inout [UInt8]) {
        // A native string's UTF-8 is read in place (a small one from a copy on the stack);
        // only another kind is copied first.
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { utf8 in
            appendQuoted(utf8: utf8, to: &bytes)
        }
        if done == nil {
            var string = string
            string.withUTF8 { appendQuoted(utf8: $0, to: &bytes) }
        }
    }

    /// ``appendQuoted(_:to:)-([UInt8])`` for text already in UTF-8.
    private static func appendQuoted(utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        // Most strings need no escape: append them whole. (0xE2 leads U+2028 and U+2029.)
        guard utf8.contains(where: needsAttention) else {
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        bytes.append(UInt8(ascii: "\""))
        var position = 0
        while position < utf8.count {
            let byte = utf8[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
            case UInt8(ascii: "\n"): bytes.append(contentsOf: #"\n"#.utf8)
            case UInt8(ascii: "\r"): bytes.append(contentsOf: #"\r"#.utf8)
            case UInt8(ascii: "\t"): bytes.append(contentsOf: #"\t"#.utf8)
            case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
            case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
            case 0..<0x20: appendUnicodeEscape(UInt32(byte), to: &bytes)
            case 0xE2 where position + 1 < utf8.count && utf8[position] == 0x80
                && (utf8[position + 1] == 0xA8 || utf8[position + 1] == 0xA9):
                // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR.
                appendUnicodeEscape(utf8[position + 1] == 0xA8 ? 0x2028 : 0x2029, to: &bytes)
                position += 2
            case 0xE2 where position + 1 < utf8.count
                && ((utf8[position] == 0x80 && (0xAA...0xAE).contains(utf8[position + 1]))
                    || (utf8[position] == 0x81 && (0xA6...0xA9).contains(utf8[position + 1]))):
                // Bidi embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069):
                // escaped, so that JSON shown on a terminal reads as it is.
                let value = 0x2000 | (UInt32(utf8[position] & 0x03) << 6) | UInt32(utf8[position + 1] & 0x3F)
                appendUnicodeEscape(value, to: &bytes)
                position += 2
            case 0xC2 where position < utf8.count && (0x80...0x9F).contains(utf8[position]):
                // C1 controls (U+0080–U+009F), which some terminals obey.
                appendUnicodeEscape(UInt32(utf8[position]), to: &bytes)
                position += 1
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether UTF-8 text goes into a JSON string as it is, with no escape: what
    /// ``appendQuoted(_:to:)-([UInt8])`` writes between the quotes is then the text itself.
    /// - Complexity: O(n), eight bytes at a time while they are plain ASCII.
    package static func needsNoEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(utf8.baseAddress) else { return true }
        var position = 0
        // A word of eight bytes is plain when none is a control character, `"`, `\` or
        // beyond ASCII (bit-parallel tests; a word that fails is looked at byte by byte).
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while position + 8 <= utf8.count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            let quote = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
            let backslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
            let flags =
                ((word &- ones &* 0x20) | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash) & highs
                | word & highs
            if flags != 0 { break }
            position += 8
        }
        while position < utf8.count {
            if needsAttention(utf8[position]) { return false }
            position += 1
        }
        return true
    }

    private static func needsAttention(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xE2 || byte == 0xC2
    }

    /// `\u` and four lowercase hex digits.
    private static func appendUnicodeEscape(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: #"\u"#.utf8)
        for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8((value >> UInt32(shift)) & 0xF)
            bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
        }
    }

    /// A number as people write it: `12`, `12.5`, `0.1`; a non-finite number, which JSON
    /// cannot hold, as `null`.
    package static func number(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    /// Appends ``number(_:)`` of `number` to `bytes`, writing whole numbers digit by digit.
    package static func appendNumber(_ number: Double, to bytes: inout [UInt8]) {
        guard number.isFinite, number == number.rounded(), abs(number) < 1e15 else {
            bytes.append(contentsOf: self.number(number).utf8)
            return
        }
        appendInteger(Int(number), to: &bytes)
    }

    /// Appends an integer's decimal digits (with `-` when negative) to `bytes`, without
    /// making a string of it.
    package static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        guard magnitude >= 10 else {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude))
            return
        }
        // At most 20 digits (UInt64.max), written from the right.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
