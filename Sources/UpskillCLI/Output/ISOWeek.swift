import UpskillPlanner

/// An ISO 8601 week: Monday to Sunday, numbered within its week-based year (`2026-W02`),
/// week 1 being the week with the year's first Thursday.
struct ISOWeek: Hashable, Comparable {
    /// The Monday that starts the week.
    let monday: CivilDate

    /// The week `date` is in.
    init(containing date: CivilDate) {
        // 1970-01-01 was a Thursday: days since a Monday are (days + 3) mod 7.
        let days = date.daysSinceEpoch
        let sinceMonday = ((days + 3) % 7 + 7) % 7
        monday = date.adding(days: -sinceMonday)
    }

    /// The Sunday that ends the week.
    var sunday: CivilDate { monday.adding(days: 6) }

    /// The week `count` weeks later (earlier for a negative count).
    func adding(weeks count: Int) -> ISOWeek {
        ISOWeek(containing: monday.adding(days: 7 * count))
    }

    /// Whether the week contains `date`.
    func contains(_ date: CivilDate) -> Bool {
        monday <= date && date <= sunday
    }

    /// `2026-W02`: the year of the week's Thursday and the week's number in it.
    var description: String {
        let thursday = monday.adding(days: 3)
        let january1 = CivilDate(year: thursday.year, month: 1, day: 1)
        let number = (thursday.daysSinceEpoch - january1.daysSinceEpoch) / 7 + 1
        return "\(thursday.year)-W\(number < 10 ? "0" : "")\(number)"
    }

    static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool {
        lhs.monday < rhs.monday
    }
}
