import Foundation
import Testing

@testable import UpskillTracking

/// The three-way merge `upskill merge-driver` does for git: one store forked into two
/// folders (as two clones would hold it), changed on both sides, merged.
@Suite("Journal merge (three-way)")
struct JournalMergeTests {
    typealias F = TrackingFixtures
    let day = F.date("2026-01-06")

    /// One store forked in two: the common ancestor's journal and both sides' stores.
    struct Fork {
        let root: URL
        let base: [UInt8]
        let ours: ProgressStore
        let theirs: ProgressStore

        func journal(_ store: ProgressStore) -> [UInt8] {
            Array(F.bytes(store.journalFile) ?? Data())
        }

        /// Merges their journal into ours, as git with the driver would; our state.json
        /// stays. - Returns: The merged journal.
        @discardableResult
        func mergeIntoOurs() throws -> [UInt8] {
            let merged = try JournalMerge.merge(
                base: base, ours: journal(ours), theirs: journal(theirs), file: "journal.jsonl")
            try Data(merged).write(to: URL(fileURLWithPath: ours.journalFile))
            return merged
        }
    }

    /// A store made by `setup`, copied to a second folder.
    func fork(_ setup: (ProgressStore) throws -> Void) throws -> Fork {
        let root = try F.folder()
        let ours = ProgressStore(folder: root.path + "/ours")
        try ours.update(on: day) { $0.setGoal(F.goal) }
        try setup(ours)
        try FileManager.default.copyItem(atPath: ours.folder, toPath: root.path + "/theirs")
        return Fork(
            root: root, base: Array(F.bytes(ours.journalFile) ?? Data()), ours: ours,
            theirs: ProgressStore(folder: root.path + "/theirs"))
    }

    @Test("Both sides add entries: ours stay byte for byte, theirs follow, every change holds")
    func bothSidesAdd() throws {
        let fork = try fork { try $0.update(on: day) { $0.setState(.done, of: ["git"], on: day) } }
        defer { try? FileManager.default.removeItem(at: fork.root) }
        try fork.ours.update(on: day) { $0.log(minutes: 30, on: "docker", date: day) }
        try fork.ours.update(on: day) { $0.setState(.done, of: ["shell"], on: day) }
        try fork.theirs.update(on: day) { $0.log(minutes: 45, on: "aws", date: day) }
        try fork.theirs.update(on: day) { $0.addNote("rebase -i", to: "git", date: day) }
        let ours = fork.journal(fork.ours)
        let theirs = fork.journal(fork.theirs)

        let merged = try fork.mergeIntoOurs()
        #expect(Array(merged.prefix(ours.count)) == ours)
        let progress = try fork.ours.load()
        #expect(progress[skill: "git"].state == .done && progress[skill: "git"].notes.map(\.text) == ["rebase -i"])
        #expect(progress[skill: "docker"].minutes == 30 && progress[skill: "shell"].state == .done)
        #expect(progress[skill: "aws"].minutes == 45 && progress[skill: "aws"].state == .started)
        let history = try fork.ours.history()
        #expect(history.entries.map(\.sequence) == [1, 2, 3, 4, 5, 6])
        #expect(Set(history.entries.compactMap(\.id)).count == 6)

        // Merging again, either way round, changes nothing: repeated merges converge.
        #expect(try JournalMerge.merge(base: fork.base, ours: merged, theirs: theirs, file: "j") == merged)
        #expect(try JournalMerge.merge(base: ours, ours: merged, theirs: merged, file: "j") == merged)
        // Their side merging ours ends with the same progress.
        let mirrored = try JournalMerge.merge(base: fork.base, ours: theirs, theirs: ours, file: "j")
        try Data(mirrored).write(to: URL(fileURLWithPath: fork.theirs.journalFile))
        #expect(try fork.theirs.load() == progress)

        // The next change writes the merged entries into state.json: its mark is the whole journal.
        try fork.ours.update(on: day) { $0.setState(.started, of: ["k8s"], on: day) }
        let state = try StateFile.decode(Array(F.bytes(fork.ours.stateFile) ?? Data()), file: "s").snapshot
        #expect(state.journal.entries == 7 && state.journal.bytes == fork.journal(fork.ours).count)
        #expect(state.progress == (try fork.ours.load()))
        #expect(state.progress[skill: "aws"].minutes == 45)
    }

    @Test("Undos on one side keep pointing at the entries they took back, renumbered by id")
    func undoOnOneSide() throws {
        let fork = try fork { store in
            try store.update(on: day) { $0.log(minutes: 60, on: "docker", date: day) }
            try store.update(on: day) { $0.setState(.done, of: ["git"], on: day) }
        }
        defer { try? FileManager.default.removeItem(at: fork.root) }
        // Theirs: undo #3 (done git, from the common ancestor), log aws, undo that log.
        #expect(try fork.theirs.undo(on: day)?.sequence == 3)
        try fork.theirs.update(on: day) { $0.log(minutes: 30, on: "aws", date: day) }
        #expect(try fork.theirs.undo(on: day)?.sequence == 5)
        // Ours: one log.
        try fork.ours.update(on: day) { $0.log(minutes: 20, on: "k8s", date: day) }

        try fork.mergeIntoOurs()
        let history = try fork.ours.history()
        #expect(history.entries.map(\.change.operation) == ["init", "log", "done", "log", "undo", "log", "undo"])
        #expect(history.entries[4].change == .undo(sequence: 3))
        #expect(history.entries[6].change == .undo(sequence: 6), "their undo follows their log to #6")
        #expect(history.undoneBy == [3: 5, 6: 7])
        var progress = try fork.ours.load()
        #expect(progress[skill: "git"].state == .todo)
        #expect(progress[skill: "aws"].minutes == 0)
        #expect(progress[skill: "k8s"].minutes == 20 && progress[skill: "docker"].minutes == 60)

        // Undo and redo go on over the merged journal.
        #expect(try fork.ours.undo(on: day)?.sequence == 4)
        #expect(try fork.ours.load()[skill: "k8s"].minutes == 0)
        #expect(try fork.ours.redo(on: day)?.sequence == 4)
        progress = try fork.ours.load()
        #expect(progress[skill: "k8s"].minutes == 20 && progress[skill: "git"].state == .todo)
    }

    @Test("The same change made on both sides is kept twice; the same entry (one id) once")
    func sameChangeOnBothSides() throws {
        let fork = try fork { _ in }
        defer { try? FileManager.default.removeItem(at: fork.root) }
        try fork.ours.update(on: day) { $0.setState(.done, of: ["docker"], on: day) }
        try fork.theirs.update(on: day) { $0.setState(.done, of: ["docker"], on: day) }
        let ours = fork.journal(fork.ours)
        let theirs = fork.journal(fork.theirs)
        let merged = try fork.mergeIntoOurs()
        #expect(try fork.ours.history().entries.map(\.change.operation) == ["init", "done", "done"])
        #expect(try fork.ours.load()[skill: "docker"].state == .done)
        // Their entry moves docker from done, as ours left it: undoing it keeps docker
        // done; undoing ours too brings it back to todo.
        #expect(try fork.ours.undo(on: day)?.sequence == 3)
        #expect(try fork.ours.load()[skill: "docker"].state == .done)
        #expect(try fork.ours.undo(on: day)?.sequence == 2)
        #expect(try fork.ours.load()[skill: "docker"].state == .todo)
        _ = try fork.ours.redo(on: day)
        _ = try fork.ours.redo(on: day)

        // An entry both sides hold (one id), as after an earlier merge: never doubled.
        #expect(try JournalMerge.merge(base: fork.base, ours: ours, theirs: ours, file: "j") == ours)
        // Criss-cross: theirs already merged ours (ours renumbered after theirs); merging
        // that back adds only their entry, once.
        let theirsWithOurs = try JournalMerge.merge(base: fork.base, ours: theirs, theirs: ours, file: "j")
        let back = try JournalMerge.merge(base: fork.base, ours: ours, theirs: theirsWithOurs, file: "j")
        #expect(String(decoding: back, as: UTF8.self) == String(decoding: merged, as: UTF8.self))
    }

    @Test("The driver keeps our state.json and writes the merged journal over ours")
    func driverFiles() throws {
        let fork = try fork { _ in }
        defer { try? FileManager.default.removeItem(at: fork.root) }
        try fork.ours.update(on: day) { $0.setState(.done, of: ["shell"], on: day) }
        try fork.theirs.update(on: day) { $0.setState(.done, of: ["aws"], on: day) }
        let base = fork.root.path + "/base.jsonl"
        try Data(fork.base).write(to: URL(fileURLWithPath: base))
        let ourState = F.bytes(fork.ours.stateFile)
        try MergeDriver.merge(
            base: base, ours: fork.ours.journalFile, theirs: fork.theirs.journalFile, path: "upskill/journal.jsonl")
        try MergeDriver.merge(
            base: fork.theirs.backupFile, ours: fork.ours.stateFile, theirs: fork.theirs.stateFile, path: "state.json")
        #expect(F.bytes(fork.ours.stateFile) == ourState)
        let progress = try fork.ours.load()
        #expect(progress[skill: "shell"].state == .done && progress[skill: "aws"].state == .done)

        let other = trackingError { () throws(TrackingError) in
            try MergeDriver.merge(base: base, ours: base, theirs: base, path: "notes.txt")
        }
        #expect(other?.kind == .invalidSetting)
        #expect(other?.message.contains("merges journal.jsonl and state.json") == true)
        try F.write("{", to: fork.ours.stateFile)
        let damaged = trackingError { () throws(TrackingError) in
            try MergeDriver.merge(
                base: fork.ours.backupFile, ours: fork.ours.stateFile, theirs: fork.theirs.stateFile, path: "state.json")
        }
        #expect(damaged?.kind == .damaged)
        #expect(damaged?.message.hasPrefix("state.json (ours):1:2:") == true, "\(damaged?.message ?? "")")
    }

    @Test("Their entries without ids (an older upskill's) are a conflict, not a guess")
    func legacyEntriesConflict() throws {
        func line(_ sequence: Int, _ skill: String) -> String {
            JournalLine.encode(
                JournalEntry(
                    sequence: sequence, recordedAt: "2026-01-06T10:00:00Z", date: day,
                    change: .note(skill: skill, Note(date: day, text: "n")))) + "\n"
        }
        let base = Array(line(1, "git").utf8)
        let ours = base + Array(line(2, "docker").utf8)
        let theirs = base + Array(line(2, "aws").utf8)
        let error = trackingError { () throws(TrackingError) in
            _ = try JournalMerge.merge(base: base, ours: ours, theirs: theirs, file: "journal.jsonl")
        }
        #expect(error?.kind == .conflict)
        #expect(error?.message.contains("entry 2 has no id") == true)
        // Lines before ids that both sides share merge fine.
        #expect(try JournalMerge.merge(base: base, ours: ours, theirs: base, file: "j") == ours)
    }
}
