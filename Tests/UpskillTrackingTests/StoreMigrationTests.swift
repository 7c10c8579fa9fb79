import Foundation
import Testing

@testable import UpskillTracking

/// Older format versions are read as they are and rewritten in the current version on
/// the next change, keeping the original beside it.
@Suite("Progress store: migrations")
struct StoreMigrationTests {
    typealias F = TrackingFixtures
    let day = F.date("2026-01-05")

    static let version1 = """
        {
          "format": "upskill-progress",
          "version": 1,
          "goal": {"from": ["newcomer"], "to": ["platform"], "hoursPerWeek": 10, "start": "2026-01-05"},
          "done": ["git", "shell"],
          "skipped": ["aws"],
          "started": ["docker"],
          "notes": {"docker": "compose next", "gone-skill": "kept"}
        }
        """

    @Test("A version 1 file is read as is, and nothing is written by reading")
    func readsVersion1() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path)
        try F.write(Self.version1, to: store.stateFile)
        let progress = try store.load()
        #expect(progress.goal == F.goal)
        #expect(progress[skill: "git"] == SkillProgress(state: .done))
        #expect(progress[skill: "aws"].state == .skipped)
        #expect(
            progress[skill: "docker"] == SkillProgress(state: .started, notes: [Note(date: nil, text: "compose next")]))
        #expect(progress[skill: "gone-skill"].notes == [Note(date: nil, text: "kept")])
        #expect(try store.history() == History(entries: []))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["state.json"])
    }

    @Test("A second migration keeps the first one's backup and numbers its own")
    func secondMigrationKeepsFirstBackup() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path)
        try F.write(Self.version1, to: store.stateFile)
        try store.update(on: day) { $0.setState(.done, of: ["k8s"], on: day) }
        // Someone puts another version 1 file in place (and the journal aside), as a
        // recovery might.
        let second = Self.version1.replacingOccurrences(of: "\"git\", \"shell\"", with: "\"git\"")
        try F.write(second, to: store.stateFile)
        try FileManager.default.moveItem(atPath: store.journalFile, toPath: store.journalFile + ".old")
        try store.update(on: day) { $0.setState(.done, of: ["k8s"], on: day) }
        #expect(F.bytes(store.migrationBackupFile(version: 1)) == Data(Self.version1.utf8))
        #expect(F.bytes(store.migrationBackupFile(version: 1) + ".2") == Data(second.utf8))
    }

    @Test("The next change migrates it to the current version, keeping state.json.v1.bak")
    func migratesOnChange() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path)
        try F.write(Self.version1, to: store.stateFile)
        let before = try store.load()
        try store.update(on: day) { $0.setState(.done, of: ["k8s"], on: day) }

        #expect(F.bytes(store.migrationBackupFile(version: 1)) == Data(Self.version1.utf8))
        let state = String(decoding: F.bytes(store.stateFile) ?? Data(), as: UTF8.self)
        #expect(state.contains("\"version\": 2,"))
        var expected = before
        expected[skill: "k8s"] = SkillProgress(state: .done, date: day)
        #expect(try store.load() == expected)
        #expect(try store.history().entries.map(\.change.operation) == ["done"])
        // Undo works across the migration: back to what version 1 held.
        try #require(try store.undo(on: day) != nil)
        #expect(try store.load() == before)
    }

    @Test("A damaged version 1 file is reported like any other, and left alone")
    func damagedVersion1() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path)
        let text = Self.version1.replacingOccurrences(of: "\"done\": [\"git\", \"shell\"]", with: "\"done\": \"git\"")
        try F.write(text, to: store.stateFile)
        let error = trackingError { () throws(TrackingError) in
            _ = try store.update(on: day) { $0.setState(.done, of: ["k8s"], on: day) }
        }
        #expect(error?.kind == .damaged)
        #expect(
            error?.message.contains("\(store.stateFile):5:11: done: expected an array, found a string") == true,
            "\(error?.message ?? "")")
        #expect(F.bytes(store.stateFile) == Data(text.utf8))
        #expect(F.bytes(store.migrationBackupFile(version: 1)) == nil)
    }
}
