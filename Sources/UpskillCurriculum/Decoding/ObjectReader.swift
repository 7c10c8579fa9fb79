/// Reads the members of one JSON object for the curriculum decoder: reports unknown keys
/// (with the closest allowed key), keys given twice, missing required keys and values of
/// the wrong type, each at its JSON path and position.
///
/// It reads at the decoder's current path. Objects have a handful of keys, so members are
/// found by a linear scan rather than hashing.
struct ObjectReader {
    let object: JSONValue
    /// What the object is, for messages: "a skill".
    let what: String
    /// The allowed keys.
    private let keys: [String]
    /// The value of each allowed key, where given.
    private var values: [JSONValue?]

    /// Reads `value` as an object with the given allowed keys, or reports that it is not
    /// an object and returns `nil`.
    init?(_ value: JSONValue, what: String, keys: [String], decoder: inout CurriculumDecoder) {
        self.object = value
        self.what = what
        self.keys = keys
        var values = [JSONValue?](repeating: nil, count: keys.count)
        let isObject = value.forEachMember(matching: keys) { match, key, member in
            guard let match else {
                let name = key.string ?? ""
                let hint = Suggestion.closest(to: name, in: keys).map { "did you mean '\($0)'? " } ?? ""
                decoder.error(
                    "unknown key '\(name)' in \(what); \(hint)allowed keys: \(keys.filter { $0 != "$schema" }.joined(separator: ", "))",
                    offset: key.offset, key: name)
                return
            }
            if values[match] != nil {
                decoder.error("key '\(keys[match])' appears twice in \(what); keep one", offset: key.offset, key: keys[match])
            } else {
                values[match] = member
            }
        }
        guard isObject else {
            decoder.error("expected \(what) (an object), found \(value.kind.description)", at: value)
            return nil
        }
        self.values = values
    }

    /// The raw value of a member, if present.
    func value(_ key: String) -> JSONValue? {
        let count = key.utf8.count
        return keys.firstIndex { $0.utf8.count == count && $0 == key }.flatMap { values[$0] }
    }

    /// Reports a missing required member.
    private func missing(_ key: String, expected: String, decoder: inout CurriculumDecoder) {
        decoder.error("\(what) is missing '\(key)' (\(expected))", at: object)
    }

    /// A string member; `required` describes what is expected when it is missing.
    mutating func string(_ key: String, required: @autoclosure () -> String? = nil, decoder: inout CurriculumDecoder)
        -> String?
    {
        guard let value = value(key) else {
            if let required = required() { missing(key, expected: required, decoder: &decoder) }
            return nil
        }
        if let string = value.string { return string }
        decoder.error(
            "expected a string for '\(key)', found \(value.kind.description)", at: value, key: key)
        return nil
    }

    /// A number member; `required` describes what is expected when it is missing.
    mutating func number(_ key: String, required: String? = nil, decoder: inout CurriculumDecoder) -> Double? {
        guard let value = value(key) else {
            if let required { missing(key, expected: required, decoder: &decoder) }
            return nil
        }
        if let number = value.number { return number }
        decoder.error(
            "expected a number for '\(key)', found \(value.kind.description)", at: value, key: key)
        return nil
    }

    /// An array member whose elements are decoded by `element`; `nil` when absent or not
    /// an array. Elements that fail are reported and left out.
    ///
    /// A long array is decoded in two halves at once, the second with a copy of the
    /// decoder; its diagnostics follow the first half's, as if read in order.
    mutating func array<Element>(
        _ key: String, required: String? = nil, decoder: inout CurriculumDecoder,
        element: (inout CurriculumDecoder, JSONValue) -> Element?
    ) -> [Element]? {
        guard let value = value(key) else {
            if let required { missing(key, expected: required, decoder: &decoder) }
            return nil
        }
        guard let elements = value.elements else {
            decoder.error(
                "expected an array for '\(key)', found \(value.kind.description)", at: value, key: key)
            return nil
        }
        return decoder.descending(into: .key(key)) { decoder in
            guard elements.count >= Self.concurrentArrayThreshold else {
                return Self.decode(elements[...], from: 0, with: &decoder, element: element)
            }
            let middle = elements.count / 2
            var secondDecoder = decoder.forked()
            let (first, second) = Parallel.both(
                { Self.decode(elements[..<middle], from: 0, with: &decoder, element: element) },
                { Self.decode(elements[middle...], from: middle, with: &secondDecoder, element: element) })
            decoder.append(secondDecoder.diagnostics)
            return first + second
        }
    }

    /// Arrays at least this long are decoded in two halves at once (skills, resources of a
    /// large taxonomy); shorter ones are not worth a thread.
    static let concurrentArrayThreshold = 4_096

    /// Decodes `elements`, the first of which is at index `start` of the array.
    private static func decode<Element>(
        _ elements: ArraySlice<JSONValue>, from start: Int, with decoder: inout CurriculumDecoder,
        element: (inout CurriculumDecoder, JSONValue) -> Element?
    ) -> [Element] {
        var result: [Element] = []
        result.reserveCapacity(elements.count)
        for (offset, elementValue) in elements.enumerated() {
            let decoded = decoder.descending(into: .index(start + offset)) { decoder in element(&decoder, elementValue) }
            if let decoded { result.append(decoded) }
        }
        return result
    }
}
