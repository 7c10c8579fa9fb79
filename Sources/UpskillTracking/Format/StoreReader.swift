import UpskillCurriculum
import UpskillPlanner

/// Reads the values of a store file strictly, failing with a ``TrackingError`` of kind
/// `damaged` that names the file, the line and column, the field and what was expected.
struct StoreReader {
    /// The file as messages name it.
    let file: String
    /// The line of the file the parsed document starts on: 1 for a whole file, `n` for
    /// journal line `n`.
    var firstLine = 1

    /// Parses `bytes` as one JSON document.
    func document(_ bytes: [UInt8], what: String) throws(TrackingError) -> JSONDocument {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw TrackingError(
                .damaged, file: file, "\(location(line: 1, column: 1)): \(what) is empty: it was truncated")
        }
        do {
            return try JSONDocument(bytes: bytes)
        } catch {
            let truncated = error.offset >= bytes.count ? "; it ends too soon: it looks truncated" : ""
            let position = error.position
            throw TrackingError(
                .damaged, file: file,
                "\(location(line: position.line, column: position.column)): \(what) is not valid JSON: \(error.message)\(truncated)"
            )
        }
    }

    /// A `damaged` error at `value` (or the file, for `nil`) about the field at `path`.
    func damaged(_ value: JSONValue?, at path: String, _ message: String) -> TrackingError {
        let where_ = value.map { location(line: $0.position.line, column: $0.position.column) } ?? file
        return TrackingError(.damaged, file: file, "\(where_): \(path.isEmpty ? "" : path + ": ")\(message)")
    }

    private func location(line: Int, column: Int) -> String {
        "\(file):\(firstLine - 1 + line):\(column)"
    }

    /// The object `value`, checking that every key is among `keys` and none repeats.
    func object(_ value: JSONValue, at path: String, keys: [String]) throws(TrackingError) -> StoreObject {
        guard let members = value.members else {
            throw damaged(value, at: path, "expected an object, found \(value.kind)")
        }
        var seen: Set<String> = []
        for member in members {
            guard seen.insert(member.key).inserted else {
                throw damaged(member.value, at: path, "key '\(member.key)' appears twice")
            }
            guard keys.contains(member.key) else {
                let hint = Suggestion.closest(to: member.key, in: keys).map { "; did you mean '\($0)'?" } ?? ""
                throw damaged(
                    member.value, at: path,
                    "unknown key '\(member.key)' (expected \(keys.joined(separator: ", ")))\(hint)")
            }
        }
        return StoreObject(reader: self, value: value, path: path, members: members)
    }

    /// `path.key`, or `path["key"]` for a key that is not a plain word.
    static func child(_ path: String, _ key: String) -> String {
        let plain =
            !key.isEmpty
            && key.unicodeScalars.allSatisfy { scalar in
                ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || scalar == "-" || scalar == "_" || scalar == "+"
            }
        if plain { return path.isEmpty ? key : path + "." + key }
        var quoted = "\""
        for character in key { quoted += character == "\"" ? "\\\"" : String(character) }
        return path + "[" + quoted + "\"]"
    }
}

/// The members of an object in a store file, read with their paths for messages.
struct StoreObject {
    let reader: StoreReader
    let value: JSONValue
    let path: String
    let members: [JSONMember]

    /// The value of `key`, or `nil` when absent.
    func optional(_ key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }

    func path(_ key: String) -> String {
        StoreReader.child(path, key)
    }

    func required(_ key: String) throws(TrackingError) -> JSONValue {
        guard let value = optional(key) else {
            throw reader.damaged(value, at: path, "missing key '\(key)'")
        }
        return value
    }

    func string(_ key: String) throws(TrackingError) -> String {
        let value = try required(key)
        guard let string = value.string else {
            throw reader.damaged(value, at: path(key), "expected a string, found \(value.kind)")
        }
        return string
    }

    func integer(_ key: String, minimum: Int, maximum: Int? = nil) throws(TrackingError) -> Int {
        let value = try required(key)
        guard let number = value.number, number == number.rounded(), abs(number) < 1e15, Int(number) >= minimum,
            maximum.map({ Int(number) <= $0 }) ?? true
        else {
            let range = maximum.map { "from \(minimum) to \($0)" } ?? "of at least \(minimum)"
            throw reader.damaged(value, at: path(key), "expected a whole number \(range), found \(describe(value))")
        }
        return Int(number)
    }

    func positiveNumber(_ key: String, atMost maximum: Double) throws(TrackingError) -> Double {
        let value = try required(key)
        guard let number = value.number, number > 0, number <= maximum else {
            throw reader.damaged(
                value, at: path(key),
                "expected a number above 0 and at most \(StoreJSON.format(maximum)), found \(describe(value))")
        }
        return number
    }

    func date(_ key: String) throws(TrackingError) -> CivilDate {
        let value = try required(key)
        return try Self.date(value, at: path(key), reader: reader)
    }

    /// A date, `nil` when the key is absent or `null`.
    func optionalDate(_ key: String) throws(TrackingError) -> CivilDate? {
        guard let value = optional(key), !value.isNull else { return nil }
        return try Self.date(value, at: path(key), reader: reader)
    }

    static func date(_ value: JSONValue, at path: String, reader: StoreReader) throws(TrackingError) -> CivilDate {
        guard let text = value.string, let date = isoDate(text) else {
            throw reader.damaged(value, at: path, "expected a date as \"YYYY-MM-DD\", found \(describe(value))")
        }
        return date
    }

    /// The date `YYYY-MM-DD` names, as `CivilDate(iso:)` reads it (four, two and two ASCII
    /// digits, a date that exists), read from its bytes: `CivilDate(iso:)` splits the text
    /// and classifies each character, about 20,000 instructions a date where a store
    /// holds several and `upskill next` reads them all.
    static func isoDate(_ text: String) -> CivilDate? {
        var text = text
        return text.withUTF8 { bytes -> CivilDate? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
                (1...12).contains(month), (1...31).contains(day)
            else { return nil }
            // A day past the end of its month comes back as another date.
            let date = CivilDate(year: year, month: month, day: day)
            return CivilDate(daysSinceEpoch: date.daysSinceEpoch) == date ? date : nil
        }
    }

    /// An array of strings; empty when the key is absent.
    func strings(_ key: String) throws(TrackingError) -> [String] {
        var strings: [String] = []
        for (index, element) in try array(key).enumerated() {
            guard let string = element.string, !string.isEmpty else {
                throw reader.damaged(
                    element, at: path(key) + "[\(index)]", "expected a non-empty string, found \(describe(element))")
            }
            strings.append(string)
        }
        return strings
    }

    /// The elements of an array; empty when the key is absent.
    func array(_ key: String) throws(TrackingError) -> [JSONValue] {
        guard let value = optional(key) else { return [] }
        guard let elements = value.elements else {
            throw reader.damaged(value, at: path(key), "expected an array, found \(value.kind)")
        }
        return elements
    }

    func object(_ key: String, keys: [String]) throws(TrackingError) -> StoreObject {
        try reader.object(try required(key), at: path(key), keys: keys)
    }
}

/// A value as a message quotes it: `"text"`, `12`, or its kind.
func describe(_ value: JSONValue) -> String {
    if let string = value.string { return "\"\(string.prefix(40))\"" }
    if let number = value.number { return StoreJSON.format(number) }
    return value.kind.description
}
