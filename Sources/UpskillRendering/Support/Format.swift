import UpskillPlanner

/// Numbers and dates written the way people read them, the same in every format.
package enum Format {
    /// Hours as people write them: `12`, `12.5`, `0.25` (rounded to hundredths).
    package static func hours(_ hours: Double) -> String {
        number((hours * 100).rounded() / 100)
    }

    /// `text` padded with spaces to `width` columns (left-aligned, or right-aligned).
    package static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }

    /// A number without a needless `.0`: `12`, `12.5`; non-finite numbers as `0`.
    package static func number(_ number: Double) -> String {
        guard number.isFinite else { return "0" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    /// `1 step`, `3 steps`.
    package static func count(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// `4 Jan 2027`.
    package static func date(_ date: CivilDate) -> String {
        "\(date.day) \(monthName(date.month)) \(date.year)"
    }

    /// `4 Jan` (no year).
    package static func shortDate(_ date: CivilDate) -> String {
        "\(date.day) \(monthName(date.month))"
    }

    /// `Jan`.
    package static func monthName(_ month: Int) -> String {
        monthNames[min(max(month, 1), 12) - 1]
    }

    static let fullMonthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// `January 2027`: the heading of a month of a roadmap.
    package static func month(of date: CivilDate) -> String {
        "\(fullMonthNames[min(max(date.month, 1), 12) - 1]) \(date.year)"
    }

    /// 0 for Monday … 6 for Sunday.
    package static func weekday(_ date: CivilDate) -> Int {
        // 1970-01-01 was a Thursday (3).
        ((date.daysSinceEpoch + 3) % 7 + 7) % 7
    }

    /// `Mon`.
    package static func weekdayName(_ date: CivilDate) -> String {
        weekdayNames[weekday(date)]
    }

    /// `20270104`, as iCalendar writes a DATE.
    package static func compactDate(_ date: CivilDate) -> String {
        String(date.description.filter { $0 != "-" })
    }
}
