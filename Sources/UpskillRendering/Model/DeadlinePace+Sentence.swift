import UpskillPlanner

extension DeadlinePace {
    /// One line on a pace against the deadline, the same in every command:
    /// `Deadline 2027-12-31: met with 3 weeks to spare`, or
    /// `Deadline 2027-12-31: missed by 12 weeks at 6 h/week; 8.5 h/week meets it`.
    package func sentence(atHoursPerWeek hoursPerWeek: Double) -> String {
        let head = "Deadline \(deadline): "
        if meets(atHoursPerWeek: hoursPerWeek) {
            let spare = weeksToSpare(atHoursPerWeek: hoursPerWeek)
            return head + (spare == 0 ? "met, with no week to spare" : "met with \(Format.count(spare, "week")) to spare")
        }
        if deadline < start {
            return head + "missed: it is before \(start), when the study starts"
        }
        guard availableWeeks > 0 else {
            return head + "missed: not one whole study week fits between \(start) and it"
        }
        let late = weeksLate(atHoursPerWeek: hoursPerWeek)
        let missed = head + "missed by \(Format.count(late, "week")) at \(Format.hours(hoursPerWeek)) h/week; "
        if let required = requiredHoursPerWeek {
            return missed + "\(Format.hours(required)) h/week meets it"
        }
        return missed
            + "no pace meets it: it would take \(Format.hours(exactHoursPerWeek ?? 0)) h/week, more than the 168 a week has"
    }
}
