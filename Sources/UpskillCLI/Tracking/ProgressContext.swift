import UpskillCurriculum
import UpskillGraph
import UpskillPlanner
import UpskillTracking

/// What the progress commands share: the store in the upskill home, the catalog they
/// resolve skill ids in, today, and the errors they report alike.
struct ProgressContext: Sendable {
    let store: ProgressStore
    let loader: CatalogLoader
    let today: CivilDate
    /// ``Environment/exitsAfterCommand``.
    let exitsAfterCommand: Bool

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        let folder = try environment.requireUpskillHome()
        do {
            store = try ProgressStore(folder: folder, environment: environment.variables)
        } catch {
            throw CLIError(error)
        }
        loader = CatalogLoader(arguments, environment: environment)
        today = environment.today
        exitsAfterCommand = environment.exitsAfterCommand
    }

    /// The catalog, with any loading warnings written to standard error.
    func catalog(console: Console) throws(CLIError) -> Catalog {
        let loaded = try loader.load()
        for warning in loaded.warnings { console.err(warning + "\n") }
        return loaded.catalog
    }

    /// The saved progress.
    func load() throws(CLIError) -> Progress {
        do {
            return try store.load()
        } catch {
            throw CLIError(error)
        }
    }

    /// The committed journal.
    func history() throws(CLIError) -> History {
        do {
            return try store.history()
        } catch {
            throw CLIError(error)
        }
    }

    /// Makes one change under the store's lock, keying records by canonical ids first.
    /// - Returns: The journal entry written, or `nil` when nothing changed.
    @discardableResult
    func update(
        on date: CivilDate, catalog: Catalog, _ body: (inout Progress) throws(TrackingError) -> Change?
    ) throws(CLIError) -> JournalEntry? {
        do {
            return try store.update(on: date) { progress throws(TrackingError) in
                progress.canonicalize(in: catalog)
                return try body(&progress)
            }
        } catch {
            throw CLIError(error)
        }
    }

    /// The saved goal.
    /// - Throws: ``CLIError`` (exit 1) saying how to save one when there is none.
    func goal(of progress: Progress) throws(CLIError) -> Goal {
        guard let goal = progress.goal else {
            throw CLIError(
                lines: [
                    "error: no goal saved yet in \(store.folder)",
                    "Save one first, e.g.: upskill init --from data-scientist --to ml-engineer",
                ], exitCode: .failure)
        }
        return goal
    }

    /// The plan of what is left of `goal`, the done and skipped skills counting as known.
    /// - Throws: ``CLIError`` (exit 1) when the curricula changed so that the goal no
    ///   longer plans.
    func plan(_ goal: Goal, catalog: Catalog, progress: ResolvedProgress) throws(CLIError) -> Plan {
        do throws(PlanningError) {
            var request = progress.planRequest(for: goal)
            // The progress views show no prices of alternatives: no re-planning for them.
            request.pricesAlternatives = false
            return try Planner(catalog: catalog).plan(request)
        } catch {
            throw CLIError(
                lines: [
                    "error: the saved goal (\(goal.title())) no longer plans over the curricula: \(error.description)",
                    "Save a new goal with 'upskill init ... --force' (progress on skills is kept).",
                ], exitCode: .failure)
        }
    }

    /// The canonical ids of the skills named by `ids` (ids or aliases, matched ignoring
    /// case), each once, in the order given. With `stored`, ids that only the saved progress knows (skills no
    /// curriculum has any more) are accepted as they are.
    /// - Throws: ``CLIError`` (exit 64) naming every unknown id with a suggestion, or
    ///   saying that a role id is a role; nothing is changed then.
    func skills(_ ids: [String], in catalog: Catalog, stored: Progress? = nil) throws(CLIError) -> [String] {
        var resolved: [String] = []
        var unknown: [String] = []
        for id in ids {
            let canonical: String
            if let skill = catalog.skill(id) {
                canonical = catalog.id(ofSkill: skill)
            } else if let stored, stored.skills[id] != nil {
                canonical = id
            } else {
                unknown.append(id)
                continue
            }
            if !resolved.contains(canonical) { resolved.append(canonical) }
        }
        if let role = unknown.first(where: { catalog.role($0) != nil }) {
            throw CLIError.usage(
                "\(role) is a role, not a skill: use 'upskill init --to \(role)' to aim for it, or 'upskill show \(role)' for its skills; nothing was changed"
            )
        }
        guard unknown.isEmpty else {
            let candidates = catalog.skills.map(\.id) + (stored?.skills.keys.sorted() ?? [])
            let named = unknown.map { id in
                "'\(id)'" + (Suggestion.closest(to: id, in: candidates).map { " (did you mean '\($0)'?)" } ?? "")
            }
            let what = unknown.count == 1 ? "unknown skill" : "unknown skills"
            throw CLIError.usage("\(what) \(named.joined(separator: ", ")); nothing was changed (see 'upskill skills')")
        }
        return resolved
    }

    /// The canonical id of one skill, as ``skills(_:in:stored:)`` resolves it.
    func skill(_ id: String, in catalog: Catalog, stored: Progress? = nil) throws(CLIError) -> String {
        guard let resolved = try skills([id], in: catalog, stored: stored).first else {
            throw .usage("give a skill id, e.g. docker (see 'upskill skills')")
        }
        return resolved
    }

    /// The day a `--date` option names, today when absent.
    /// - Throws: ``CLIError`` (exit 64) for a malformed date or one after today.
    func date(_ text: String?, option: String = "date") throws(CLIError) -> CivilDate {
        guard let text else { return today }
        guard let date = CivilDate(iso: text) else {
            throw .usage("--\(option) takes a date as YYYY-MM-DD, e.g. \(today), not '\(text)'")
        }
        guard date <= today else {
            throw .usage("--\(option) \(date) is in the future; today is \(today)")
        }
        return date
    }
}
