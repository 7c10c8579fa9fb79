import UpskillCurriculum

/// The bytes ``JSONWriter`` writes into: one allocation, appended to with a bounds check
/// and a copy, without an array's uniqueness check and generic append on each of the
/// million small pieces of a 100,000-skill roadmap.
struct JSONBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written.
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit {
        start.deallocate()
    }

    /// The bytes written, valid during `body`.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        body(UnsafeBufferPointer(start: start, count: count))
    }

    /// Forgets the bytes written, keeping the allocation.
    mutating func removeAll() {
        count = 0
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        let target = start + count
        // Most pieces are a few bytes: copied in a loop, rather than by a call to memcpy.
        if bytes.count <= 16 {
            for index in bytes.indices { target[index] = bytes[index] }
        } else if let source = bytes.baseAddress {
            target.initialize(from: source, count: bytes.count)
        }
        count += bytes.count
    }

    /// ASCII text written in the source.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// A member's key and what follows it, `"key": `, for key bytes that need no escape.
    @inline(__always)
    mutating func appendKey(_ key: UnsafeBufferPointer<UInt8>) {
        reserve(key.count + 4)
        append(UInt8(ascii: "\""))
        append(key)
        append(UInt8(ascii: "\""))
        append(UInt8(ascii: ":"))
        append(UInt8(ascii: " "))
    }

    /// A JSON string literal, as ``JSONText/appendQuoted(_:to:)-([UInt8])`` writes it:
    /// a string that needs no escape (most) is copied between quotes in place.
    mutating func appendQuoted(_ string: String) {
        let done: Bool? = string.utf8.withContiguousStorageIfAvailable { utf8 in
            guard JSONText.needsNoEscape(utf8) else { return false }
            reserve(utf8.count + 2)
            append(UInt8(ascii: "\""))
            append(utf8)
            append(UInt8(ascii: "\""))
            return true
        }
        if done != true {
            var quoted: [UInt8] = []
            JSONText.appendQuoted(string, to: &quoted)
            quoted.withUnsafeBufferPointer { append($0) }
        }
    }

    /// An integer's decimal digits, with `-` when negative.
    mutating func appendInteger(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        guard magnitude >= 10 else {
            append(UInt8(ascii: "0") + UInt8(magnitude))
            return
        }
        var digits = 0
        var rest = magnitude
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        reserve(digits)
        var position = count + digits
        while magnitude > 0 {
            position -= 1
            start[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        }
        count += digits
    }

    /// ``JSONText/number(_:)``: a whole number digit by digit, else its text.
    mutating func appendNumber(_ number: Double) {
        guard number.isFinite, number == number.rounded(), abs(number) < 1e15 else {
            var text = JSONText.number(number)
            text.withUTF8 { append($0) }
            return
        }
        appendInteger(Int(number))
    }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(toHold: count + extra) }
    }

    /// Doubles the allocation, or more if `needed` is more.
    @inline(never)
    private mutating func grow(toHold needed: Int) {
        let newCapacity = max(needed, 2 * capacity)
        let new = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        new.initialize(from: start, count: count)
        start.deallocate()
        start = new
        capacity = newCapacity
    }
}
