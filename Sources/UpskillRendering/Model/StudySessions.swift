import UpskillCurriculum
import UpskillPlanner

/// When a learner studies, for the calendar's timed sessions (`--ics-sessions`): the
/// days of the week and the time of day a session starts. A week's hours are shared
/// equally between its study days.
package struct StudySessions: Sendable, Hashable {
    /// A day of the week, Monday first (ISO 8601), as iCalendar's `BYDAY` names it.
    package enum Weekday: Int, Sendable, Hashable, CaseIterable, Comparable {
        case monday, tuesday, wednesday, thursday, friday, saturday, sunday

        /// The three-letter name the options take: `mon` … `sun`.
        package var name: String {
            ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][rawValue]
        }

        /// iCalendar's two-letter name: `MO` … `SU`.
        package var calendarName: String {
            ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][rawValue]
        }

        /// The weekday of a date.
        package init(of date: CivilDate) {
            self = Weekday(rawValue: date.daysSinceEpoch - date.mondayOfWeek.daysSinceEpoch) ?? .monday
        }

        package static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The study days, in week order, each once.
    package let days: [Weekday]
    /// When a session starts, in minutes after midnight (local, "floating" time).
    package let startMinute: Int

    /// The default: Monday, Wednesday and Saturday at 19:00.
    package static let standard = StudySessions(days: [.monday, .wednesday, .saturday], startMinute: 19 * 60)

    /// - Parameters:
    ///   - days: The study days; sorted and made unique. Must not be empty.
    ///   - startMinute: Minutes after midnight, 0 to 1439.
    package init(days: [Weekday], startMinute: Int) {
        let unique = Array(Set(days)).sorted()
        self.days = unique.isEmpty ? [.monday] : unique
        self.startMinute = min(max(startMinute, 0), 24 * 60 - 1)
    }

    /// Reads `--study-days`: day names separated by commas (`mon,wed,sat`, also full
    /// names such as `monday`, in any case).
    /// - Returns: The days, or a ``DayError`` naming the first part that is not a day.
    package static func days(from text: String) -> Result<[Weekday], DayError> {
        var days: [Weekday] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmingWhitespace.lowercased()
            guard name.count >= 3, let day = Weekday.allCases.first(where: { $0.fullName.hasPrefix(name) }) else {
                return .failure(DayError(name: String(part)))
            }
            days.append(day)
        }
        return days.isEmpty ? .failure(DayError(name: text)) : .success(days)
    }

    /// A study day that is not a day of the week.
    package struct DayError: Error, Sendable, Hashable {
        /// The name as given.
        package var name: String
    }

    /// Reads `--study-time`: `HH:MM` on a 24-hour clock (`19:00`, `7:30`).
    /// - Returns: Minutes after midnight, or `nil` when the text is not such a time.
    package static func startMinute(from text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60
        else { return nil }
        return hour * 60 + minute
    }
}

extension StudySessions.Weekday {
    /// The English name in lower case: `monday` … `sunday`.
    var fullName: String {
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"][rawValue]
    }
}
