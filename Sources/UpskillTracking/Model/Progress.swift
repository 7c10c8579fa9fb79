/// A learner's whole record: the saved goal and what is recorded about each skill.
///
/// Skills are keyed by the id they were recorded under: the canonical id at the time.
/// When a curriculum later renames a skill (keeping the old id among its `aliases`),
/// ``resolved(in:)`` carries the record over to the new id; a record whose id no
/// curriculum knows any more is kept as it is, never dropped.
package struct Progress: Sendable, Hashable {
    /// The goal `upskill init` saved, if any.
    package var goal: Goal?
    /// The record of each skill with one, by skill id. Records are never empty: setting an
    /// empty record through ``subscript(skill:)`` removes it.
    package private(set) var skills: [String: SkillProgress]

    package init(goal: Goal? = nil, skills: [String: SkillProgress] = [:]) {
        self.goal = goal
        self.skills = skills.filter { !$0.value.isEmpty }
    }

    /// The record of a skill: an empty `todo` record when there is none.
    package subscript(skill id: String) -> SkillProgress {
        get { skills[id] ?? SkillProgress() }
        set { skills[id] = newValue.isEmpty ? nil : newValue }
    }

    /// Whether anything is recorded about any skill.
    package var hasSkillProgress: Bool {
        !skills.isEmpty
    }

    /// Moves the record kept under `old` to `new`, merging with a record already there.
    package mutating func rename(_ old: String, to new: String) {
        guard old != new, let record = skills.removeValue(forKey: old) else { return }
        self[skill: new] = skills[new].map { $0.merged(with: record) } ?? record
    }
}
