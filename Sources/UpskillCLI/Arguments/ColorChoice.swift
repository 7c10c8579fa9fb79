/// `--color auto|always|never`: whether standard output gets colour. Any command takes it,
/// anywhere before `--`; `auto` (the default) colours a terminal unless `NO_COLOR` is set or
/// `TERM` is `dumb`.
package enum ColorChoice: String, Sendable, Hashable, CaseIterable {
    case auto, always, never

    /// The choice a command line makes, and the command line without it.
    ///
    /// A pure function: `--color WHEN` and `--color=WHEN` are taken out wherever they stand
    /// before `--` (the last one counts), so that the command's own parsing never sees them.
    /// - Throws: ``UsageError`` (exit 64) for a missing or unknown value, naming the three.
    package static func extract(from argv: [String]) throws(UsageError) -> (choice: ColorChoice?, rest: [String]) {
        var choice: ColorChoice?
        var rest: [String] = []
        var index = argv.startIndex
        var optionsEnded = false
        while index < argv.endIndex {
            let token = argv[index]
            index += 1
            if optionsEnded || !(token == "--color" || token.hasPrefix("--color=")) {
                if token == "--" { optionsEnded = true }
                rest.append(token)
                continue
            }
            let value: String
            if token == "--color" {
                guard index < argv.endIndex, !argv[index].hasPrefix("-") else {
                    throw UsageError(
                        kind: .missingValue, message: "missing value for '--color' (expected one of: \(names))",
                        command: nil, token: token)
                }
                value = argv[index]
                index += 1
            } else {
                value = String(token.dropFirst("--color=".count))
            }
            guard let parsed = ColorChoice(rawValue: value.lowercased()) else {
                throw UsageError(
                    kind: .invalidValue, message: "invalid value '\(value)' for '--color' (expected one of: \(names))",
                    command: nil, token: value)
            }
            choice = parsed
        }
        return (choice, rest)
    }

    /// `auto, always, never`.
    static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Whether to colour, given what `auto` would do.
    package func usesColor(auto: Bool) -> Bool {
        switch self {
        case .auto: auto
        case .always: true
        case .never: false
        }
    }
}
