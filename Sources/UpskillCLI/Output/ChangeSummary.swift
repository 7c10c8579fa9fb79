import UpskillTracking

/// One line describing a journal entry's change, for `undo` and `history`:
/// `done docker, kubernetes`, `logged 1h30m on docker`.
enum ChangeSummary {
    /// - Parameters:
    ///   - change: The change.
    ///   - arrow: The arrow for goal titles (`→` on a terminal, `->` piped).
    ///   - target: For an undo, redo or revert, the entry it is about, when known.
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
            return "undid #\(sequence)" + detail(target, arrow: arrow)
        case .redo(let sequence):
            return "redid #\(sequence)" + detail(target, arrow: arrow)
        case .revert(let sequence):
            return "reverted #\(sequence)" + detail(target, arrow: arrow)
        }
    }

    /// The line for an entry just undone or redone: for a revert, with what the reverted
    /// entry did, read back from `history` (when it can be read).
    static func describe(_ entry: JournalEntry, history: () -> History?, arrow: String) -> String {
        guard case .revert(let target) = entry.change, let history = history() else {
            return describe(entry.change, arrow: arrow)
        }
        return describe(entry.change, arrow: arrow, target: history.entries.first { $0.sequence == target })
    }

    /// ` (done docker)`: what the entry an undo, redo or revert is about did; `""` when it
    /// is not in the journal.
    private static func detail(_ target: JournalEntry?, arrow: String) -> String {
        target.map { " (\(describe($0.change, arrow: arrow)))" } ?? ""
    }
}

extension StringProtocol {
    /// The text on one line: line breaks shown as spaces.
    fileprivate var replacingNewlines: String {
        String(map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
