/// The messages of ``JSONParser``: what was found where something else was expected, said
/// for the person reading it.
extension JSONParser {
    // MARK: - Errors

    /// The position of the byte at `offset`.
    func position(of offset: Int) -> SourcePosition {
        JSONLineTable.position(ofOffset: offset, in: buffer, count: count)
    }

    /// An error with `message` at `offset`.
    func error(_ message: String, at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(message: message, offset: offset, position: position(of: offset))
    }

    /// The error for the end of the file where more was expected.
    func endOfFileError() -> JSONSyntaxError {
        guard let top = stack.last else {
            return error("the file is empty: expected a JSON value", at: count)
        }
        let opened = position(of: top.start)
        let container = top.isObject ? "object" : "array"
        return error("unexpected end of file: the \(container) opened at \(opened) is not closed", at: count)
    }

    /// What a person would call the token at `i`, for a "found ..." message.
    struct Found {
        /// The token as a message shows it, e.g. `'}'`, `'NaN'` or `control character U+0001`.
        var text: String
        /// The word at `i` when it starts with a letter, digit or `_`, e.g. `NaN`.
        var word: String?
    }

    /// Describes the token at `i` (before the end of the file); throws the UTF-8 error when
    /// the bytes there are not UTF-8.
    func found(at i: Int) throws(JSONSyntaxError) -> Found {
        let byte = bytes[i]
        if byte >= 0x80 {
            let end = try utf8Sequence(at: i)
            let character = bytes.text(i, end)
            let scalar = character.unicodeScalars.first.map { Self.codePoint($0.value) } ?? ""
            return Found(text: "'\(character)' (\(scalar))")
        }
        if Self.isWordByte(byte) {
            var end = i
            while Self.isWordByte(bytes[end]) && end - i < 40 { end += 1 }
            let word = bytes.text(i, end)
            return Found(text: "'\(word)'", word: word)
        }
        if byte < 0x20 || byte == 0x7F {
            return Found(text: "control character \(Self.codePoint(UInt32(byte)))")
        }
        return Found(text: "'\(Character(Unicode.Scalar(byte)))'")
    }

    /// The error `message(found)` for the token at `i`, or the UTF-8 error found there.
    func describingFound(at i: Int, _ message: (Found) -> String) -> JSONSyntaxError {
        if i >= count { return endOfFileError() }
        do {
            return error(message(try found(at: i)), at: i)
        } catch {
            return error
        }
    }

    /// "expected `expected`, found ..." for the token at `i`, with a hint for common
    /// mistakes (comments, single quotes, NaN, unquoted keys); the end-of-file error at the
    /// end of the file.
    func unexpected(at i: Int, expected: String, isKey: Bool = false) -> JSONSyntaxError {
        describingFound(at: i) { found in
            var message = "expected \(expected), found \(found.text)"
            switch (bytes[i], found.word) {
            case (UInt8(ascii: "/"), _):
                message += " (JSON does not allow comments)"
            case (UInt8(ascii: "'"), _):
                message += " (JSON strings use double quotes)"
            case (_, "NaN"?), (_, "Infinity"?):
                message += " (JSON has no NaN or Infinity)"
            case (_, let word?) where isKey:
                message += " (object keys must be strings in double quotes, like \"\(word)\")"
            case (_, let word?) where ["true", "false", "null"].contains(word.lowercased()):
                message += " (JSON's literals are lowercase: true, false, null)"
            default:
                break
            }
            return message
        }
    }

    /// "invalid number '...'" for the malformed number that starts at `start`.
    func invalidNumber(at start: Int) -> JSONSyntaxError {
        var end = start + 1
        while Self.isNumberByte(bytes[end]) { end += 1 }
        let text = bytes.text(start, end)
        var message = "invalid number '\(Self.abbreviated(text))'"
        if text.hasSuffix("Infinity") { message += " (JSON has no NaN or Infinity)" }
        return error(message, at: start)
    }

    /// The error for a raw control character, at `i`, in the string that starts at
    /// `stringStart`.
    func controlCharacter(at i: Int, stringStart: Int) -> JSONSyntaxError {
        let byte = bytes[i]
        let escape: String
        switch byte {
        case 0x08: escape = "\\b"
        case 0x09: escape = "\\t"
        case 0x0A: escape = "\\n"
        case 0x0C: escape = "\\f"
        case 0x0D: escape = "\\r"
        default: escape = "\\u00" + Self.hex(byte).dropFirst(2)
        }
        var message = "control character \(Self.codePoint(UInt32(byte))) in a string: write it as \(escape)"
        if byte == 0x0A || byte == 0x0D {
            message += " (or is the closing '\"' missing? the string starts at \(position(of: stringStart)))"
        }
        return error(message, at: i)
    }

    /// The error for the escape whose backslash is at `i`, which is not a JSON escape.
    func invalidEscape(at i: Int) -> JSONSyntaxError {
        let byte = bytes[i + 1]
        let shown: String
        if byte >= 0x21 && byte < 0x7F {
            shown = "'\\\(Character(Unicode.Scalar(byte)))'"
        } else if byte >= 0x80 {
            do {
                shown = "'\\' followed by \(try found(at: i + 1).text)"
            } catch {
                return error
            }
        } else {
            let what = byte == 0x20 ? "a space" : "control character \(Self.codePoint(UInt32(byte)))"
            shown = "'\\' followed by \(what)"
        }
        return error(
            "invalid escape \(shown) in a string; "
                + "valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX",
            at: i
        )
    }

    /// The error for a `\u` escape at `i` that is not followed by four hex digits.
    func badUnicodeEscape(at i: Int, stringStart: Int) -> JSONSyntaxError {
        var end = i + 2
        while end < i + 6 && JSONStringDecoder.hexValue(bytes[end]) < 16 { end += 1 }
        if end >= count {
            return error("unterminated string (it starts at \(position(of: stringStart)))", at: count)
        }
        var shown = end
        while shown < i + 6, bytes[shown] > 0x20, bytes[shown] < 0x7F, bytes[shown] != UInt8(ascii: "\"") {
            shown += 1
        }
        let text = bytes.text(i, shown)
        return error("invalid escape '\(text)' in a string: \\u must be followed by four hex digits", at: i)
    }

    /// The error for a surrogate escape at `i` that is not half of a pair.
    func loneSurrogate(at i: Int, isHigh: Bool) -> JSONSyntaxError {
        let text = bytes.text(i, i + 6)
        let detail =
            isHigh
            ? "a high surrogate must be followed by a low surrogate escape (\\uDC00-\\uDFFF)"
            : "a low surrogate must follow a high surrogate escape (\\uD800-\\uDBFF)"
        return error("lone surrogate '\(text)' in a string: \(detail)", at: i)
    }

    /// `0xFF`.
    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x\(digits[Int(byte >> 4)])\(digits[Int(byte & 0xF)])"
    }

    /// `U+000A`, `U+1F600`.
    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text`, cut to 40 characters with an ellipsis when longer.
    static func abbreviated(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : text
    }
}
