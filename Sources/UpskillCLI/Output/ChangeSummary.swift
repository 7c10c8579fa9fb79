import UpskillTracking

/// One line describing a journal entry's change, for `undo` and `history`:
/// `done docker, kubernetes`, `logged 1h30m on docker`.
enum ChangeSummary {
    /// - Parameters:
    ///   - change: The change.
    ///   - arrow: The arrow for goal titles (`→` on a terminal, `->` piped).
    ///   - target: For an undo, the entry it reverted, when known.
    static func describe(_ change: Change, arrow: String = "->", target: JournalEntry? = nil) -> String {
        switch change {
        case .setGoal(let goal, let previous):
            let text =
                "goal \(goal.title(arrow: arrow)) at \(formatHours(goal.hoursPerWeek)) h/week from \(goal.start)"
                + (goal.deadline.map { " by \($0)" } ?? "")
            return previous == nil ? "set " + text : "replaced the goal with " + text.dropFirst(5)
        case .setState(let state, let transitions):
            let skills = transitions.map(\.skill).joined(separator: ", ")
            switch state {
            case .todo: return "reset \(skills)"
            case .started: return "started \(skills)"
            case .done: return "done \(skills)"
            case .skipped: return "skipped \(skills)"
            }
        case .log(let skill, let session, let transition):
            return "logged \(StudyDuration.format(minutes: session.minutes)) on \(skill)"
                + (transition == nil ? "" : " (started it)")
        case .note(let skill, let note):
            let text = note.text.count > 60 ? note.text.prefix(57) + "..." : note.text
            return "note on \(skill): \(text.replacingNewlines)"
        case .clearNotes(let skill, let notes):
            return "removed \(notes.count) note\(notes.count == 1 ? "" : "s") on \(skill)"
        case .assess(let record, let transitions):
            let skipped =
                transitions.isEmpty
                ? "nothing new marked known"
                : "skipped \(transitions.map(\.skill).joined(separator: ", "))"
            return "assessment: \(record.asked) answered, \(record.inferred) inferred, \(record.known) known; \(skipped)"
        case .undo(let sequence):
            guard let target else { return "undid #\(sequence)" }
            return "undid #\(sequence) (\(describe(target.change, arrow: arrow)))"
        }
    }
}

extension StringProtocol {
    /// The text on one line: line breaks shown as spaces.
    fileprivate var replacingNewlines: String {
        String(map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
