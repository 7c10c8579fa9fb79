/// The elements of a curriculum's arrays (skills, roles, resources, extensions) decoded
/// while its file was parsed, element by element, and which array is being decoded.
struct DecodedElements {
    var skills: [Skill] = []
    var roles: [Role] = []
    var resources: [Resource] = []
    var extensions: [SkillExtension] = []
    /// The tape index of the array whose elements were decoded, by the root object's key
    /// slot (``CurriculumDecoder/Keys/Curriculum``); absent for an array not decoded so.
    private var arrays: [Int: Int] = [:]

    /// The array whose elements are arriving: its tape index, the slot of its key in the
    /// root object (nil when its elements are not decoded: an unknown key, a key given
    /// before) and the index of the next element.
    var current: (array: Int, slot: Int?, position: Int) = (-1, nil, 0)

    /// Starts the array at tape index `array`, the value of the root's member in `slot`
    /// (nil: its elements are skipped).
    mutating func start(array: Int, slot: Int?) {
        current = (array, slot, 0)
        if let slot { arrays[slot] = array }
    }

    /// Makes room in `elements`, when full, for as many more elements as the rest of the
    /// file would hold were it made of elements like those so far: `consumed` bytes from
    /// the array's start to the end of the last element, `remaining` bytes after that.
    ///
    /// A long array then grows once or twice instead of doubling from empty (each growth
    /// copies every element and touches fresh pages). Room beyond the real count, when
    /// something else follows the array, is never written, so it takes address space but
    /// no memory. Short arrays grow as usual.
    static func makeRoom<Element>(in elements: inout [Element], consumed: Int, remaining: Int) {
        guard elements.count == elements.capacity, elements.count >= 64, consumed > 0, remaining > 0 else { return }
        let count = elements.count
        // Every element takes at least two bytes (a value and a separator).
        let expected = min(Double(count) * Double(remaining) / Double(consumed), Double(remaining / 2))
        elements.reserveCapacity(count + max(Int(expected) + 1, count / 2))
    }

    /// The elements decoded for the member in `slot`, when its value is the array at tape
    /// index `value`; nil otherwise (the member is to be decoded from the tape).
    func take<Element>(_ elements: KeyPath<Self, [Element]>, slot: Int, at value: Int?) -> [Element]? {
        guard let value, arrays[slot] == value else { return nil }
        return self[keyPath: elements]
    }
}
