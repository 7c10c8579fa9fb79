import Foundation
import Testing

@testable import UpskillTracking

/// Corrupt, truncated, inconsistent and newer files: every command that needs one stops
/// with what is wrong, where and how to recover, and no file is written.
@Suite("Progress store: damaged and newer files")
struct StoreDamageTests {
    typealias F = TrackingFixtures
    let day = F.date("2026-01-05")

    /// A store with a goal and two changes, so that state.json.bak exists.
    func populatedStore() throws -> (ProgressStore, URL) {
        let folder = try F.folder()
        let store = ProgressStore(folder: folder.path)
        try store.update(on: day) { $0.setGoal(F.goal) }
        try store.update(on: day) { $0.setState(.done, of: ["git"], on: day) }
        return (store, folder)
    }

    /// Every file in the folder with its bytes.
    func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name != "lock" {
            files[name] = F.bytes(folder.path + "/" + name)
        }
        return files
    }

    /// Loading, reading the history and changing all fail with the same error, and leave
    /// every file as it was.
    func expectUntouched(_ store: ProgressStore, _ folder: URL, kind: TrackingError.Kind) throws -> TrackingError? {
        let before = try snapshot(folder)
        let load = trackingError { () throws(TrackingError) in _ = try store.load() }
        let history = trackingError { () throws(TrackingError) in _ = try store.history() }
        let update = trackingError { () throws(TrackingError) in
            _ = try store.update(on: day) { $0.setState(.done, of: ["shell"], on: day) }
        }
        let undo = trackingError { () throws(TrackingError) in _ = try store.undo(on: day) }
        #expect(load?.kind == kind)
        #expect(history?.kind == kind)
        #expect(update?.kind == kind)
        #expect(undo?.kind == kind)
        #expect(update?.message == load?.message)
        #expect(try snapshot(folder) == before, "a file was changed")
        return update
    }

    /// Ways a state.json can be damaged, and what the message says about each.
    enum StateDamage: String, CaseIterable, Sendable {
        case truncated, empty, notJSON, wrongState, unknownKey, notUpskills, badDate

        func apply(_ text: String) -> String {
            switch self {
            case .truncated: String(text.prefix(text.count / 2))
            case .empty: ""
            case .notJSON: text.replacingOccurrences(of: "\"version\"", with: "version")
            case .wrongState: text.replacingOccurrences(of: "\"done\"", with: "\"finished\"")
            case .unknownKey: text.replacingOccurrences(of: "\"state\":", with: "\"stat\":")
            case .notUpskills: text.replacingOccurrences(of: "upskill-progress", with: "other")
            case .badDate: text.replacingOccurrences(of: "2026-01-05\"}", with: "2026-02-30\"}")
            }
        }

        var message: String {
            switch self {
            case .truncated: "it ends too soon: it looks truncated"
            case .empty: "the progress file is empty: it was truncated"
            case .notJSON: "is not valid JSON"
            case .wrongState: "skills.git.state: expected one of todo, started, done, skipped, found \"finished\""
            case .unknownKey: "skills.git: unknown key 'stat'"
            case .notUpskills: "this is not an upskill progress file"
            case .badDate: "expected a date as \"YYYY-MM-DD\", found \"2026-02-30\""
            }
        }
    }

    @Test(
        "A corrupt or truncated state.json is named with its position and never overwritten",
        arguments: StateDamage.allCases)
    func damagedState(damage: StateDamage) throws {
        let (store, folder) = try populatedStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = String(decoding: F.bytes(store.stateFile) ?? Data(), as: UTF8.self)
        try F.write(damage.apply(text), to: store.stateFile)
        let error = try expectUntouched(store, folder, kind: .damaged)
        #expect(error?.message.hasPrefix(store.stateFile + ":") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains(damage.message) == true, "\(error?.message ?? "")")
        #expect(error?.file == store.stateFile)
        // The good previous copy is offered, with the command that restores it.
        #expect(error?.recovery.contains("  cp '\(store.backupFile)' '\(store.stateFile)'") == true)
    }

    @Test("A missing state.json beside its backup or journal is damage: nothing starts over")
    func missingState() throws {
        let (store, folder) = try populatedStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(atPath: store.stateFile)
        let error = try expectUntouched(store, folder, kind: .damaged)
        #expect(error?.message.contains("is missing, but its backup state.json.bak is still here") == true)
        #expect(error?.recovery.contains("  cp '\(store.backupFile)' '\(store.stateFile)'") == true)

        try FileManager.default.removeItem(atPath: store.backupFile)
        let journalOnly = try expectUntouched(store, folder, kind: .damaged)
        #expect(journalOnly?.message.contains("the journal of earlier changes") == true)
    }

    @Test("Without a good previous copy, recovery says to repair the file or move it aside")
    func noBackup() throws {
        let (store, folder) = try populatedStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        try F.write("{", to: store.stateFile)
        try F.write("{", to: store.backupFile)
        let error = try expectUntouched(store, folder, kind: .damaged)
        #expect(error?.recovery.contains { $0.contains("is damaged too") } == true)
        #expect(error?.recovery.contains("  mv '\(store.stateFile)' '\(store.stateFile).broken'") == true)
    }

    @Test("Restoring state.json.bak as recovery advises loses nothing: the journal applies the last change again")
    func restoreBackup() throws {
        let (store, folder) = try populatedStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let latest = try store.load()
        try F.write("{", to: store.stateFile)
        #expect(trackingError { () throws(TrackingError) in _ = try store.load() }?.recovery.contains {
            $0.contains("upskill applies the last change again from the journal")
        } == true)
        try FileManager.default.removeItem(atPath: store.stateFile)
        try FileManager.default.copyItem(atPath: store.backupFile, toPath: store.stateFile)
        // The last change's entry is past the restored mark: committed, so applied.
        #expect(try store.load() == latest)
        #expect(try store.history().entries.count == 2)
        try store.update(on: day) { $0.setState(.done, of: ["shell"], on: day) }
        #expect(try store.history().entries.map(\.change.skills) == [[], ["git"], ["shell"]])
        #expect(try store.load()[skill: "git"].state == .done)
        // state.json caught up: its mark is the whole journal again.
        let mark = try StateFile.decode(Array(F.bytes(store.stateFile) ?? Data()), file: "s").snapshot.journal
        #expect(mark.entries == 3 && mark.bytes == F.bytes(store.journalFile)?.count)
    }

    @Test("A state.json from a newer upskill is refused and left untouched")
    func newerState() throws {
        let (store, folder) = try populatedStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = String(decoding: F.bytes(store.stateFile) ?? Data(), as: UTF8.self)
        try F.write(text.replacingOccurrences(of: "\"version\": 2", with: "\"version\": 4"), to: store.stateFile)
        let error = try expectUntouched(store, folder, kind: .newerVersion)
        #expect(
            error?.message
                == "\(store.stateFile) has format version 4, newer than this upskill reads (3): a newer upskill wrote it"
        )
        #expect(error?.recovery.first?.contains("upgrade") == true)
    }

    @Test("A journal line from a newer upskill stops history and undo, untouched")
    func newerJournal() throws {
        let (store, folder) = try populatedStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = String(decoding: F.bytes(store.journalFile) ?? Data(), as: UTF8.self)
        try F.write(
            text.replacingOccurrences(of: "{\"v\":5,\"seq\":2", with: "{\"v\":7,\"seq\":2"), to: store.journalFile)
        let before = try snapshot(folder)
        let error = trackingError { () throws(TrackingError) in _ = try store.history() }
        #expect(error?.kind == .newerVersion)
        #expect(error?.message.hasPrefix("\(store.journalFile):2: the entry has format version 7") == true)
        #expect(trackingError { () throws(TrackingError) in _ = try store.undo(on: day) }?.kind == .newerVersion)
        #expect(try snapshot(folder) == before)
    }

    /// Ways a journal can be damaged, and what the message says about each.
    enum JournalDamage: String, CaseIterable, Sendable {
        case truncated, edited, garbled

        func apply(_ text: String) -> String {
            switch self {
            case .truncated: String(text.dropLast(10))
            case .edited: text.replacingOccurrences(of: "\"op\":\"done\"", with: "\"op\": \"done\"")
            case .garbled: text.replacingOccurrences(of: "\"op\":\"done\"", with: "\"op\":\"dune\"")
            }
        }

        var message: String {
            switch self {
            case .truncated: "bytes long, but state.json records 2 entries"
            case .edited: "does not end a line at byte"
            case .garbled: "journal.jsonl:2:"
            }
        }
    }

    @Test("A damaged journal is named with its line and never appended to", arguments: JournalDamage.allCases)
    func damagedJournal(damage: JournalDamage) throws {
        let (store, folder) = try populatedStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = String(decoding: F.bytes(store.journalFile) ?? Data(), as: UTF8.self)
        try F.write(damage.apply(text), to: store.journalFile)
        let before = try snapshot(folder)
        let history = trackingError { () throws(TrackingError) in _ = try store.history() }
        #expect(history?.kind == .damaged)
        #expect(history?.message.contains(damage.message) == true, "\(history?.message ?? "")")
        #expect(history?.recovery.contains("  mv '\(store.journalFile)' '\(store.journalFile).broken'") == true)
        #expect(trackingError { () throws(TrackingError) in _ = try store.undo(on: day) }?.kind == .damaged)
        // The progress itself is still readable.
        #expect(try store.load().goal == F.goal)
        #expect(try snapshot(folder) == before)
    }

    @Test("Entries past the mark out of sequence (a journal pasted twice) are damage: refused, untouched")
    func journalPastedTwice() throws {
        let (store, folder) = try populatedStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = String(decoding: F.bytes(store.journalFile) ?? Data(), as: UTF8.self)
        try F.write(text + text, to: store.journalFile)
        let before = try snapshot(folder)
        let error = trackingError { () throws(TrackingError) in
            _ = try store.update(on: day) { $0.setState(.done, of: ["shell"], on: day) }
        }
        #expect(error?.kind == .damaged)
        #expect(error?.message.contains("journal.jsonl:3: entry number 1 where 3 was expected") == true)
        #expect(trackingError { () throws(TrackingError) in _ = try store.history() } == error)
        // Progress stays readable as state.json has it.
        #expect(try store.load()[skill: "git"].state == .done)
        #expect(try snapshot(folder) == before)
    }

    @Test("A state.json older than the journal (several entries behind) catches up from the journal")
    func olderStateThanJournal() throws {
        let (store, folder) = try populatedStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let older = F.bytes(store.stateFile) ?? Data()
        try store.update(on: day) { $0.setState(.done, of: ["shell"], on: day) }
        try store.update(on: day) { $0.log(minutes: 30, on: "docker", date: day) }
        _ = try store.undo(on: day)
        let latest = try store.load()
        try older.write(to: URL(fileURLWithPath: store.stateFile))
        #expect(try store.load() == latest)
        #expect(try store.history().entries.count == 5)
        #expect(try store.undo(on: day)?.change.skills == ["shell"])
        #expect(try store.load()[skill: "shell"].state == .todo)
        #expect(try store.load()[skill: "git"].state == .done)
    }
}
