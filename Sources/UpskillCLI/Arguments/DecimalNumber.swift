/// A number as a person writes it on the command line: digits with at most one decimal
/// point (`8`, `7.5`, `.5`). `Double(_:)` also reads `0x10` (16), `1e3`, `inf` and
/// `nan`, none of which a person means by an hours figure (issue 16, finding 11).
enum DecimalNumber {
    /// The value of `text`, or `nil` when it is not plain decimal digits.
    static func parse(_ text: String) -> Double? {
        var digits = 0
        var points = 0
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                digits += 1
            } else if scalar == "." {
                points += 1
            } else {
                return nil
            }
        }
        guard digits > 0, points <= 1, digits <= 32 else { return nil }
        return Double(text)
    }
}
