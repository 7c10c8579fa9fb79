/// Coordinates written for SVG: to a tenth of a pixel, without needless digits, so that
/// the same drawing always gives the same text.
enum SVGNumber {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 10).rounded() / 10
        return Format.number(rounded == 0 ? 0 : rounded)
    }
}

extension Double {
    /// The value as an SVG coordinate.
    var svg: String { SVGNumber.format(self) }
}
