import UpskillPlanner

/// Everything recorded about one skill: its state, study sessions and notes.
package struct SkillProgress: Sendable, Hashable {
    /// The state.
    package var state: SkillState
    /// The day the skill entered ``state``; `nil` for `todo` and for records migrated from
    /// a format that kept no dates.
    package var date: CivilDate?
    /// Study time logged, in the order it was logged.
    package var sessions: [StudySession]
    /// Private notes, oldest first.
    package var notes: [Note]

    package init(state: SkillState = .todo, date: CivilDate? = nil, sessions: [StudySession] = [], notes: [Note] = []) {
        self.state = state
        self.date = date
        self.sessions = sessions
        self.notes = notes
    }

    /// The minutes logged in all sessions.
    package var minutes: Int {
        sessions.reduce(0) { $0 + $1.minutes }
    }

    /// The hours logged in all sessions.
    package var hours: Double {
        Double(minutes) / 60
    }

    /// Whether there is nothing to keep: `todo`, no sessions, no notes.
    package var isEmpty: Bool {
        state == .todo && sessions.isEmpty && notes.isEmpty
    }

    /// This record combined with another record of the same skill (kept under an old id):
    /// the further state wins (done, skipped, started, todo) with its date; sessions and
    /// notes are joined, in date order.
    package func merged(with other: SkillProgress) -> SkillProgress {
        let ahead = other.state.rank > state.rank ? other : self
        return SkillProgress(
            state: ahead.state, date: ahead.date,
            sessions: stableSorted(sessions + other.sessions) { $0.date < $1.date },
            notes: stableSorted(notes + other.notes) { $0.sortKey < $1.sortKey })
    }
}

/// Time spent studying a skill on one day.
package struct StudySession: Sendable, Hashable {
    /// The day of study.
    package var date: CivilDate
    /// Whole minutes, above 0.
    package var minutes: Int

    package init(date: CivilDate, minutes: Int) {
        self.date = date
        self.minutes = minutes
    }
}

/// A private note on a skill.
package struct Note: Sendable, Hashable {
    /// The day it was written; `nil` for notes migrated from a format without dates.
    package var date: CivilDate?
    /// The text, as written.
    package var text: String

    package init(date: CivilDate?, text: String) {
        self.date = date
        self.text = text
    }

    /// Undated notes first, then by date.
    var sortKey: Int {
        date?.daysSinceEpoch ?? .min
    }
}

/// `items` sorted by `areInIncreasingOrder`, equal items keeping their order.
func stableSorted<T>(_ items: [T], by areInIncreasingOrder: (T, T) -> Bool) -> [T] {
    items.enumerated().sorted { a, b in
        if areInIncreasingOrder(a.element, b.element) { return true }
        if areInIncreasingOrder(b.element, a.element) { return false }
        return a.offset < b.offset
    }.map(\.element)
}
