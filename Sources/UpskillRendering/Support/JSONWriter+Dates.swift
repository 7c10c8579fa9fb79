import UpskillPlanner

extension JSONWriter {
    /// A date as the string `"YYYY-MM-DD"` (its ``CivilDate/description``), written digit
    /// by digit: a 100,000-skill roadmap has two dates a step.
    package mutating func date(_ date: CivilDate) {
        guard (0...9_999).contains(date.year), (1...12).contains(date.month), (1...31).contains(date.day) else {
            string(date.description)
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 12) { text in
            text[0] = UInt8(ascii: "\"")
            text[1] = Self.digit(date.year / 1_000)
            text[2] = Self.digit(date.year / 100 % 10)
            text[3] = Self.digit(date.year / 10 % 10)
            text[4] = Self.digit(date.year % 10)
            text[5] = UInt8(ascii: "-")
            text[6] = Self.digit(date.month / 10)
            text[7] = Self.digit(date.month % 10)
            text[8] = UInt8(ascii: "-")
            text[9] = Self.digit(date.day / 10)
            text[10] = Self.digit(date.day % 10)
            text[11] = UInt8(ascii: "\"")
            raw(UnsafeBufferPointer(text))
        }
    }

    /// Writes a member whose value is a date (see ``date(_:)``), or `null` for `nil`.
    package mutating func member(_ key: StaticString, date value: CivilDate?) {
        self.key(key)
        if let value { date(value) } else { null() }
    }

    private static func digit(_ value: Int) -> UInt8 {
        UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value)
    }
}
