import UpskillPlanner

/// One change to a learner's progress, as the journal records it: enough to show it in
/// the history and to revert it with `upskill undo`.
package enum Change: Sendable, Hashable {
    /// `upskill init`: the goal saved, and the one it replaced.
    case setGoal(Goal, previous: Goal?)
    /// `start`, `done`, `skip` or `reset`: skills moved to a state (only those whose state
    /// changed).
    case setState(SkillState, [StateTransition])
    /// `upskill log`: a study session, and the move from `todo` to `started` it caused.
    case log(skill: String, session: StudySession, transition: StateTransition?)
    /// `upskill note`: a note added to a skill.
    case note(skill: String, Note)
    /// `upskill note --clear`: the notes removed from a skill.
    case clearNotes(skill: String, [Note])
    /// `upskill undo`: the journal entry (by sequence number) that was reverted.
    case undo(sequence: Int)
    /// `upskill redo`: the entry (by sequence number) that an undo took back, applied
    /// again.
    case redo(sequence: Int)
    /// `upskill revert N`: entry N taken back out of order — a change in its own right,
    /// which `undo` can take back in turn.
    case revert(sequence: Int)
    /// `upskill assess`: the skills the assessment found known moved to `skipped` (only
    /// those whose state changed), with how many questions were answered and how many
    /// skills were inferred, for the history. One entry, so one undo reverts it all.
    case assess(AssessmentRecord, [StateTransition])

    /// The command that made the change, as the journal's `op` field names it.
    package var operation: String {
        switch self {
        case .setGoal: "init"
        case .setState(let state, _): state.command
        case .log: "log"
        case .note: "note"
        case .clearNotes: "clear-notes"
        case .undo: "undo"
        case .redo: "redo"
        case .revert: "revert"
        case .assess: "assess"
        }
    }

    /// The skills the change is about, in the order recorded.
    package var skills: [String] {
        switch self {
        case .setGoal, .undo, .redo, .revert: []
        case .setState(_, let transitions), .assess(_, let transitions): transitions.map(\.skill)
        case .log(let skill, _, _), .note(let skill, _), .clearNotes(let skill, _): [skill]
        }
    }
}

/// What an assessment recorded besides its state changes.
package struct AssessmentRecord: Sendable, Hashable {
    /// The questions answered (yes, no or unsure).
    package var asked: Int
    /// The skills settled by inference rather than asked.
    package var inferred: Int
    /// The skills the assessment found known (those already skipped or done included).
    package var known: Int

    package init(asked: Int, inferred: Int, known: Int) {
        self.asked = asked
        self.inferred = inferred
        self.known = known
    }
}

/// A skill moving from one state to another.
package struct StateTransition: Sendable, Hashable {
    /// The skill id.
    package var skill: String
    /// The state before, and the day it was entered.
    package var from: SkillState
    package var fromDate: CivilDate?
    /// The state after, and the day it was entered.
    package var to: SkillState
    package var toDate: CivilDate?

    package init(skill: String, from: SkillState, fromDate: CivilDate?, to: SkillState, toDate: CivilDate?) {
        self.skill = skill
        self.from = from
        self.fromDate = fromDate
        self.to = to
        self.toDate = toDate
    }
}
