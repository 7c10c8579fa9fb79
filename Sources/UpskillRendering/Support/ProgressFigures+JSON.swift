import UpskillPlanner

extension ProgressFigures {
    /// The figures as `status --format json` and the `progress` object of
    /// `plan --format json` and `export --format json` write them, with the same names and
    /// values: `totalHours`, `creditedHours`, `loggedHours`, `leftHours`, `percent`,
    /// `week`, `finishWeek` and `finish`.
    package var jsonMembers: [(String, JSONOutput)] {
        func hours(_ value: Double) -> JSONOutput { .number((value * 100).rounded() / 100) }
        return [
            ("totalHours", hours(totalHours)),
            ("creditedHours", hours(creditedHours)),
            ("loggedHours", hours(loggedHours)),
            ("leftHours", hours(leftHours)),
            ("percent", .number(Double(percent))),
            ("week", .number(Double(week))),
            ("finishWeek", .number(Double(finishWeek))),
            ("finish", .string(finish.description)),
        ]
    }
}
