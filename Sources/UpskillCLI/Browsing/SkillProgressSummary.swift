/// What the learner has recorded about one skill — its state and notes — as
/// `upskill show SKILL` prints it (and `--format json` under `progress`).
///
/// This is the seam for the progress store: ``ShowCommand/progressLookup(environment:)``
/// builds one from the store, and the show views print it when there is one.
struct SkillProgressSummary: Sendable, Hashable {
    /// One note the learner attached to the skill.
    struct Note: Sendable, Hashable {
        /// When it was written, `YYYY-MM-DD`.
        var date: String
        var text: String
    }

    /// The state in the learner's words: `done`, `in progress`, `skipped`, ….
    var state: String
    /// The day the state was set, `YYYY-MM-DD`, when known.
    var since: String?
    /// The notes, oldest first.
    var notes: [Note] = []
}
