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

    /// The elements decoded for the member in `slot`, when its value is the array at tape
    /// index `value`; nil otherwise (the member is to be decoded from the tape).
    func take<Element>(_ elements: KeyPath<Self, [Element]>, slot: Int, at value: Int?) -> [Element]? {
        guard let value, arrays[slot] == value else { return nil }
        return self[keyPath: elements]
    }
}
