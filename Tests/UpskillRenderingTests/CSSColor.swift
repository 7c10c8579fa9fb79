import Foundation

/// A colour of the page's style sheet (`#rgb`, `#rrggbb`, `rgb(…)` or `rgba(…)`), with
/// what WCAG 2.x needs: relative luminance, contrast ratio, and alpha compositing.
struct CSSColor: Equatable, CustomStringConvertible {
    /// Red, green and blue from 0 to 255, and alpha from 0 to 1.
    var red, green, blue, alpha: Double

    init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        (self.red, self.green, self.blue, self.alpha) = (red, green, blue, alpha)
    }

    /// Parses a CSS colour value; `nil` for anything else (a gradient, a name, a variable).
    init?(css text: String) {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        if value.hasPrefix("#") {
            var digits = Array(value.dropFirst())
            if digits.count == 3 { digits = digits.flatMap { [$0, $0] } }
            guard digits.count == 6 else { return nil }
            let channels = stride(from: 0, to: 6, by: 2).compactMap { Int(String(digits[$0...$0 + 1]), radix: 16) }
            guard channels.count == 3 else { return nil }
            self.init(red: Double(channels[0]), green: Double(channels[1]), blue: Double(channels[2]))
            return
        }
        guard let match = value.wholeMatch(of: /rgba?\(([^)]*)\)/) else { return nil }
        let parts = match.output.1.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 3 || parts.count == 4 else { return nil }
        self.init(red: parts[0], green: parts[1], blue: parts[2], alpha: parts.count == 4 ? parts[3] : 1)
    }

    /// This colour painted over an opaque `base`.
    func over(_ base: CSSColor) -> CSSColor {
        CSSColor(
            red: red * alpha + base.red * (1 - alpha), green: green * alpha + base.green * (1 - alpha),
            blue: blue * alpha + base.blue * (1 - alpha))
    }

    /// WCAG 2.x relative luminance.
    var luminance: Double {
        func linear(_ channel: Double) -> Double {
            let c = channel / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The WCAG contrast ratio of two opaque colours, from 1 to 21.
    static func contrast(_ a: CSSColor, _ b: CSSColor) -> Double {
        let (light, dark) = (max(a.luminance, b.luminance), min(a.luminance, b.luminance))
        return (light + 0.05) / (dark + 0.05)
    }

    var description: String {
        alpha == 1
            ? String(format: "#%02x%02x%02x", Int(red.rounded()), Int(green.rounded()), Int(blue.rounded()))
            : "rgba(\(red), \(green), \(blue), \(alpha))"
    }
}
