import UpskillGraph
import UpskillTracking

extension ResolvedProgress {
    /// The notes on a skill (an id, an alias, or the id of a skill no curriculum knows),
    /// oldest first: what `upskill note SKILL` and `upskill show SKILL` print.
    package func notes(of id: String, in catalog: Catalog) -> [Note] {
        if let skill = catalog.skill(id) { return record(of: skill).notes }
        return orphans.first { $0.id == id }?.record.notes ?? []
    }
}
