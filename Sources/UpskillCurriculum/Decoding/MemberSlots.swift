/// The tape indices of an object's allowed members, kept inline (no allocation per object).
struct MemberSlots {
    /// The most keys an object may allow.
    static let capacity = 12
    /// `UInt32.max` for a key not given (a tape index is below it: a document is under 4 GiB).
    private var storage: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
        (.max, .max, .max, .max, .max, .max, .max, .max, .max, .max, .max, .max)

    /// The tape index of the value of allowed key `slot`, or nil when not given.
    subscript(slot: Int) -> Int? {
        get {
            guard slot >= 0, slot < Self.capacity else { return nil }
            let value = withUnsafeBytes(of: storage) { $0.load(fromByteOffset: slot * 4, as: UInt32.self) }
            return value == .max ? nil : Int(value)
        }
        set {
            guard slot >= 0, slot < Self.capacity else { return }
            let value = newValue.map { UInt32(truncatingIfNeeded: $0) } ?? .max
            withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: value, toByteOffset: slot * 4, as: UInt32.self) }
        }
    }
}
