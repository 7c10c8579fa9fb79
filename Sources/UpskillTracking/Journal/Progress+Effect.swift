/// Undo, redo and revert: an action's effect, or its inverse, applied to progress.
extension Progress {
    /// Applies an effect: a change applied again, or reverted.
    /// - Parameters:
    ///   - effect: The effect.
    ///   - resolve: Maps a recorded skill id to the id its record is kept under now (the
    ///     new id of a renamed skill).
    package mutating func perform(_ effect: ChangeEffect, resolve: (String) -> String = { $0 }) {
        switch effect {
        case .apply(let change): apply(change.renamingSkills(resolve))
        case .revert(let change): revert(change, resolve: resolve)
        }
    }
}

extension Change {
    /// The change with every skill id mapped through `rename`.
    func renamingSkills(_ rename: (String) -> String) -> Change {
        func moved(_ transition: StateTransition) -> StateTransition {
            var transition = transition
            transition.skill = rename(transition.skill)
            return transition
        }
        switch self {
        case .setGoal, .undo, .redo, .revert: return self
        case .setState(let state, let transitions): return .setState(state, transitions.map(moved))
        case .assess(let record, let transitions): return .assess(record, transitions.map(moved))
        case .log(let skill, let session, let transition):
            return .log(skill: rename(skill), session: session, transition: transition.map(moved))
        case .note(let skill, let note): return .note(skill: rename(skill), note)
        case .clearNotes(let skill, let notes): return .clearNotes(skill: rename(skill), notes)
        }
    }
}

extension Progress {
    /// Brings progress saved as of entry `sequence` up to date with the entries after it:
    /// those a merge of two journals appended (see ``JournalMerge``), or the one a change
    /// killed before it replaced `state.json` committed. Each is replayed through the
    /// timeline of the whole journal, so an undo, redo or revert among them takes back
    /// or brings back exactly what it would have on the machine that wrote it.
    /// - Parameters:
    ///   - history: The journal, up to its last complete line.
    ///   - sequence: The last entry this progress includes.
    /// - Complexity: O(n) for n entries.
    package mutating func catchUp(with history: History, after sequence: Int) {
        guard history.entries.last.map({ $0.sequence > sequence }) == true else { return }
        var timeline = JournalTimeline(History(entries: []))
        for entry in history.entries {
            let effects = timeline.record(entry)
            guard entry.sequence > sequence else { continue }
            for effect in effects { perform(effect) }
        }
    }
}
