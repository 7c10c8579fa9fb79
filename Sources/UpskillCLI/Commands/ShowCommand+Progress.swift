/// The progress seam of `upskill show`: where the learner's state and notes on a skill
/// come from.
extension ShowCommand {
    /// Finds the learner's record for a skill id, or `nil` when there is none.
    /// - Throws: ``CLIError`` when the progress store cannot be read (65 for a corrupt
    ///   file, 74 for an I/O error).
    typealias ProgressLookup = @Sendable (_ skillID: String) throws(CLIError) -> SkillProgressSummary?

    /// The lookup `show` uses. No progress store exists yet, so it finds nothing; the
    /// tracking module replaces this body with a read of the store in
    /// `environment.upskillHome` (only when showing a skill, so other commands stay fast).
    static func progressLookup(environment: Environment) -> ProgressLookup {
        { _ throws(CLIError) in nil }
    }
}
