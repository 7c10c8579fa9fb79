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
