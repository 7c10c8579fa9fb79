/// The scanners of ``JSONParser`` for what is not a container: whitespace, strings (with
/// their escapes and UTF-8), numbers and the bytes they may hold.
extension JSONParser {
    /// The index of the first byte at or after `i` that is not JSON whitespace.
    @inline(__always)
    func skipWhitespace(_ i: Int) -> Int {
        var i = i
        while true {
            let byte = bytes[i]
            if byte > 0x20 { return i }
            if byte == 0x20 {
                i += 1
                // Indentation: skip a run of spaces a word at a time. The first byte that is
                // not a space is the lowest non-zero byte of `word ^ spaces` (little-endian).
                while let word = bytes.word(at: i) {
                    let other = word ^ 0x2020_2020_2020_2020
                    if other != 0 {
                        i += other.trailingZeroBitCount >> 3
                        break
                    }
                    i += 8
                }
            } else if byte == 0x0A || byte == 0x0D || byte == 0x09 {
                i += 1
            } else {
                return i
            }
        }
    }

    /// Parses the string whose opening quote is at `start`; returns the index after its
    /// closing quote.
    @inline(__always)
    mutating func string(at start: Int) throws(JSONSyntaxError) -> Int {
        var i = start + 1
        var flags: UInt8 = 0
        while true {
            // Skip printable ASCII other than `"` and `\` a word at a time; the first byte
            // that needs a look is the lowest flagged byte of `specialBytes` (little-endian).
            while let word = bytes.word(at: i) {
                let special = Self.specialBytes(word)
                if special != 0 {
                    i += special.trailingZeroBitCount >> 3
                    break
                }
                i += 8
            }
            var byte = bytes[i]
            while byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte &- 0x20 < 0x60 {
                i += 1
                byte = bytes[i]
            }
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                flags = JSONNode.hasEscapes
                i = try escape(at: i, stringStart: start)
            } else if byte >= 0x80 {
                i = try utf8Sequence(at: i)
            } else if i >= count {
                throw error("unterminated string (it starts at \(position(of: start)))", at: count)
            } else {
                throw controlCharacter(at: i, stringStart: start)
            }
        }
        append(.string, from: start, to: i + 1, flags: flags)
        return i + 1
    }

    /// The high bit of each byte of `word` that is below 0x20, at or above 0x80, `"` or `\`
    /// is set; bytes above the lowest such byte may be flagged wrongly (borrows), but the
    /// lowest flag is exact, which is all the caller uses.
    @inline(__always)
    static func specialBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        let below20 = (word &- ones &* 0x20) & ~word
        let isQuote = (quotes &- ones) & ~quotes
        let isBackslash = (backslashes &- ones) & ~backslashes
        return (below20 | isQuote | isBackslash | word) & highs
    }

    /// Checks the escape whose backslash is at `i`, in the string that starts at
    /// `stringStart`; returns the index after it.
    func escape(at i: Int, stringStart: Int) throws(JSONSyntaxError) -> Int {
        switch bytes[i + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
            UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return i + 2
        case UInt8(ascii: "u"):
            guard let unit = hex4(at: i + 2) else { throw badUnicodeEscape(at: i, stringStart: stringStart) }
            switch unit {
            case 0xD800...0xDBFF:
                guard bytes[i + 6] == UInt8(ascii: "\\"), bytes[i + 7] == UInt8(ascii: "u") else {
                    throw loneSurrogate(at: i, isHigh: true)
                }
                guard let low = hex4(at: i + 8) else {
                    throw badUnicodeEscape(at: i + 6, stringStart: stringStart)
                }
                guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate(at: i, isHigh: true) }
                return i + 12
            case 0xDC00...0xDFFF:
                throw loneSurrogate(at: i, isHigh: false)
            default:
                return i + 6
            }
        default:
            if i + 1 >= count {
                throw error("unterminated string (it starts at \(position(of: stringStart)))", at: count)
            }
            throw invalidEscape(at: i)
        }
    }

    /// The value of the four hex digits at `i`, or nil if they are not four hex digits.
    @inline(__always)
    func hex4(at i: Int) -> UInt32? {
        var value: UInt32 = 0
        for k in 0..<4 {
            let digit = JSONStringDecoder.hexValue(bytes[i + k])
            guard digit < 16 else { return nil }  // stops at the zero after the file
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Checks the UTF-8 sequence whose lead byte (not ASCII) is at `i`; returns the index
    /// after it.
    func utf8Sequence(at i: Int) throws(JSONSyntaxError) -> Int {
        let lead = bytes[i]
        var length = 3
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: break
        case 0xED: high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default:
            throw error("the file is not UTF-8 text: invalid byte \(Self.hex(lead))", at: i)
        }
        let second = bytes[i + 1]
        guard second >= low && second <= high else {
            throw error(
                second & 0xC0 == 0x80
                    ? "the file is not UTF-8 text: invalid byte \(Self.hex(lead)) (it starts an overlong "
                        + "encoding, an encoded surrogate or a code point above U+10FFFF)"
                    : "the file is not UTF-8 text: invalid byte \(Self.hex(lead)) (an incomplete "
                        + "multi-byte sequence)",
                at: i
            )
        }
        for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 {
            throw error(
                "the file is not UTF-8 text: invalid byte \(Self.hex(lead)) "
                    + "(an incomplete multi-byte sequence)",
                at: i
            )
        }
        return i + length
    }

    /// Parses the number that starts at `start`; returns the index after it.
    @inline(__always)
    mutating func number(at start: Int) throws(JSONSyntaxError) -> Int {
        var i = start
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        let integerStart = i
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
        } else if bytes[i] &- UInt8(ascii: "1") < 9 {
            repeat { i += 1 } while Self.isDigit(bytes[i])
        } else {
            throw invalidNumber(at: start)
        }
        let integerDigits = i - integerStart
        if bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard Self.isDigit(bytes[i]) else { throw invalidNumber(at: start) }
            repeat { i += 1 } while Self.isDigit(bytes[i])
        }
        var exponent = 0
        if bytes[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            var negative = false
            if bytes[i] == UInt8(ascii: "+") {
                i += 1
            } else if bytes[i] == UInt8(ascii: "-") {
                negative = true
                i += 1
            }
            guard Self.isDigit(bytes[i]) else { throw invalidNumber(at: start) }
            repeat {
                if exponent < 1_000_000 { exponent = exponent * 10 + Int(bytes[i] &- UInt8(ascii: "0")) }
                i += 1
            } while Self.isDigit(bytes[i])
            if negative { exponent = -exponent }
        }
        if Self.isNumberByte(bytes[i]) { throw invalidNumber(at: start) }
        // Below 10^308 a number cannot round to infinity; only larger ones need a look.
        if integerDigits + exponent > 308 {
            let text = bytes.text(start, i)
            if !(Double(text)?.isFinite ?? false) {
                throw error(
                    "number out of range: '\(Self.abbreviated(text))' is too large for a 64-bit "
                        + "floating-point number",
                    at: start
                )
            }
        }
        append(.number, from: start, to: i)
        return i
    }

    // MARK: - Byte classes

    /// `0`-`9`.
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    /// ASCII letters, digits and `_`: the bytes that continue a word such as `true`.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte == UInt8(ascii: "_")
    }

    /// Bytes that, right after a number, make it a malformed number rather than a number
    /// followed by something else: `01`, `1.2.3`, `0x1F`, `1-2`.
    @inline(__always)
    static func isNumberByte(_ byte: UInt8) -> Bool {
        isWordByte(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "-")
    }
}
