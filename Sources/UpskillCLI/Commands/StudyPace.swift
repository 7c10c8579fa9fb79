import UpskillPlanner

/// The pace `plan` and `init` schedule at, from `--hours-per-week` and `--by`.
enum StudyPace {
    /// The pace when none is given and no deadline sets one.
    static let defaultHoursPerWeek = 8.0

    /// `given` when there is one (a deadline then only gets reported); else the slowest
    /// half-hour pace that finishes `totalHours` from `start` by `deadline`; else the
    /// default.
    /// - Throws: ``CLIError``: a usage error when the deadline leaves less than a week, a
    ///   failure when meeting it takes more than the 168 hours a week has.
    static func hoursPerWeek(given: Double?, deadline: CivilDate?, totalHours: Double, start: CivilDate)
        throws(CLIError) -> Double
    {
        guard let deadline else { return given ?? defaultHoursPerWeek }
        let check = DeadlinePace(totalHours: totalHours, start: start, deadline: deadline)
        guard let needed = check.exactHoursPerWeek else {
            throw .usage("--by \(deadline) leaves less than one whole week from \(start)")
        }
        if let given { return given }
        guard let required = check.requiredHoursPerWeek else {
            throw CLIError(
                "finishing by \(deadline) takes \(formatHours(needed)) hours a week, more than the 168 a week has; choose a later --by date",
                exitCode: .failure)
        }
        return required
    }
}
