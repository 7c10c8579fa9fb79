/// Where a learner stands on one skill.
package enum SkillState: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Not started (the state of every skill without a record).
    case todo
    /// Being studied.
    case started
    /// Learnt.
    case done
    /// Known already, not studied: counts as known for planning, not as study.
    case skipped

    /// Whether the skill counts as known for planning: done or skipped.
    package var isComplete: Bool {
        self == .done || self == .skipped
    }

    /// The command that puts a skill in this state: `reset`, `start`, `done` or `skip`.
    package var command: String {
        switch self {
        case .todo: "reset"
        case .started: "start"
        case .done: "done"
        case .skipped: "skip"
        }
    }

    /// The state a command name puts a skill in, for reading the journal.
    package init?(command: String) {
        guard let state = SkillState.allCases.first(where: { $0.command == command }) else { return nil }
        self = state
    }

    /// How far along the state is, for merging two records of one skill: done, then
    /// skipped, then started, then todo.
    var rank: Int {
        switch self {
        case .todo: 0
        case .started: 1
        case .skipped: 2
        case .done: 3
        }
    }

    package var description: String { rawValue }
}
