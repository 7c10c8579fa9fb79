import UpskillCurriculum
import UpskillPlanner

/// The format of `journal.jsonl`: one JSON object per line, one line per change, oldest
/// first, each with its own format version.
///
/// Every line has `v` (the line format: 1, or 2 for an op added later), `seq` (1, 2, 3, …), `at` (when it was
/// recorded, UTC), `date` (the day it counts for) and `op`, then the fields of its `op`.
/// Lines of version 5, which every line written now is, also have `id` after `seq`: the
/// entry's random identity, which `upskill merge-driver` matches across two journals
/// (see ``JournalMerge``):
///
/// | op | fields |
/// | --- | --- |
/// | `init` | `goal`, `previous` (the goal replaced, or `null`) |
/// | `start`, `done`, `skip`, `reset` | `changes`: `[{skill, from, fromDate, to, toDate}]` |
/// | `log` | `skill`, `minutes`, `changes` (the move to `started` it caused, if any) |
/// | `note` | `skill`, `text` |
/// | `clear-notes` | `skill`, `notes`: `[{date, text}]` |
/// | `undo` | `undoes`: the `seq` of the entry reverted |
/// | `assess` (`v` 2) | `asked`, `inferred`, `known` (counts), `changes` (the moves to `skipped`) |
/// | `redo` (`v` 4) | `redoes`: the `seq` of the entry an undo took back, applied again |
/// | `revert` (`v` 4) | `reverts`: the `seq` of the entry taken back out of order |
///
/// `v` 3 lines are `init` lines whose goal (or previous goal) has a `deadline`. `v` 5
/// lines are any op with an `id`; their goal objects may have a `deadline`.
///
/// Older lines read unchanged. Before ids, a line's `v` was the lowest version that had
/// its op; every line is version 5 now, so an upskill that predates ids stops at the
/// first new line with "a newer upskill wrote it" rather than misreading it or appending
/// after a merge it does not understand.
///
/// ```
/// {"v":1,"seq":2,"at":"2026-01-06T18:30:00Z","date":"2026-01-06","op":"log","skill":"docker","minutes":90,"changes":[{"skill":"docker","from":"todo","fromDate":null,"to":"started","toDate":"2026-01-06"}]}
/// ```
enum JournalLine {
    /// The newest line format this upskill reads.
    static let version = 5
    /// The first line format with entry ids: every line written now has one.
    static let idVersion = 5

    /// The version a line with this change is written in: the first that has its op and
    /// its fields.
    static func version(of change: Change) -> Int {
        switch change {
        case .assess: return 2
        case .redo, .revert: return 4
        case .setGoal(let goal, let previous) where goal.deadline != nil || previous?.deadline != nil: return 3
        default: return 1
        }
    }

    /// One line of JSON, without the newline.
    static func encode(_ entry: JournalEntry) -> String {
        var members: [(String, StoreJSON)] = [
            ("v", .integer(entry.id == nil ? version(of: entry.change) : idVersion)),
            ("seq", .integer(entry.sequence)),
        ]
        if let id = entry.id { members.append(("id", .string(id))) }
        members += [
            ("at", .string(entry.recordedAt)),
            ("date", .string(entry.date.description)),
            ("op", .string(entry.change.operation)),
        ]
        switch entry.change {
        case .setGoal(let goal, let previous):
            members += [("goal", goal.storeJSON), ("previous", previous?.storeJSON ?? .null)]
        case .setState(_, let transitions):
            members.append(("changes", .array(transitions.map(transitionJSON))))
        case .log(let skill, let session, let transition):
            members += [
                ("skill", .string(skill)), ("minutes", .integer(session.minutes)),
                ("changes", .array(transition.map { [transitionJSON($0)] } ?? [])),
            ]
        case .note(let skill, let note):
            members += [("skill", .string(skill)), ("text", .string(note.text))]
        case .clearNotes(let skill, let notes):
            members += [("skill", .string(skill)), ("notes", .array(notes.map(StateFile.noteJSON)))]
        case .undo(let sequence):
            members.append(("undoes", .integer(sequence)))
        case .redo(let sequence):
            members.append(("redoes", .integer(sequence)))
        case .revert(let sequence):
            members.append(("reverts", .integer(sequence)))
        case .assess(let record, let transitions):
            members += [
                ("asked", .integer(record.asked)), ("inferred", .integer(record.inferred)),
                ("known", .integer(record.known)), ("changes", .array(transitions.map(transitionJSON))),
            ]
        }
        return StoreJSON.object(members).compact()
    }

    private static func transitionJSON(_ transition: StateTransition) -> StoreJSON {
        .object([
            ("skill", .string(transition.skill)),
            ("from", .string(transition.from.rawValue)),
            ("fromDate", .optional(transition.fromDate?.description)),
            ("to", .string(transition.to.rawValue)),
            ("toDate", .optional(transition.toDate?.description)),
        ])
    }

    /// Reads line `number` of the journal `file`.
    /// - Throws: ``TrackingError``: `damaged` with the line and column, or `newerVersion`
    ///   for a line a newer upskill wrote.
    static func decode(_ bytes: [UInt8], file: String, line number: Int) throws(TrackingError) -> JournalEntry {
        let reader = StoreReader(file: file, firstLine: number)
        let root = try reader.document(bytes, what: "journal line \(number)").root
        guard let members = root.members else {
            throw reader.damaged(root, at: "", "expected an object, found \(root.kind)")
        }
        let header = StoreObject(reader: reader, value: root, path: "", members: members)
        let lineVersion = try header.integer("v", minimum: 1)
        guard lineVersion <= version else {
            throw TrackingError(
                .newerVersion, file: file,
                "\(file):\(number): the entry has format version \(lineVersion), newer than this upskill reads (\(version)): a newer upskill wrote it",
                recovery: ["upskill has not changed it. Use the newer upskill, or upgrade this one, to read it."])
        }
        let keys = lineVersion >= idVersion ? ["v", "seq", "id", "at", "date", "op"] : ["v", "seq", "at", "date", "op"]
        let op = try header.string("op")
        let extra: [String]
        switch op {
        case "init": extra = ["goal", "previous"]
        case "log": extra = ["skill", "minutes", "changes"]
        case "note": extra = ["skill", "text"]
        case "clear-notes": extra = ["skill", "notes"]
        case "undo": extra = ["undoes"]
        case "redo" where lineVersion >= 4: extra = ["redoes"]
        case "revert" where lineVersion >= 4: extra = ["reverts"]
        case "assess" where lineVersion >= 2: extra = ["asked", "inferred", "known", "changes"]
        case _ where SkillState(command: op) != nil: extra = ["changes"]
        default:
            let ops = [
                "init", "start", "done", "skip", "reset", "log", "note", "clear-notes", "undo", "redo", "revert", "assess",
            ]
            throw reader.damaged(
                header.optional("op"), at: "op",
                "unknown operation '\(op)' (expected one of \(ops.joined(separator: ", ")))")
        }
        let object = try reader.object(root, at: "", keys: keys + extra)
        let date = try object.date("date")
        let change: Change
        switch op {
        case "init":
            let previous = try object.required("previous")
            change = .setGoal(
                try Goal(store: try object.required("goal"), at: "goal", reader: reader, version: lineVersion),
                previous: previous.isNull
                    ? nil : try Goal(store: previous, at: "previous", reader: reader, version: lineVersion))
        case "log":
            let transitions = try self.transitions(object, reader: reader)
            guard transitions.count <= 1 else {
                throw reader.damaged(object.optional("changes"), at: "changes", "a log entry moves at most one skill")
            }
            change = .log(
                skill: try object.string("skill"),
                session: StudySession(
                    date: date, minutes: try object.integer("minutes", minimum: 1, maximum: StudyDuration.maximumMinutes)),
                transition: transitions.first)
        case "note":
            change = .note(skill: try object.string("skill"), Note(date: date, text: try object.string("text")))
        case "clear-notes":
            var notes: [Note] = []
            for (index, element) in try object.array("notes").enumerated() {
                let note = try reader.object(element, at: "notes[\(index)]", keys: ["date", "text"])
                notes.append(Note(date: try note.optionalDate("date"), text: try note.string("text")))
            }
            change = .clearNotes(skill: try object.string("skill"), notes)
        case "undo":
            change = .undo(sequence: try object.integer("undoes", minimum: 1))
        case "redo":
            change = .redo(sequence: try object.integer("redoes", minimum: 1))
        case "revert":
            change = .revert(sequence: try object.integer("reverts", minimum: 1))
        case "assess":
            let transitions = try self.transitions(object, reader: reader)
            if let index = transitions.firstIndex(where: { $0.to != .skipped }) {
                throw reader.damaged(
                    object.optional("changes"), at: "changes[\(index)].to", "an assessment moves skills to skipped only")
            }
            change = .assess(
                AssessmentRecord(
                    asked: try object.integer("asked", minimum: 0), inferred: try object.integer("inferred", minimum: 0),
                    known: try object.integer("known", minimum: 0)),
                transitions)
        default:
            let state = SkillState(command: op) ?? .todo
            change = .setState(state, try transitions(object, reader: reader))
        }
        return JournalEntry(
            sequence: try object.integer("seq", minimum: 1), recordedAt: try object.string("at"), date: date,
            change: change, id: lineVersion >= idVersion ? try id(object, reader: reader) : nil)
    }

    /// An entry id: 1 to 64 lowercase letters, digits and dashes (upskill writes 16
    /// hexadecimal digits).
    private static func id(_ object: StoreObject, reader: StoreReader) throws(TrackingError) -> String {
        let id = try object.string("id")
        let valid =
            (1...64).contains(id.utf8.count)
            && id.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) || $0 == 0x2D }
        guard valid else {
            throw reader.damaged(
                object.optional("id"), at: "id",
                "expected an entry id of 1 to 64 lowercase letters, digits and dashes, found \"\(id.prefix(40))\"")
        }
        return id
    }

    private static func transitions(_ object: StoreObject, reader: StoreReader) throws(TrackingError)
        -> [StateTransition]
    {
        var transitions: [StateTransition] = []
        for (index, element) in try object.array("changes").enumerated() {
            let item = try reader.object(
                element, at: "changes[\(index)]", keys: ["skill", "from", "fromDate", "to", "toDate"])
            func state(_ key: String) throws(TrackingError) -> SkillState {
                let value = try item.required(key)
                guard let name = value.string, let state = SkillState(rawValue: name) else {
                    throw reader.damaged(value, at: item.path(key), "expected a skill state, found \(describe(value))")
                }
                return state
            }
            transitions.append(
                StateTransition(
                    skill: try item.string("skill"), from: try state("from"),
                    fromDate: try item.optionalDate("fromDate"),
                    to: try state("to"), toDate: try item.optionalDate("toDate")))
        }
        return transitions
    }
}
