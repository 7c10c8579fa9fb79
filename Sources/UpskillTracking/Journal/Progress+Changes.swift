import UpskillPlanner

/// The changes commands make, each applied through ``Progress/apply(_:)`` and reverted
/// through ``Progress/revert(_:resolve:)``, so that the journal describes exactly what
/// was done.
extension Progress {
    /// Saves `goal`, replacing the saved one.
    /// - Returns: The change, or `nil` when the goal is already saved as given.
    package mutating func setGoal(_ goal: Goal) -> Change? {
        guard self.goal != goal else { return nil }
        let change = Change.setGoal(goal, previous: self.goal)
        apply(change)
        return change
    }

    /// Moves skills to `state` as of `date`.
    /// - Returns: The change for the skills whose state changed (each id once), or `nil`
    ///   when every skill is already in that state.
    package mutating func setState(_ state: SkillState, of ids: [String], on date: CivilDate) -> Change? {
        var seen: Set<String> = []
        var transitions: [StateTransition] = []
        for id in ids where seen.insert(id).inserted {
            let record = self[skill: id]
            guard record.state != state else { continue }
            transitions.append(
                StateTransition(
                    skill: id, from: record.state, fromDate: record.date, to: state,
                    toDate: state == .todo ? nil : date))
        }
        guard !transitions.isEmpty else { return nil }
        let change = Change.setState(state, transitions)
        apply(change)
        return change
    }

    /// Records an assessment: the skills found known move to `skipped` as of `date`,
    /// except those already done or skipped.
    /// - Returns: The change — recorded even when no state changed, so that the history
    ///   shows the assessment was taken — or `nil` when nothing was answered at all.
    package mutating func recordAssessment(_ record: AssessmentRecord, known ids: [String], on date: CivilDate)
        -> Change?
    {
        var seen: Set<String> = []
        var transitions: [StateTransition] = []
        for id in ids where seen.insert(id).inserted {
            let current = self[skill: id]
            guard !current.state.isComplete else { continue }
            transitions.append(
                StateTransition(skill: id, from: current.state, fromDate: current.date, to: .skipped, toDate: date))
        }
        guard record.asked > 0 || !transitions.isEmpty else { return nil }
        let change = Change.assess(record, transitions)
        apply(change)
        return change
    }

    /// Logs `minutes` of study on a skill on `date`; a skill not started yet becomes
    /// started.
    package mutating func log(minutes: Int, on id: String, date: CivilDate) -> Change {
        let record = self[skill: id]
        let transition =
            record.state == .todo
            ? StateTransition(skill: id, from: .todo, fromDate: nil, to: .started, toDate: date) : nil
        let change = Change.log(skill: id, session: StudySession(date: date, minutes: minutes), transition: transition)
        apply(change)
        return change
    }

    /// Adds a note to a skill.
    package mutating func addNote(_ text: String, to id: String, date: CivilDate) -> Change {
        let change = Change.note(skill: id, Note(date: date, text: text))
        apply(change)
        return change
    }

    /// Removes a skill's notes.
    /// - Returns: The change, or `nil` when the skill has no notes.
    package mutating func clearNotes(of id: String) -> Change? {
        let notes = self[skill: id].notes
        guard !notes.isEmpty else { return nil }
        let change = Change.clearNotes(skill: id, notes)
        apply(change)
        return change
    }

    /// Applies a change as recorded. An `undo`, `redo` or `revert` change is applied by
    /// the store, which reverts or re-applies the entry it names (see
    /// ``JournalTimeline``); here it does nothing.
    package mutating func apply(_ change: Change) {
        switch change {
        case .setGoal(let goal, _):
            self.goal = goal
        case .setState(_, let transitions), .assess(_, let transitions):
            for transition in transitions { move(transition.skill, to: transition.to, date: transition.toDate) }
        case .log(let id, let session, let transition):
            if let transition { move(id, to: transition.to, date: transition.toDate) }
            self[skill: id].sessions.append(session)
        case .note(let id, let note):
            self[skill: id].notes.append(note)
        case .clearNotes(let id, _):
            self[skill: id].notes = []
        case .undo, .redo, .revert:
            break
        }
    }

    /// Reverts a change: one made last, or one no later change in effect depends on (see
    /// ``Change/dependency(of:on:resolve:)``).
    /// - Parameters:
    ///   - change: The change to revert.
    ///   - resolve: Maps a recorded skill id to the id its record is kept under now (the
    ///     new id of a renamed skill); the identity by default.
    package mutating func revert(_ change: Change, resolve: (String) -> String = { $0 }) {
        switch change {
        case .setGoal(_, let previous):
            goal = previous
        case .setState(_, let transitions), .assess(_, let transitions):
            for transition in transitions.reversed() {
                move(resolve(transition.skill), to: transition.from, date: transition.fromDate)
            }
        case .log(let id, let session, let transition):
            let key = resolve(id)
            var record = self[skill: key]
            if let index = record.sessions.lastIndex(of: session) { record.sessions.remove(at: index) }
            self[skill: key] = record
            if let transition { move(key, to: transition.from, date: transition.fromDate) }
        case .note(let id, let note):
            let key = resolve(id)
            var record = self[skill: key]
            if let index = record.notes.lastIndex(of: note) { record.notes.remove(at: index) }
            self[skill: key] = record
        case .clearNotes(let id, let notes):
            let key = resolve(id)
            self[skill: key].notes = notes + self[skill: key].notes
        case .undo, .redo, .revert:
            break
        }
    }

    private mutating func move(_ id: String, to state: SkillState, date: CivilDate?) {
        var record = self[skill: id]
        record.state = state
        record.date = date
        self[skill: id] = record
    }
}
