import UpskillGraph
import UpskillTracking

/// The progress part of `upskill show`: the learner's state and notes on a skill, read
/// from the progress store only when a skill is shown, so other commands stay fast.
extension ShowCommand {
    /// Finds the learner's record for a skill, or `nil` when there is none.
    /// - Throws: ``CLIError`` when the progress store cannot be read (65 for a corrupt
    ///   file, 74 for an I/O error).
    typealias ProgressLookup = @Sendable (_ skill: Int32, _ catalog: Catalog) throws(CLIError) -> SkillProgressSummary?

    /// Reads the store in `environment.upskillHome`; progress recorded under an alias of
    /// the skill counts.
    static func progressLookup(environment: Environment) -> ProgressLookup {
        let folder = environment.upskillHome
        let variables = environment.variables
        return { skill, catalog throws(CLIError) in
            let record: SkillProgress
            guard let folder else { return nil }  // no home: nothing was saved anywhere
            do throws(TrackingError) {
                let store = try ProgressStore(folder: folder, environment: variables)
                record = try store.load().resolved(in: catalog).record(of: skill)
            } catch {
                throw CLIError(error)
            }
            guard !record.isEmpty else { return nil }
            let state =
                switch record.state {
                case .todo: "not started"
                case .started: "in progress"
                case .done: "done"
                case .skipped: "skipped (known already)"
                }
            let logged = record.minutes > 0 ? ", \(formatHours(record.hours)) h logged" : ""
            return SkillProgressSummary(
                state: state + logged, since: record.date?.description,
                notes: record.notes.map { SkillProgressSummary.Note(date: $0.date?.description ?? "", text: $0.text) })
        }
    }
}
