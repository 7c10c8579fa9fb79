import UpskillGraph
import UpskillPlanner

/// Progress read against a catalog: each record under the skill it belongs to now (a
/// record kept under an old id, now an alias, carried over to the skill), and the
/// records no curriculum knows kept aside, never dropped.
package struct ResolvedProgress: Sendable {
    /// A record whose id is neither a skill nor an alias in the catalog.
    package struct Orphan: Sendable, Hashable {
        package var id: String
        package var record: SkillProgress
    }

    /// A catalog skill's record.
    package struct SkillRecord: Sendable, Hashable {
        /// The skill's index in the catalog.
        package var skill: Int32
        package var record: SkillProgress
    }

    /// The record of each catalog skill that has one, by skill index, ascending. (A
    /// sorted array rather than a dictionary: a run reads few records, and the first
    /// `[Int32: SkillProgress]` of a process cost a fortieth of `upskill next` in run-time
    /// type look-ups.)
    package var records: [SkillRecord]
    /// The records no curriculum knows, sorted by id.
    package var orphans: [Orphan]
    /// The ids of the skills done or skipped, sorted: the planner's `completed`.
    package var completed: [String]

    /// The ids of the skills started and not finished, sorted: the planner's `started`.
    package var started: [String] = []

    /// The request that plans what is left of `goal`: the skills done or skipped count as
    /// known, and the started ones come first.
    package func planRequest(for goal: Goal) -> PlanRequest {
        var request = goal.planRequest(completed: completed)
        request.started = started
        return request
    }

    /// The record of a skill: an empty `todo` record when there is none.
    package func record(of skill: Int32) -> SkillProgress {
        var low = 0, high = records.count
        while low < high {
            let middle = (low + high) / 2
            if records[middle].skill < skill { low = middle + 1 } else { high = middle }
        }
        return low < records.count && records[low].skill == skill ? records[low].record : SkillProgress()
    }

    /// Every session logged, on catalog skills and orphans alike.
    package var allSessions: [StudySession] {
        records.flatMap(\.record.sessions) + orphans.flatMap(\.record.sessions)
    }
}

extension Progress {
    /// The records resolved through `catalog`'s ids and aliases.
    /// - Complexity: O(r log r) for r records.
    package func resolved(in catalog: Catalog) -> ResolvedProgress {
        var records: [ResolvedProgress.SkillRecord] = []
        // Where each skill's record is in `records`, once it has one.
        var place = [Int32](repeating: -1, count: skills.isEmpty ? 0 : catalog.skillCount)
        var orphans: [ResolvedProgress.Orphan] = []
        for (id, record) in skills.sorted(by: { $0.key < $1.key }) {
            guard let skill = catalog.skill(id) else {
                orphans.append(ResolvedProgress.Orphan(id: id, record: record))
                continue
            }
            // The record under the skill's own id leads; those under aliases merge into it.
            let index = Int(place[Int(skill)])
            if index >= 0 {
                let existing = records[index].record
                records[index].record =
                    catalog.id(ofSkill: skill) == id ? record.merged(with: existing) : existing.merged(with: record)
            } else {
                place[Int(skill)] = Int32(records.count)
                records.append(ResolvedProgress.SkillRecord(skill: skill, record: record))
            }
        }
        records.sort { $0.skill < $1.skill }
        let completed = records.filter { $0.record.state.isComplete }.map { catalog.id(ofSkill: $0.skill) }.sorted()
        var resolved = ResolvedProgress(records: records, orphans: orphans, completed: completed)
        resolved.started = records.filter { $0.record.state == .started }.map { catalog.id(ofSkill: $0.skill) }.sorted()
        return resolved
    }

    /// Moves every record kept under an alias to its skill's id, so that what is stored
    /// is keyed by canonical ids. Records no curriculum knows stay as they are.
    package mutating func canonicalize(in catalog: Catalog) {
        for id in skills.keys.sorted() {
            if let skill = catalog.skill(id) { rename(id, to: catalog.id(ofSkill: skill)) }
        }
    }
}
