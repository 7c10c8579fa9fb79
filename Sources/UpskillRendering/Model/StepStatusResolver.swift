import UpskillGraph
import UpskillPlanner

/// Where each skill of a roadmap stands given the learner's progress: its progress entry
/// (aliases resolved) and the status a plan step shows. Made once a roadmap, for
/// ``RoadmapView`` and for the JSON roadmap, which writes its steps without a view: every
/// format says the same.
struct StepStatusResolver {
    /// Progress by skill index, aliases resolved: of two ids of one skill, the first in
    /// sorted order wins.
    let entries: [Int32: RoadmapProgress.Entry]
    /// For each catalog skill, whether it counts towards a requirement: known before the
    /// plan, or done or skipped.
    private let isMet: [Bool]
    private let requirements: RequirementTable

    init(_ roadmap: Roadmap, progress: RoadmapProgress?) {
        let catalog = roadmap.catalog
        var entries: [Int32: RoadmapProgress.Entry] = [:]
        for (id, entry) in (progress?.skills ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let index = catalog.skill(id) else { continue }
            entries[index] = entries[index] ?? entry
        }
        var isMet = [Bool](repeating: false, count: catalog.skillCount)
        for skill in roadmap.plan.known where isMet.indices.contains(Int(skill)) {
            isMet[Int(skill)] = true
        }
        for (skill, entry) in entries where entry.state != .inProgress {
            isMet[Int(skill)] = true
        }
        self.entries = entries
        self.isMet = isMet
        self.requirements = catalog.requirements
    }

    /// Whether the skill was marked done or skipped.
    func isFinished(_ skill: Int32) -> Bool {
        guard !entries.isEmpty, let entry = entries[skill] else { return false }
        return entry.state != .inProgress
    }

    /// Whether every requirement item of the skill has a member known or finished.
    func isSatisfied(_ skill: Int32) -> Bool {
        requirements.items(of: Int(skill)).allSatisfy { item in
            requirements.members(of: item).contains { isMet[Int($0)] }
        }
    }

    /// The status of a plan step's skill: its progress state, else in progress when hours
    /// were logged, else ready when the planner says so or its requirements are met, else
    /// later.
    func status(of skill: Int32, isReady: Bool) -> StepStatus {
        let entry = entries.isEmpty ? nil : entries[skill]
        switch entry?.state {
        case .done: return .done
        case .skipped: return .skipped
        case .inProgress: return .inProgress
        case nil:
            if let logged = entry?.hoursLogged, logged > 0 { return .inProgress }
            return isReady || isSatisfied(skill) ? .ready : .later
        }
    }

    /// The hours logged on the skill (0 when none).
    func hoursLogged(_ skill: Int32) -> Double {
        guard !entries.isEmpty else { return 0 }
        return max(0, entries[skill]?.hoursLogged ?? 0)
    }
}
