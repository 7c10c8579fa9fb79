/// Decoding a curriculum element by element while its file is parsed: each skill, role,
/// resource and extension is decoded as soon as it ends and dropped from the tape, so the
/// tape never holds the whole file (about 26 MB at 100,000 skills).
///
/// What is decoded, every diagnostic (message, path, position) and the curriculum are the
/// same as decoding the parsed document (``CurriculumDecoder/decodeCurriculum()``): an
/// array's elements are decoded only when it is the first member of the root with its key
/// (a key given twice is reported, and its second value ignored, when the root is
/// decoded), and the root's own members are decoded from what is left on the tape.
extension CurriculumDecoder: JSONElementHandler {
    /// Parses `bytes` and decodes the curriculum in it.
    /// - Throws: The file's syntax error; the diagnostics of the elements decoded before it
    ///   are then to be discarded, as decoding a parsed document would not have made them.
    mutating func decodeCurriculum(elementwise bytes: [UInt8]) throws(JSONSyntaxError) -> Curriculum? {
        try JSONParser.parseElementwise(bytes, handler: &self)
    }

    mutating func element(_ element: Int, of array: Int, on tape: JSONTape) {
        if array != elements.current.array {
            let slot = Self.elementSlot(ofArray: array, on: tape)
            elements.start(array: array, slot: slot)
            // One path for the whole array, its index updated element by element.
            pathStack.removeAll(keepingCapacity: true)
            if let slot { pathStack += [.key(Keys.Curriculum.keys.names[slot]), .index(0)] }
        }
        guard let slot = elements.current.slot else { return }
        setLastIndex(elements.current.position)
        elements.current.position += 1
        self.tape = tape
        let end = Int(tape.node(element).end)
        let consumed = end - tape.offset(array), remaining = tape.bytes.count - end
        switch slot {
        case Keys.Curriculum.skills:
            guard let skill = decodeSkill(element) else { break }
            DecodedElements.makeRoom(in: &elements.skills, consumed: consumed, remaining: remaining)
            elements.skills.append(skill)
        case Keys.Curriculum.roles:
            guard let role = decodeRole(element) else { break }
            DecodedElements.makeRoom(in: &elements.roles, consumed: consumed, remaining: remaining)
            elements.roles.append(role)
        case Keys.Curriculum.resources:
            guard let resource = decodeResource(element, defaultTeaches: nil) else { break }
            DecodedElements.makeRoom(in: &elements.resources, consumed: consumed, remaining: remaining)
            elements.resources.append(resource)
        default:
            guard let skillExtension = decodeExtension(element) else { break }
            DecodedElements.makeRoom(in: &elements.extensions, consumed: consumed, remaining: remaining)
            elements.extensions.append(skillExtension)
        }
        self.tape = .empty
    }

    mutating func root(on tape: JSONTape) -> Curriculum? {
        pathStack.removeAll(keepingCapacity: true)
        self.tape = tape
        defer { self.tape = .empty }
        return decodeCurriculum(JSONTape.root)
    }

    /// The slot of the root's member whose value is the array at `array` when its elements
    /// are decoded: a skills, roles, resources or extend member given for the first time.
    /// Nil for any other key, and for a key given before (its first value is the one
    /// decoded, as ``ObjectReader`` keeps the first).
    static func elementSlot(ofArray array: Int, on tape: JSONTape) -> Int? {
        let keys = Keys.Curriculum.keys
        let key = array - 1
        guard key >= 1, let slot = keys.slot(ofKeyAt: key, in: tape, expected: Keys.Curriculum.skills),
            [Keys.Curriculum.skills, Keys.Curriculum.roles, Keys.Curriculum.resources, Keys.Curriculum.extend]
                .contains(slot)
        else { return nil }
        // The root's members before this one are complete: walk their keys.
        var earlier = 1
        while earlier < key {
            if keys.slot(ofKeyAt: earlier, in: tape, expected: slot) == slot { return nil }
            let next = Int(tape.node(earlier + 1).next)
            guard next > earlier else { return nil }
            earlier = next
        }
        return slot
    }
}
