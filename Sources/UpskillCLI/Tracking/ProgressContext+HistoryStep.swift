import UpskillGraph
import UpskillPlanner
import UpskillTracking

extension ProgressContext {
    /// Maps a stored skill id to the catalog's canonical id (an alias to its skill), or
    /// keeps it when no curriculum has it: what undo, redo and revert write in the journal.
    static func canonicalSkillID(in catalog: Catalog) -> (String) -> String {
        { id in catalog.skill(id).map { catalog.id(ofSkill: $0) } ?? id }
    }

    /// One step through the history, `undo` or `redo`: runs it on the store and says which
    /// change it took back or brought back (`Undid #12 of 2026-03-11: done docker`).
    /// - Parameters:
    ///   - verb: `Undid` or `Redid`.
    ///   - nothingLeft: The error when there is no step to take (exit 1).
    ///   - step: The store's `undo` or `redo`.
    func stepThroughHistory(
        console: Console, verb: String, nothingLeft: String,
        _ step: (ProgressStore, CivilDate, (String) -> String) throws(TrackingError) -> JournalEntry?
    ) throws(CLIError) {
        let catalog = try catalog(console: console)
        let entry: JournalEntry?
        do throws(TrackingError) {
            entry = try step(store, today, Self.canonicalSkillID(in: catalog))
        } catch {
            throw CLIError(error)
        }
        guard let entry else { throw CLIError(nothingLeft, exitCode: .failure) }
        let style = TextStyle(console: console)
        console.out(
            "\(verb) #\(entry.sequence) of \(entry.date): \(ChangeSummary.describe(entry, history: { try? history() }, arrow: style.arrow))\n"
        )
    }
}
