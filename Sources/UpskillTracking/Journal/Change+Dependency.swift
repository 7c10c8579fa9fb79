/// When one change depends on another, so that the earlier cannot be reverted alone.
///
/// A later change *depends* on an earlier one when reverting the earlier alone would
/// contradict what the later one recorded or undo part of it:
///
/// - **the goal**: both save a goal (`init`): the later one recorded the earlier as the
///   goal it replaced;
/// - **a skill's state**: both move the same skill (`start`, `done`, `skip`, `reset`,
///   `assess`, or a `log` that moved the skill from `todo` to `started`): the later one
///   recorded the state the earlier one left;
/// - **a skill's notes**: both are about the same skill's notes and either removes them
///   (`note --clear`): the removed notes include the added one, or the added one came
///   after the removal.
///
/// Study sessions never depend on one another: a `log` that did not start its skill can
/// always be reverted, and so can a note that no later `note --clear` removed.
extension Change {
    /// What a skill-scoped or goal-wide part of progress a change touches.
    enum Facet: Hashable {
        case goal
        case state(String)
        case notes(String)
        case clearedNotes(String)
    }

    /// The parts of progress this change touches, skill ids mapped through `resolve`.
    func facets(resolve: (String) -> String) -> Set<Facet> {
        switch self {
        case .setGoal: [.goal]
        case .setState(_, let transitions), .assess(_, let transitions):
            Set(transitions.map { .state(resolve($0.skill)) })
        case .log(let skill, _, let transition): transition == nil ? [] : [.state(resolve(skill))]
        case .note(let skill, _): [.notes(resolve(skill))]
        case .clearNotes(let skill, _): [.notes(resolve(skill)), .clearedNotes(resolve(skill))]
        case .undo, .redo, .revert: []
        }
    }

    /// What `later` shares with `earlier` that makes it depend on it, as a learner reads
    /// it (`the goal`, `docker's state`, `docker's notes`), or `nil` when `earlier` can be
    /// reverted without touching what `later` did.
    /// - Parameters:
    ///   - later: A change made after `earlier`, still in effect.
    ///   - earlier: The change to revert.
    ///   - resolve: Maps a recorded skill id to the id its record is kept under now.
    package static func dependency(of later: Change, on earlier: Change, resolve: (String) -> String = { $0 })
        -> String?
    {
        let mine = earlier.facets(resolve: resolve)
        let theirs = later.facets(resolve: resolve)
        var shared: [String] = []
        for facet in mine.intersection(theirs) {
            switch facet {
            case .goal: shared.append("the goal")
            case .state(let skill): shared.append("\(skill)'s state")
            case .notes(let skill):
                if mine.contains(.clearedNotes(skill)) || theirs.contains(.clearedNotes(skill)) {
                    shared.append("\(skill)'s notes")
                }
            case .clearedNotes: continue
            }
        }
        return shared.isEmpty ? nil : shared.sorted().joined(separator: ", ")
    }
}
