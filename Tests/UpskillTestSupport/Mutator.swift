/// Seeded mutations of a byte string, for the fuzz tests: the same seed gives the same
/// inputs on every run and machine, so a failure names a case that can be replayed.
public struct Mutator: Sendable {
    private var random: SplitMix64

    /// Fragments that have found bugs in parsers: huge and odd numbers, escapes, deep
    /// nesting, control characters and bidi overrides, stray structure.
    public static let tokens: [String] = [
        "1e19", "-1e19", "1e308", "-0", "0x10", "NaN", "Infinity", "9223372036854775808", "4.9e-324", "1e-400",
        "\"", "\\", "\\u0000", "\\ud800", "\\u001b[2J", "\\u202e", "\u{1B}]0;x\u{07}", "\u{202E}", "\u{FEFF}",
        "{", "}", "[", "]", ",", ":", "null", "true", "[[[[[[[[[[[[[[[[", "{\"a\":", "\r\n", "\t", "\0",
        "\"hours\": 1e19", "\"minutes\": 999999999999999", "\"format\": 1e19", "\"requires\": [\"",
        "\"anyOf\": [", "\u{FF1D}1+1",
    ]

    public init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// A number in `0..<bound` (0 when `bound` is 0).
    public mutating func below(_ bound: Int) -> Int {
        bound <= 0 ? 0 : Int(random.next() % UInt64(bound))
    }

    /// `input` changed in one to four places: a byte flipped, set, inserted or removed, a
    /// range dropped or repeated, a token inserted or written over, or a splice of
    /// another input.
    public mutating func mutate(_ input: [UInt8], splicing other: [UInt8] = []) -> [UInt8] {
        var bytes = input
        for _ in 0...below(4) {
            let position = below(bytes.count + 1)
            switch below(9) {
            case 0 where !bytes.isEmpty:
                bytes[min(position, bytes.count - 1)] ^= UInt8(1 << below(8))
            case 1 where !bytes.isEmpty:
                bytes[min(position, bytes.count - 1)] = UInt8(truncatingIfNeeded: random.next())
            case 2:
                bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
            case 3 where position < bytes.count:
                bytes.removeSubrange(position..<min(bytes.count, position + 1 + below(16)))
            case 4 where position < bytes.count:
                let end = min(bytes.count, position + 1 + below(64))
                bytes.insert(contentsOf: bytes[position..<end], at: end)
            case 5, 6:
                bytes.insert(contentsOf: Array(Self.tokens[below(Self.tokens.count)].utf8), at: position)
            case 7 where position < bytes.count:
                let token = Array(Self.tokens[below(Self.tokens.count)].utf8)
                bytes.replaceSubrange(position..<min(bytes.count, position + token.count), with: token)
            case 8 where !other.isEmpty:
                let start = below(other.count)
                bytes = Array(bytes[..<position]) + other[start..<min(other.count, start + 1 + below(256))]
            default:
                bytes.insert(contentsOf: Array(Self.tokens[below(Self.tokens.count)].utf8), at: position)
            }
        }
        return bytes
    }
}
