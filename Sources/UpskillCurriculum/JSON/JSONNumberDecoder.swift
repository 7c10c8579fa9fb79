/// Turns a number node's source bytes into a correctly rounded `Double`.
///
/// Most numbers in practice (`12`, `2.5`, `-0.75`, `1e3`) take an exact fast path: a
/// mantissa of at most 2^53 and a power of ten of at most 10^22 are both exact doubles, so a
/// single multiplication or division rounds correctly. Anything else goes to the standard
/// library's correctly rounded `Double(String)`.
enum JSONNumberDecoder {
    /// 10^0 ... 10^22, all exact doubles.
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The value of the number node `node` of the document whose bytes are `source`, or nil
    /// if its bytes are not a number.
    static func double(_ node: JSONNode, in source: UnsafeBufferPointer<UInt8>) -> Double? {
        let start = Int(node.start)
        let end = min(Int(node.end), source.count)
        guard start < end else { return nil }
        if let value = fastDouble(source, start: start, end: end) { return value }
        return Double(String(decoding: UnsafeBufferPointer(rebasing: source[start..<end]), as: UTF8.self))
    }

    /// The exact fast path, or nil when the number needs the general algorithm.
    private static func fastDouble(_ source: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Double? {
        var i = start
        let negative = source[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        var sawDigit = false
        var inFraction = false
        while i < end {
            let byte = source[i]
            if byte &- UInt8(ascii: "0") < 10 {
                sawDigit = true
                if mantissa != 0 || byte != UInt8(ascii: "0") {
                    digits += 1
                    guard digits <= 19 else { return nil }
                    mantissa = mantissa &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
                }
                if inFraction { exponent -= 1 }
            } else if byte == UInt8(ascii: "."), !inFraction {
                inFraction = true
            } else {
                break
            }
            i += 1
        }
        guard sawDigit else { return nil }
        if i < end {
            guard source[i] | 0x20 == UInt8(ascii: "e") else { return nil }
            i += 1
            var exponentNegative = false
            if i < end, source[i] == UInt8(ascii: "+") || source[i] == UInt8(ascii: "-") {
                exponentNegative = source[i] == UInt8(ascii: "-")
                i += 1
            }
            guard i < end else { return nil }
            var written = 0
            while i < end {
                let digit = source[i] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                guard written < 100 else { return nil }
                written = written * 10 + Int(digit)
                i += 1
            }
            exponent += exponentNegative ? -written : written
        }
        guard mantissa <= 1 << 53 else { return nil }
        var value = Double(mantissa)
        if mantissa != 0 {
            guard (-22...22).contains(exponent) else { return nil }
            value = exponent < 0 ? value / powersOfTen[-exponent] : value * powersOfTen[exponent]
        }
        return negative ? -value : value
    }
}
