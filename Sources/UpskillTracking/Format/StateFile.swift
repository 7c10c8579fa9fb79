import UpskillCurriculum
import UpskillPlanner

/// The format of `state.json`: the saved goal and every skill's record, pretty-printed
/// JSON with a format name and version.
///
/// Version 3 (current): version 2 with an optional `deadline` (`YYYY-MM-DD`) in the goal.
/// A file is written in the lowest version that holds it: version 2 unless the goal has
/// a deadline, so that an upskill that predates deadlines keeps reading the files it can,
/// and stops at the others with "a newer upskill wrote it" rather than calling them damaged.
///
/// Version 2:
///
/// ```json
/// {
///   "format": "upskill-progress",
///   "version": 2,
///   "journal": {"entries": 3, "bytes": 512},
///   "goal": {
///     "from": ["data-scientist"], "to": ["ml-engineer"], "know": [], "goals": [], "avoid": [],
///     "hoursPerWeek": 8, "start": "2026-01-05"
///   },
///   "skills": {
///     "docker": {
///       "state": "started", "date": "2026-01-06",
///       "sessions": [{"date": "2026-01-06", "minutes": 90}],
///       "notes": [{"date": "2026-01-06", "text": "read the compose docs"}]
///     }
///   }
/// }
/// ```
///
/// `journal` is the commit mark: how many entries and bytes of `journal.jsonl` belong to
/// this state. `goal` is `null` before `upskill init`. A skill's `state` is `todo`,
/// `started`, `done` or `skipped`, and `date` the day it entered it; `sessions` and
/// `notes` may be left out when empty. Unknown keys are errors, so a typo in a hand edit
/// is reported rather than silently dropped on the next write.
///
/// Version 1 (the first layout, read and migrated): the same `format` and `goal`, and
/// `done`, `skipped` and `started` lists of ids and a `notes` object of one text per id;
/// no dates, no study time, no journal.
enum StateFile {
    /// The value of the `format` key.
    static let formatName = "upskill-progress"
    /// The newest version this upskill reads and writes.
    static let currentVersion = 3

    /// The version a snapshot is written in: the lowest that holds it.
    static func version(of snapshot: Snapshot) -> Int {
        snapshot.progress.goal?.storeVersion ?? 2
    }

    /// How much of the journal belongs to a state: its entry count and byte length.
    struct JournalMark: Sendable, Hashable {
        var entries: Int
        var bytes: Int
    }

    /// The contents of `state.json`.
    struct Snapshot: Sendable, Hashable {
        var progress: Progress
        var journal: JournalMark
    }

    /// A decoded file, and the version it was written in.
    struct Decoded {
        var snapshot: Snapshot
        var version: Int
    }

    /// The file's bytes for a snapshot, in the current version.
    static func encode(_ snapshot: Snapshot) -> [UInt8] {
        let progress = snapshot.progress
        let skills = progress.skills.sorted { $0.key < $1.key }.map { id, record in
            var members: [(String, StoreJSON)] = [("state", .string(record.state.rawValue))]
            if let date = record.date { members.append(("date", .string(date.description))) }
            if !record.sessions.isEmpty {
                members.append(
                    (
                        "sessions",
                        .array(
                            record.sessions.map {
                                .object([("date", .string($0.date.description)), ("minutes", .integer($0.minutes))])
                            })
                    ))
            }
            if !record.notes.isEmpty {
                members.append(("notes", .array(record.notes.map(noteJSON))))
            }
            return (id, StoreJSON.object(members))
        }
        let json = StoreJSON.object([
            ("format", .string(formatName)),
            ("version", .integer(version(of: snapshot))),
            (
                "journal",
                .object([("entries", .integer(snapshot.journal.entries)), ("bytes", .integer(snapshot.journal.bytes))])
            ),
            ("goal", progress.goal?.storeJSON ?? .null),
            ("skills", .object(skills)),
        ])
        return Array(json.pretty().utf8)
    }

    static func noteJSON(_ note: Note) -> StoreJSON {
        .object([("date", .optional(note.date?.description)), ("text", .string(note.text))])
    }

    /// Reads `state.json` in any version up to the current one.
    /// - Throws: ``TrackingError`` (`damaged`, or `newerVersion` for a file from a newer
    ///   upskill), naming `file`.
    static func decode(_ bytes: [UInt8], file: String) throws(TrackingError) -> Decoded {
        let reader = StoreReader(file: file)
        let root = try reader.document(bytes, what: "the progress file").root
        guard let members = root.members else {
            throw reader.damaged(root, at: "", "expected an object at the top level, found \(root.kind)")
        }
        let header = StoreObject(reader: reader, value: root, path: "", members: members)
        let format = try header.string("format")
        guard format == formatName else {
            throw reader.damaged(
                header.optional("format"), at: "format",
                "expected \"\(formatName)\", found \"\(format)\": this is not an upskill progress file")
        }
        let version = try header.integer("version", minimum: 1)
        switch version {
        case 1: return Decoded(snapshot: try decodeVersion1(root, reader: reader), version: 1)
        case 2...currentVersion:
            return Decoded(snapshot: try decodeCurrent(root, reader: reader, version: version), version: version)
        default:
            throw TrackingError(
                .newerVersion, file: file,
                "\(file) has format version \(version), newer than this upskill reads (\(currentVersion)): a newer upskill wrote it",
                recovery: [
                    "upskill has not changed it. Use the newer upskill, or upgrade this one, to read it."
                ])
        }
    }

    /// Versions 2 and 3, which differ only in the goal's `deadline`.
    private static func decodeCurrent(_ root: JSONValue, reader: StoreReader, version: Int) throws(TrackingError)
        -> Snapshot
    {
        let object = try reader.object(root, at: "", keys: ["format", "version", "journal", "goal", "skills"])
        let journal = try object.object("journal", keys: ["entries", "bytes"])
        let mark = JournalMark(
            entries: try journal.integer("entries", minimum: 0), bytes: try journal.integer("bytes", minimum: 0))
        let goal = try decodeGoal(object, reader: reader, version: version)
        var skills: [String: SkillProgress] = [:]
        var totalMinutes = 0
        let skillsValue = try object.required("skills")
        guard let members = skillsValue.members else {
            throw reader.damaged(
                skillsValue, at: "skills", "expected an object of skill records, found \(skillsValue.kind)")
        }
        for member in members {
            let path = StoreReader.child("skills", member.key)
            guard skills[member.key] == nil else {
                throw reader.damaged(member.value, at: "skills", "skill '\(member.key)' appears twice")
            }
            guard !member.key.isEmpty else {
                throw reader.damaged(member.value, at: path, "a skill id cannot be empty")
            }
            let record = try reader.object(member.value, at: path, keys: ["state", "date", "sessions", "notes"])
            let stateValue = try record.required("state")
            guard let name = stateValue.string, let state = SkillState(rawValue: name) else {
                let names = SkillState.allCases.map(\.rawValue).joined(separator: ", ")
                throw reader.damaged(
                    stateValue, at: record.path("state"), "expected one of \(names), found \(describe(stateValue))")
            }
            var sessions: [StudySession] = []
            for (index, element) in try record.array("sessions").enumerated() {
                let session = try reader.object(
                    element, at: record.path("sessions") + "[\(index)]", keys: ["date", "minutes"])
                // A session is at most a week, as `log` records it; the totals are added
                // with a check too, so no file can make a sum overflow (issue 16, finding 7).
                let minutes = try session.integer("minutes", minimum: 1, maximum: StudyDuration.maximumMinutes)
                let (sum, overflow) = totalMinutes.addingReportingOverflow(minutes)
                guard !overflow else {
                    throw reader.damaged(element, at: record.path("sessions") + "[\(index)]", "the logged minutes add up to more than upskill can count")
                }
                totalMinutes = sum
                sessions.append(StudySession(date: try session.date("date"), minutes: minutes))
            }
            var notes: [Note] = []
            for (index, element) in try record.array("notes").enumerated() {
                let note = try reader.object(element, at: record.path("notes") + "[\(index)]", keys: ["date", "text"])
                notes.append(Note(date: try note.optionalDate("date"), text: try note.string("text")))
            }
            skills[member.key] = SkillProgress(
                state: state, date: try record.optionalDate("date"), sessions: sessions, notes: notes)
        }
        return Snapshot(progress: Progress(goal: goal, skills: skills), journal: mark)
    }

    private static func decodeGoal(_ object: StoreObject, reader: StoreReader, version: Int) throws(TrackingError)
        -> Goal?
    {
        guard let value = object.optional("goal"), !value.isNull else { return nil }
        return try Goal(store: value, at: "goal", reader: reader, version: version)
    }

    /// Version 1: lists of ids by state and one undated note per skill. Migrated to
    /// records without dates; there was no journal.
    private static func decodeVersion1(_ root: JSONValue, reader: StoreReader) throws(TrackingError) -> Snapshot {
        let object = try reader.object(
            root, at: "", keys: ["format", "version", "goal", "done", "skipped", "started", "notes"])
        var progress = Progress(goal: try decodeGoal(object, reader: reader, version: 1))
        for (key, state) in [("started", SkillState.started), ("skipped", .skipped), ("done", .done)] {
            for id in try object.strings(key) { progress[skill: id].state = state }
        }
        if let notes = object.optional("notes") {
            guard let members = notes.members else {
                throw reader.damaged(notes, at: "notes", "expected an object of note texts, found \(notes.kind)")
            }
            for member in members {
                guard let text = member.value.string else {
                    throw reader.damaged(
                        member.value, at: StoreReader.child("notes", member.key),
                        "expected a string, found \(member.value.kind)")
                }
                progress[skill: member.key].notes.append(Note(date: nil, text: text))
            }
        }
        return Snapshot(progress: progress, journal: JournalMark(entries: 0, bytes: 0))
    }
}
