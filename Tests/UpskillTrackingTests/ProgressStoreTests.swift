import Foundation
import Testing

@testable import UpskillTracking

/// The store's files through its package API: what is written, what is read back, the
/// journal, undo and the commit mark.
@Suite("Progress store")
struct ProgressStoreTests {
    typealias F = TrackingFixtures
    let day1 = F.date("2026-01-05"), day2 = F.date("2026-01-06"), day3 = F.date("2026-01-07")

    @Test("An empty folder reads as no progress, and reading creates nothing")
    func emptyFolder() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path + "/home")
        #expect(try store.load() == Progress())
        #expect(try store.history() == History(entries: []))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/home"))
    }

    @Test("Every kind of change is written and read back exactly")
    func roundTrip() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path)
        try store.update(on: day1) { $0.setGoal(F.goal) }
        try store.update(on: day1) { $0.setState(.done, of: ["git", "shell"], on: day1) }
        try store.update(on: day2) { $0.log(minutes: 95, on: "docker", date: day2) }
        try store.update(on: day2) { $0.addNote("line one\nline \"two\" \u{1F600}", to: "docker", date: day2) }
        try store.update(on: day3) { $0.setState(.skipped, of: ["aws"], on: day3) }

        let progress = try store.load()
        #expect(progress.goal == F.goal)
        #expect(progress[skill: "git"] == SkillProgress(state: .done, date: day1))
        #expect(progress[skill: "docker"].state == .started)
        #expect(progress[skill: "docker"].sessions == [StudySession(date: day2, minutes: 95)])
        #expect(progress[skill: "docker"].notes == [Note(date: day2, text: "line one\nline \"two\" \u{1F600}")])
        #expect(progress[skill: "aws"].state == .skipped)
        #expect(progress.skills.count == 4)

        let history = try store.history()
        #expect(history.entries.map(\.sequence) == [1, 2, 3, 4, 5])
        #expect(history.entries.map(\.change.operation) == ["init", "done", "log", "note", "skip"])
        #expect(history.entries.map(\.date) == [day1, day1, day2, day2, day3])
        #expect(history.entries.allSatisfy { $0.recordedAt.hasSuffix("Z") && $0.recordedAt.count == 20 })

        // The encoder and decoder agree on every snapshot.
        let snapshot = StateFile.Snapshot(progress: progress, journal: .init(entries: 5, bytes: 1234))
        let decoded = try StateFile.decode(StateFile.encode(snapshot), file: "state.json")
        #expect(decoded.snapshot == snapshot)
        #expect(decoded.version == StateFile.version(of: snapshot))
    }

    @Test("The files are readable: versioned, pretty JSON and one JSON object per journal line")
    func humanReadable() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path)
        try store.update(on: day1) { $0.setGoal(F.goal) }
        try store.update(on: day1) { $0.setState(.done, of: ["git"], on: day1) }
        let state = String(decoding: F.bytes(store.stateFile) ?? Data(), as: UTF8.self)
        #expect(state.hasPrefix("{\n  \"format\": \"upskill-progress\",\n  \"version\": 2,\n"))
        #expect(state.contains("\"git\": {\"state\": \"done\", \"date\": \"2026-01-05\"}"))
        let journal = String(decoding: F.bytes(store.journalFile) ?? Data(), as: UTF8.self)
        let lines = journal.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["v"] as? Int == 5)
            #expect((object?["id"] as? String)?.count == 16)
        }
        #expect(lines[1].contains("\"op\":\"done\""))
    }

    @Test("A change that changes nothing writes nothing")
    func noChange() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path)
        try store.update(on: day1) { $0.setState(.done, of: ["git"], on: day1) }
        let before = F.bytes(store.stateFile)
        let entry = try store.update(on: day2) { $0.setState(.done, of: ["git"], on: day2) }
        #expect(entry == nil)
        #expect(F.bytes(store.stateFile) == before)
        #expect(try store.history().entries.count == 1)
    }

    @Test("Each change keeps the state before it as state.json.bak")
    func backup() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path)
        try store.update(on: day1) { $0.setState(.done, of: ["git"], on: day1) }
        #expect(F.bytes(store.backupFile) == nil)
        let first = F.bytes(store.stateFile)
        try store.update(on: day1) { $0.setState(.done, of: ["shell"], on: day1) }
        #expect(F.bytes(store.backupFile) == first)
        #expect(F.bytes(store.stateFile) != first)
    }

    @Test("Undo reverts the latest change not reverted yet, and is recorded")
    func undo() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path)
        try store.update(on: day1) { $0.setGoal(F.goal) }
        let afterGoal = try store.load()
        try store.update(on: day1) { $0.setState(.started, of: ["docker"], on: day1) }
        try store.update(on: day2) { $0.log(minutes: 60, on: "docker", date: day2) }
        try store.update(on: day2) { $0.setState(.done, of: ["docker", "k8s"], on: day2) }
        try store.update(on: day3) { $0.addNote("hi", to: "k8s", date: day3) }

        #expect(try store.undo(on: day3)?.sequence == 5)
        #expect(try store.load()[skill: "k8s"].notes.isEmpty)
        #expect(try store.undo(on: day3)?.sequence == 4)
        #expect(try store.load()[skill: "docker"].state == .started)
        #expect(try store.load()[skill: "docker"].date == day1)
        #expect(try store.load()[skill: "k8s"].isEmpty)
        // A change after undoing is undone first, then undo carries on where it was.
        try store.update(on: day3) { $0.setState(.skipped, of: ["aws"], on: day3) }
        #expect(try store.undo(on: day3)?.sequence == 8)
        #expect(try store.undo(on: day3)?.sequence == 3)
        #expect(try store.undo(on: day3)?.sequence == 2)
        #expect(try store.load() == afterGoal)
        #expect(try store.undo(on: day3)?.sequence == 1)
        #expect(try store.load() == Progress())
        #expect(try store.undo(on: day3) == nil)

        let history = try store.history()
        #expect(history.entries.count == 12)
        #expect(history.undoneBy == [5: 6, 4: 7, 8: 9, 3: 10, 2: 11, 1: 12])
        #expect(history.nextToUndo == nil)
    }

    @Test("A torn last journal line (a write that died) is ignored, then cut off")
    func uncommittedTail() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path)
        try store.update(on: day1) { $0.setState(.done, of: ["git"], on: day1) }
        let committed = F.bytes(store.journalFile) ?? Data()
        for tail in ["{\"v\":1,\"seq\":2,\"at\":\"x\",\"da", "{\"v\":1,\"seq\":2}"] {
            var journal = committed
            journal.append(Data(tail.utf8))
            try journal.write(to: URL(fileURLWithPath: store.journalFile))
            #expect(try store.history().entries.count == 1)
            #expect(try store.load()[skill: "shell"].isEmpty)
        }
        try store.update(on: day2) { $0.setState(.done, of: ["shell"], on: day2) }
        let history = try store.history()
        #expect(history.entries.map(\.sequence) == [1, 2])
        #expect(history.entries.last?.change.skills == ["shell"])
        let lines = String(decoding: F.bytes(store.journalFile) ?? Data(), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
    }

    @Test("A journal moved aside starts again, keeping the entry numbers and the state")
    func journalMovedAside() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path)
        try store.update(on: day1) { $0.setState(.done, of: ["git"], on: day1) }
        try store.update(on: day1) { $0.setState(.done, of: ["shell"], on: day1) }
        try FileManager.default.moveItem(atPath: store.journalFile, toPath: store.journalFile + ".broken")
        #expect(try store.history() == History(entries: [], missingEntries: 2))
        try store.update(on: day2) { $0.setState(.done, of: ["docker"], on: day2) }
        let history = try store.history()
        #expect(history.missingEntries == 2)
        #expect(history.entries.map(\.sequence) == [3])
        #expect(try store.load().skills.count == 3)
        #expect(try store.undo(on: day2)?.sequence == 3)
        #expect(try store.undo(on: day2) == nil)
    }

    @Test("Settings come from the environment, and wrong values are refused with what is accepted")
    func settings() throws {
        let store = try ProgressStore(
            folder: "/x", environment: ["UPSKILL_LOCK_TIMEOUT": "0.5", "UPSKILL_CRASH_AT": "after-fsync"])
        #expect(store.lockTimeout == 0.5)
        #expect(store.crashPoint == .afterFsync)
        #expect(try ProgressStore(folder: "/x", environment: [:]).lockTimeout == 10)
        let timeout = trackingError { () throws(TrackingError) in
            _ = try ProgressStore(folder: "/x", environment: ["UPSKILL_LOCK_TIMEOUT": "soon"])
        }
        #expect(timeout?.kind == .invalidSetting)
        #expect(timeout?.message.contains("UPSKILL_LOCK_TIMEOUT is 'soon'") == true)
        let crash = trackingError { () throws(TrackingError) in
            _ = try ProgressStore(folder: "/x", environment: ["UPSKILL_CRASH_AT": "later"])
        }
        #expect(crash?.message.contains("after-temp-write, after-fsync, before-rename, after-rename") == true)
    }
}
