import UpskillPlanner

/// `upskill revert N` and `upskill redo`: journal entries that take back one entry out of
/// order, and bring back what `undo` took back (see ``JournalTimeline``).
extension ProgressStore {
    /// Why `revert N` changed nothing.
    package enum RevertRefusal: Sendable {
        /// No entry N in the journal (it never was, or the journal was moved aside).
        case notFound(Int, last: Int?)
        /// Entry N is an undo or a redo, which `revert` does not take back.
        case notAnAction(JournalEntry)
        /// Entry N was taken back already, by this entry (`nil` if it is not in the journal).
        case alreadyTakenBack(JournalEntry, by: JournalEntry?)
        /// Later entries in effect depend on entry N, each with what it shares.
        case dependents(JournalEntry, [(JournalEntry, String)])
    }

    /// The outcome of `revert N`.
    package enum RevertOutcome: Sendable {
        /// Entry N was taken back by the journal entry written.
        case reverted(JournalEntry, by: JournalEntry)
        case refused(RevertRefusal)
    }

    /// Takes back entry `sequence`, out of order, recording a `revert` entry; refuses,
    /// writing nothing, when no entry in effect has that number or later entries in
    /// effect depend on it.
    /// - Parameters:
    ///   - sequence: The entry's number, as `upskill history` shows it.
    ///   - date: Today.
    ///   - resolve: Maps a recorded skill id to the id its record is kept under now.
    package func revert(_ sequence: Int, on date: CivilDate, resolve: (String) -> String = { $0 })
        throws(TrackingError) -> RevertOutcome
    {
        var refusal: RevertRefusal?
        var target: JournalEntry?
        let written = try transact(on: date) { progress, journal throws(TrackingError) -> Change? in
            let history = try journal.history()
            let timeline = JournalTimeline(history)
            guard let entry = timeline.entries[sequence] else {
                refusal = .notFound(sequence, last: history.entries.last?.sequence)
                return nil
            }
            guard let status = timeline.status[sequence], let effect = timeline.effect(of: sequence) else {
                refusal = .notAnAction(entry)
                return nil
            }
            guard status.inEffect else {
                refusal = .alreadyTakenBack(entry, by: status.takenBackBy.flatMap { timeline.entries[$0] })
                return nil
            }
            let dependents = timeline.dependents(of: sequence, resolve: resolve)
            guard dependents.isEmpty else {
                refusal = .dependents(entry, dependents)
                return nil
            }
            progress.perform(effect.inverse, resolve: resolve)
            target = entry
            return .revert(sequence: sequence)
        }
        if let written, let target { return .reverted(target, by: written) }
        return .refused(refusal ?? .notFound(sequence, last: nil))
    }

    /// Brings back the action `undo` took back last (``JournalTimeline/nextToRedo``),
    /// recording a `redo` entry.
    /// - Returns: The entry brought back, or `nil` when there is nothing to redo.
    package func redo(on date: CivilDate, resolve: (String) -> String = { $0 }) throws(TrackingError) -> JournalEntry? {
        var redone: JournalEntry?
        try transact(on: date) { progress, journal throws(TrackingError) -> Change? in
            let timeline = JournalTimeline(try journal.history())
            guard let target = timeline.nextToRedo, let effect = timeline.effect(of: target.sequence) else {
                return nil
            }
            progress.perform(effect, resolve: resolve)
            redone = target
            return .redo(sequence: target.sequence)
        }
        return redone
    }
}
