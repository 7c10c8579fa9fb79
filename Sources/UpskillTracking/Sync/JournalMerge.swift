/// The three-way merge of two copies of `journal.jsonl` that `upskill merge-driver` does
/// for git, so that a store kept in a git repository and changed on two machines merges
/// without a conflict and loses nothing.
///
/// The journal only ever grows, and every entry written since line format 5 has a random
/// ``JournalEntry/id``, so merging is a union:
///
/// 1. our journal is kept byte for byte: our entries keep their numbers, and the mark in
///    our `state.json` still ends a line of the merged journal;
/// 2. every entry of theirs that is neither in ours nor in the common ancestor (an entry
///    of the ancestor missing from ours was dropped on purpose, with the journal moved
///    aside) is appended, in their order, numbered after ours;
/// 3. their undo, redo and revert entries are renumbered to point at the same entries in
///    the merged journal (matched by id);
/// 4. where one of their entries moves a skill whose state one of our new entries set,
///    the state it records moving from is what it was in the merged journal (ours), so
///    that undoing it goes back to our state, not theirs: `done docker` made on both
///    sides, undone once, leaves docker done.
///
/// The appended entries are committed entries past the mark of our `state.json`, which
/// every reader applies and the next change writes into `state.json` (see
/// ``JournalFile``). The order is safe to replay: none of ours depends on one of theirs
/// that ours never saw, and theirs keep their own order. Merging is idempotent and
/// merging the result again with either side changes nothing, so repeated and
/// criss-cross merges converge on the same entries.
package enum JournalMerge {
    /// Merges three versions of a journal.
    /// - Parameters:
    ///   - base: The common ancestor's journal (empty when it had none).
    ///   - ours: Our journal: the result starts with it unchanged.
    ///   - theirs: Their journal.
    ///   - file: The journal's name, for messages.
    /// - Returns: The merged journal.
    /// - Throws: ``TrackingError``: `damaged` for a line that does not read (named with
    ///   the side and line), `newerVersion` for a line of a newer upskill, `conflict` when
    ///   an entry without an id (written before ids) would have to be renumbered or an
    ///   entry of theirs refers to one that is not in the merge.
    package static func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8], file: String) throws(TrackingError)
        -> [UInt8]
    {
        let baseEntries = try entries(base, file: "\(file) (common ancestor)")
        let ourEntries = try entries(ours, file: "\(file) (ours)")
        let theirEntries = try entries(theirs, file: "\(file) (theirs)")
        var known = Set(baseEntries.map(key))
        // Where each entry is in the merged journal, by key.
        var merged: [String: Int] = [:]
        for entry in ourEntries { merged[key(entry)] = entry.sequence }
        known.formUnion(merged.keys)
        var next = (ourEntries.last ?? baseEntries.last).map { $0.sequence + 1 } ?? 1
        var result = Array(ours.prefix(completeLength(ours)))
        // The merged journal replayed, for the states their entries move skills from:
        // each skill's state as far as the journal knows it, and the skills whose state
        // one of our new entries set last.
        var replay = Replay()
        let baseKeys = Set(baseEntries.map(key))
        for entry in ourEntries { replay.record(entry, ours: !baseKeys.contains(key(entry))) }
        let theirKeys = Dictionary(theirEntries.map { ($0.sequence, key($0)) }, uniquingKeysWith: { first, _ in first })
        for entry in theirEntries where !known.contains(key(entry)) {
            guard entry.id != nil else {
                throw TrackingError(
                    .conflict, file: file,
                    "\(file) (theirs): entry \(entry.sequence) has no id (it was written by an upskill older than merge-driver, version 5 journal lines), so it cannot be matched or renumbered safely; the file is left as a conflict",
                    recovery: [
                        "Keep one side (git checkout --ours, or --theirs, journal.jsonl state.json, then git add them) and make the other side's changes again; changes made once both machines run this upskill merge by themselves."
                    ])
            }
            var moved = entry
            moved.sequence = next
            moved.change = replay.rebased(try renumbered(entry, in: merged, theirKeys: theirKeys, file: file))
            replay.record(moved, ours: false)
            merged[key(entry)] = next
            known.insert(key(entry))
            next += 1
            result += Array((JournalLine.encode(moved) + "\n").utf8)
        }
        return result
    }

    /// The merged journal replayed on a progress that starts empty: only the states of
    /// the skills our new entries moved matter, and those are set by the entries.
    private struct Replay {
        var timeline = JournalTimeline(History(entries: []))
        var progress = Progress()
        /// The skills whose state one of our new entries set last.
        var setByOurs: Set<String> = []

        mutating func record(_ entry: JournalEntry, ours: Bool) {
            for effect in timeline.record(entry) {
                progress.perform(effect)
                for case .state(let skill) in effect.change.facets(resolve: { $0 }) {
                    if ours { setByOurs.insert(skill) } else { setByOurs.remove(skill) }
                }
            }
        }

        /// Their change, with each move of a skill our new entries set starting from the
        /// state it has in the merged journal.
        func rebased(_ change: Change) -> Change {
            func moved(_ transition: StateTransition) -> StateTransition {
                guard setByOurs.contains(transition.skill) else { return transition }
                var transition = transition
                let record = progress[skill: transition.skill]
                transition.from = record.state
                transition.fromDate = record.date
                return transition
            }
            switch change {
            case .setState(let state, let transitions): return .setState(state, transitions.map(moved))
            case .assess(let record, let transitions): return .assess(record, transitions.map(moved))
            case .log(let skill, let session, let transition):
                return .log(skill: skill, session: session, transition: transition.map(moved))
            default: return change
            }
        }
    }

    /// An entry's identity: its id, or for a line written before ids, its content.
    private static func key(_ entry: JournalEntry) -> String {
        entry.id.map { "id:" + $0 } ?? "line:" + JournalLine.encode(entry)
    }

    /// The change of their entry with an undo, redo or revert pointing at its target's
    /// number in the merged journal.
    private static func renumbered(
        _ entry: JournalEntry, in merged: [String: Int], theirKeys: [Int: String], file: String
    ) throws(TrackingError) -> Change {
        func target(_ sequence: Int) throws(TrackingError) -> Int {
            guard let key = theirKeys[sequence], let number = merged[key] else {
                throw TrackingError(
                    .conflict, file: file,
                    "\(file) (theirs): entry \(entry.sequence) (\(entry.change.operation)) refers to entry \(sequence), which is not in the merged journal (it was moved aside on one side)",
                    recovery: ["Resolve the conflict by hand, or keep one side's journal."])
            }
            return number
        }
        switch entry.change {
        case .undo(let sequence): return .undo(sequence: try target(sequence))
        case .redo(let sequence): return .redo(sequence: try target(sequence))
        case .revert(let sequence): return .revert(sequence: try target(sequence))
        default: return entry.change
        }
    }

    /// The length of `bytes` up to the end of its last complete line.
    private static func completeLength(_ bytes: [UInt8]) -> Int {
        (bytes.lastIndex(of: 0x0A) ?? -1) + 1
    }

    /// The entries of a journal's complete lines (a torn last line, which the store
    /// ignores too, is left out).
    private static func entries(_ bytes: [UInt8], file: String) throws(TrackingError) -> [JournalEntry] {
        var entries: [JournalEntry] = []
        var lineStart = 0
        var number = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            number += 1
            entries.append(try JournalLine.decode(Array(bytes[lineStart..<index]), file: file, line: number))
            lineStart = index + 1
        }
        return entries
    }
}
