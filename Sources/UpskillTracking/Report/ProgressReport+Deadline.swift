import UpskillPlanner

extension ProgressReport {
    /// Whether the hours left fit before the deadline at the planned pace; `nil` without
    /// a deadline.
    package var meetsDeadline: Bool? {
        deadlinePace.map { $0.meets(atHoursPerWeek: plannedForecast.hoursPerWeek) }
    }

    /// The hours left beyond what the planned pace delivers before the deadline (0 when on
    /// track); `nil` without a deadline.
    package var behindDeadlineHours: Double? {
        deadlinePace.map { $0.shortfallHours(atHoursPerWeek: plannedForecast.hoursPerWeek) }
    }
}
