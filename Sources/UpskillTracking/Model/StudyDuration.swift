/// Study time as people write it on a command line: `90m`, `1.5h`, `2h30m`, `2h 30m`,
/// `1:30`.
///
/// `H:MM` is hours and minutes, as a clock shows a duration (`1:30` is an hour and a
/// half, `0:45` three quarters of an hour): minutes are two digits from `00` to `59`.
///
/// A duration is one or more parts, each a number and a unit: `h` (or `hr`, `hrs`,
/// `hour`, `hours`) and `m` (or `min`, `mins`, `minute`, `minutes`), each unit at most
/// once, case-insensitive, spaces allowed between parts. Hours may have a fraction
/// (rounded to the minute); minutes are whole. A bare number is refused rather than
/// guessed, since `45` could mean minutes or hours.
package enum StudyDuration {
    /// Every unit word accepted.
    static let units: Set<String> = ["h", "hr", "hrs", "hour", "hours", "m", "min", "mins", "minute", "minutes"]

    /// The longest duration one log entry takes: a week.
    package static let maximumMinutes = 168 * 60

    /// The duration in whole minutes.
    /// - Throws: ``DurationError`` naming what is wrong and what would be accepted.
    package static func minutes(_ text: String) throws(DurationError) -> Int {
        let examples = "like 90m, 1.5h, 2h30m or 1:30"
        let scalars = Array(text.lowercased().unicodeScalars.filter { $0 != " " })
        guard !scalars.isEmpty else { throw DurationError("the duration is empty: write it \(examples)") }
        if scalars.contains(":") { return try clock(text, examples: examples) }
        var index = 0
        var hours: Double?
        var minutes: Int?
        while index < scalars.count {
            let numberStart = index
            while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == "." { index += 1 }
            let number = String(String.UnicodeScalarView(scalars[numberStart..<index]))
            let unitStart = index
            while index < scalars.count, ("a"..."z").contains(scalars[index]) { index += 1 }
            let unit = String(String.UnicodeScalarView(scalars[unitStart..<index]))
            if number.isEmpty {
                guard Self.units.contains(unit) else {
                    throw DurationError("'\(text)' is not a duration: write it \(examples)")
                }
                throw DurationError("'\(text)' has no number before '\(unit)': write it \(examples)")
            }
            guard let value = Double(number), value.isFinite, !number.hasPrefix("."), !number.hasSuffix(".") else {
                throw DurationError("'\(number)' in '\(text)' is not a number: write the duration \(examples)")
            }
            switch unit {
            case "":
                if numberStart == 0 {
                    throw DurationError(
                        "'\(text)' has no unit: write \(number)m for minutes or \(number)h for hours")
                }
                throw DurationError("'\(text)' ends in a number without a unit: write \(text)m")
            case "h", "hr", "hrs", "hour", "hours":
                guard hours == nil else { throw DurationError("'\(text)' gives hours twice: write it \(examples)") }
                hours = value
            case "m", "min", "mins", "minute", "minutes":
                guard minutes == nil else { throw DurationError("'\(text)' gives minutes twice: write it \(examples)") }
                guard value <= Double(maximumMinutes) else {
                    throw DurationError(
                        "'\(text)' is more than a week (168h): log each day or week separately with --date")
                }
                guard value == value.rounded() else {
                    throw DurationError("'\(text)': minutes must be whole, e.g. \(Int(value.rounded()))m")
                }
                minutes = Int(value)
            default:
                throw DurationError(
                    "unknown unit '\(unit)' in '\(text)': use h for hours and m for minutes, e.g. 90m, 1.5h or 2h30m")
            }
        }
        let total = (hours ?? 0) * 60 + Double(minutes ?? 0)
        guard total <= Double(maximumMinutes) else {
            throw DurationError(
                "'\(text)' is more than a week (168h): log each day or week separately with --date")
        }
        let rounded = Int(total.rounded())
        guard rounded > 0 else {
            throw DurationError(
                total == 0
                    ? "'\(text)' is no time at all: log at least 1m"
                    : "'\(text)' is less than a minute: log at least 1m")
        }
        return rounded
    }

    /// `H:MM`: hours, a colon, and two digits of minutes below 60.
    private static func clock(_ text: String, examples: String) throws(DurationError) -> Int {
        let parts = text.filter { $0 != " " }.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 3, parts[0].allSatisfy({ ("0"..."9").contains($0) }),
            parts[1].count == 2, parts[1].allSatisfy({ ("0"..."9").contains($0) }), let hours = Int(parts[0]),
            let minutes = Int(parts[1])
        else {
            throw DurationError("'\(text)' is not a duration: write hours and minutes as H:MM, e.g. 1:30, or \(examples)")
        }
        guard minutes < 60 else {
            throw DurationError("'\(text)': the minutes after ':' go from 00 to 59, e.g. \(hours + 1):\(minutes - 60 < 10 ? "0" : "")\(minutes - 60)")
        }
        let total = hours * 60 + minutes
        guard total <= maximumMinutes else {
            throw DurationError("'\(text)' is more than a week (168h): log each day or week separately with --date")
        }
        guard total > 0 else { throw DurationError("'\(text)' is no time at all: log at least 1m") }
        return total
    }

    /// Minutes as `45m`, `2h` or `2h30m`.
    package static func format(minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        if hours == 0 { return "\(rest)m" }
        return rest == 0 ? "\(hours)h" : "\(hours)h\(rest)m"
    }
}

/// Why a duration cannot be read: one sentence naming the text and what would be
/// accepted.
package struct DurationError: Error, Sendable, Hashable, CustomStringConvertible {
    package var message: String

    package init(_ message: String) {
        self.message = message
    }

    package var description: String { message }
}
