/// Reads the members of one JSON object for the curriculum decoder: reports unknown keys
/// (with the closest allowed key), keys given twice, missing required keys and values of
/// the wrong type, each at its JSON path and position.
///
/// It reads at the decoder's current path, on the decoder's tape: values are tape indices.
/// Objects have a handful of keys, so members are found by comparing each key's bytes
/// with the allowed keys packed in ``ObjectKeys`` (no `String` is made for a key), and
/// their values are kept inline (``MemberSlots``), so reading an object allocates nothing.
/// Members are asked for by slot: a key's position in its ``ObjectKeys``.
struct ObjectReader {
    /// The object's tape index.
    let object: Int
    /// What the object is, for messages: "a skill".
    let what: String
    /// The allowed keys.
    private let keys: ObjectKeys
    /// The tape index of each allowed key's value, where given.
    private var values = MemberSlots()

    /// Reads the value at tape index `value` as an object with the given allowed keys, or
    /// reports that it is not an object and returns `nil`.
    init?(_ value: Int, what: String, keys: ObjectKeys, decoder: inout CurriculumDecoder) {
        self.object = value
        self.what = what
        self.keys = keys
        let tape = decoder.tape
        guard tape.kind(value) == .object else {
            decoder.error("expected \(what) (an object), found \(tape.kind(value).description)", at: value)
            return nil
        }
        var values = MemberSlots()
        var expected = 0
        tape.forEachChild(of: value, step: 2) { keyIndex in
            guard let match = keys.slot(ofKeyAt: keyIndex, in: tape, expected: expected) else {
                let name = tape.string(keyIndex) ?? ""
                let hint = Suggestion.closest(to: name, in: keys.names).map { "did you mean '\($0)'? " } ?? ""
                decoder.error(
                    "unknown key '\(name)' in \(what); \(hint)allowed keys: \(keys.listed)",
                    offset: tape.offset(keyIndex), key: name)
                return true
            }
            if values[match] != nil {
                decoder.error(
                    "key '\(keys.names[match])' appears twice in \(what); keep one", offset: tape.offset(keyIndex),
                    key: keys.names[match])
            } else {
                values[match] = keyIndex + 1
            }
            expected = match + 1
            return true
        }
        self.values = values
    }

    /// The tape index of the value of the member in `slot`, if present.
    @inline(__always)
    func value(_ slot: Int) -> Int? {
        values[slot]
    }

    /// Reports a missing required member.
    private func missing(_ slot: Int, expected: String, decoder: inout CurriculumDecoder) {
        decoder.error("\(what) is missing '\(keys.names[slot])' (\(expected))", at: object)
    }

    /// A string member; `required` describes what is expected when it is missing.
    mutating func string(_ slot: Int, required: @autoclosure () -> String? = nil, decoder: inout CurriculumDecoder)
        -> String?
    {
        guard let value = value(slot) else {
            if let required = required() { missing(slot, expected: required, decoder: &decoder) }
            return nil
        }
        if let string = decoder.tape.string(value) { return string }
        let key = keys.names[slot]
        decoder.error(
            "expected a string for '\(key)', found \(decoder.tape.kind(value).description)", at: value, key: key)
        return nil
    }

    /// A number member; `required` describes what is expected when it is missing.
    mutating func number(_ slot: Int, required: String? = nil, decoder: inout CurriculumDecoder) -> Double? {
        guard let value = value(slot) else {
            if let required { missing(slot, expected: required, decoder: &decoder) }
            return nil
        }
        if let number = decoder.tape.number(value) { return number }
        let key = keys.names[slot]
        decoder.error(
            "expected a number for '\(key)', found \(decoder.tape.kind(value).description)", at: value, key: key)
        return nil
    }

    /// An array member whose elements are decoded by `element`; `nil` when absent or not
    /// an array. Elements that fail are reported and left out.
    mutating func array<Element>(
        _ slot: Int, required: String? = nil, decoder: inout CurriculumDecoder,
        element: (inout CurriculumDecoder, Int) -> Element?
    ) -> [Element]? {
        guard let value = value(slot) else {
            if let required { missing(slot, expected: required, decoder: &decoder) }
            return nil
        }
        let key = keys.names[slot]
        let tape = decoder.tape
        guard tape.isArray(value) else {
            decoder.error("expected an array for '\(key)', found \(tape.kind(value).description)", at: value, key: key)
            return nil
        }
        return decoder.descending(into: .key(key)) { decoder in
            Self.decode(value, with: &decoder, element: element)
        }
    }

    /// Decodes the elements of the array at tape index `array`, on the calling thread.
    /// (Decoding a long array in two halves on two cores was measured at 100,000 skills:
    /// no faster end to end, with more CPU time and memory; see the Performance article.)
    private static func decode<Element>(
        _ array: Int, with decoder: inout CurriculumDecoder, element: (inout CurriculumDecoder, Int) -> Element?
    ) -> [Element] {
        let tape = decoder.tape
        var result: [Element] = []
        result.reserveCapacity(tape.elementCount(array))
        var position = 0
        // One path component for the whole array, its index updated element by element.
        decoder.descending(into: .index(0)) { decoder in
            tape.forEachChild(of: array, step: 1) { elementIndex in
                decoder.setLastIndex(position)
                if let decoded = element(&decoder, elementIndex) { result.append(decoded) }
                position += 1
                return true
            }
        }
        return result
    }
}
