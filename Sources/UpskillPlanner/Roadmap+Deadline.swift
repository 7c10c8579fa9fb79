extension Roadmap {
    /// The scheduled hours measured against ``deadline`` from the schedule's start; `nil`
    /// without a deadline.
    package var deadlinePace: DeadlinePace? {
        deadline.map { DeadlinePace(totalHours: schedule.totalHours, start: schedule.start, deadline: $0) }
    }

    /// Whether the schedule finishes by ``deadline``; `nil` without one.
    package var meetsDeadline: Bool? {
        deadlinePace.map { $0.meets(atHoursPerWeek: schedule.hoursPerWeek) }
    }
}
