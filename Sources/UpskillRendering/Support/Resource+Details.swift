import UpskillCurriculum

extension Resource {
    /// What a learner weighs a resource by, as every format writes it after the title:
    /// `course, 60 h, free` or `book, 30 h, $39` (hours and cost only when known).
    package var details: String {
        var details = [kind.rawValue]
        if let hours { details.append("\(Format.hours(hours)) h") }
        if let cost { details.append(cost == 0 ? "free" : "$\(Format.hours(cost))") }
        return details.joined(separator: ", ")
    }
}
