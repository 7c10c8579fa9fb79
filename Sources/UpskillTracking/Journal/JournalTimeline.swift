/// What the journal adds up to: which entries are in effect, what `undo` takes back next,
/// what `redo` brings back next, and which entries depend on which.
///
/// Entries are of two kinds. *Actions* change progress: every change a command makes
/// (`init`, `start`, `done`, `log`, …) and `revert N`, whose effect is the reverse of
/// entry N's. *Undo* and *redo* entries take an action back and bring it back:
///
/// - `undo` takes back the action in effect that was applied last (by the entry that
///   made it, or the redo that brought it back), and pushes it on the redo stack;
/// - `redo` brings back the action on top of the redo stack;
/// - any new action (a `revert` included) empties the redo stack, as in an editor;
/// - taking back a `revert N` brings entry N back; bringing it back takes N back again.
///
/// Nothing is ever deleted from the journal: every undo, redo and revert is an entry.
package struct JournalTimeline: Sendable {
    /// Where an action stands.
    package struct Status: Sendable, Hashable {
        /// Whether its effect holds now.
        package var inEffect: Bool
        /// The sequence number of the entry that last applied it: itself, or a redo.
        package var appliedBy: Int
        /// While it is not in effect: the undo or revert that took it back.
        package var takenBackBy: Int?
    }

    /// The entries present in the journal, by sequence number.
    package private(set) var entries: [Int: JournalEntry] = [:]
    /// The status of each action, by sequence number.
    package private(set) var status: [Int: Status] = [:]
    /// The actions `redo` brings back, the next last.
    package private(set) var redoStack: [Int] = []

    /// Replays the journal's entries in order.
    /// - Complexity: O(n) for n entries.
    package init(_ history: History) {
        for entry in history.entries { record(entry) }
    }

    /// Adds the next entry of the journal, and returns what it does to progress, so that
    /// progress can be brought up to date entry by entry (see ``Progress/catchUp(with:from:)``).
    ///
    /// Every entry changes progress at most once: an undo of an action already taken back,
    /// a redo of one in effect, or a revert of an entry already taken back (which two
    /// journals merged can hold, when both machines took the same entry back) does
    /// nothing, and such a revert is not an action `undo` could take back in turn.
    /// - Returns: The effects to perform, in order; empty when the entry changes nothing.
    @discardableResult
    package mutating func record(_ entry: JournalEntry) -> [ChangeEffect] {
        let sequence = entry.sequence
        if entries[sequence] == nil { entries[sequence] = entry }
        switch entry.change {
        case .undo(let target):
            guard status[target]?.inEffect == true, let effect = effect(of: target) else { return [] }
            takeBack(target, by: sequence)
            redoStack.append(target)
            return [effect.inverse]
        case .redo(let target):
            if let index = redoStack.lastIndex(of: target) { redoStack.remove(at: index) }
            guard status[target]?.inEffect == false, let effect = effect(of: target) else { return [] }
            bringBack(target, appliedBy: sequence)
            return [effect]
        case .revert(let target):
            guard status[target]?.inEffect == true, let effect = effect(of: sequence) else { return [] }
            status[sequence] = Status(inEffect: true, appliedBy: sequence)
            takeBack(target, by: sequence)
            redoStack = []
            return [effect]
        default:
            status[sequence] = Status(inEffect: true, appliedBy: sequence)
            redoStack = []
            return [.apply(entry.change)]
        }
    }

    private mutating func takeBack(_ target: Int, by sequence: Int) {
        guard var current = status[target], current.inEffect else { return }
        current.inEffect = false
        current.takenBackBy = sequence
        status[target] = current
        if case .revert(let reverted)? = entries[target]?.change { bringBack(reverted, appliedBy: nil) }
    }

    private mutating func bringBack(_ target: Int, appliedBy sequence: Int?) {
        guard var current = status[target], !current.inEffect else { return }
        current.inEffect = true
        current.takenBackBy = nil
        if let sequence { current.appliedBy = sequence }
        status[target] = current
        if case .revert(let reverted)? = entries[target]?.change { takeBack(reverted, by: target) }
    }

    /// For each action not in effect, the undo or revert that took it back.
    package var takenBackBy: [Int: Int] {
        status.compactMapValues(\.takenBackBy)
    }

    /// Whether the entry is in effect: an action whose effect holds now. Undo and redo
    /// entries are never in effect themselves.
    package func isInEffect(_ sequence: Int) -> Bool {
        status[sequence]?.inEffect ?? false
    }

    /// The action `upskill undo` takes back next: the one in effect applied last; `nil`
    /// when there is none.
    package var nextToUndo: JournalEntry? {
        status.filter(\.value.inEffect).max { $0.value.appliedBy < $1.value.appliedBy }.flatMap { entries[$0.key] }
    }

    /// The action `upskill redo` brings back next; `nil` when the redo stack is empty.
    package var nextToRedo: JournalEntry? {
        redoStack.last.flatMap { entries[$0] }
    }

    /// What an action does to progress: its change applied, or for `revert N` entry N's
    /// change reverted. `nil` for undo and redo entries, and for a revert of an entry no
    /// longer in the journal.
    package func effect(of sequence: Int) -> ChangeEffect? {
        guard let entry = entries[sequence] else { return nil }
        switch entry.change {
        case .undo, .redo: return nil
        case .revert(let target): return entries[target].map { .revert($0.change) }
        default: return .apply(entry.change)
        }
    }

    /// The actions in effect, applied after `sequence`, that depend on it (see
    /// ``Change/dependency(of:on:resolve:)``), oldest first, each with what it shares.
    package func dependents(of sequence: Int, resolve: (String) -> String = { $0 }) -> [(JournalEntry, String)] {
        guard let mine = status[sequence], let effect = effect(of: sequence) else { return [] }
        var found: [(JournalEntry, String)] = []
        for (other, state) in status.sorted(by: { $0.key < $1.key })
        where other != sequence && state.inEffect && state.appliedBy > mine.appliedBy {
            guard let later = self.effect(of: other), let entry = entries[other] else { continue }
            if let shared = Change.dependency(of: later.change, on: effect.change, resolve: resolve) {
                found.append((entry, shared))
            }
        }
        return found
    }
}

/// What an action does to progress.
package enum ChangeEffect: Sendable, Hashable {
    /// The change applied, as recorded.
    case apply(Change)
    /// The change reverted.
    case revert(Change)

    /// The change applied or reverted.
    package var change: Change {
        switch self {
        case .apply(let change), .revert(let change): change
        }
    }

    /// The effect that cancels this one.
    package var inverse: ChangeEffect {
        switch self {
        case .apply(let change): .revert(change)
        case .revert(let change): .apply(change)
        }
    }
}
