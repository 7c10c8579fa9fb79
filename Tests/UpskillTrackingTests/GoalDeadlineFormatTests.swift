import Foundation
import Testing

@testable import UpskillTracking

/// A goal's deadline in the store: written only when there is one, in version 3 of the
/// state file and of `init` journal lines; a goal without one keeps version 2, byte for
/// byte as before, so that an older upskill keeps reading it.
@Suite("Progress store: goal deadlines")
struct GoalDeadlineFormatTests {
    typealias F = TrackingFixtures
    let day = F.date("2026-01-05")

    static var goalWithDeadline: Goal {
        var goal = F.goal
        goal.deadline = F.date("2027-12-31")
        return goal
    }

    @Test("A deadline is saved in version 3 and read back; undo brings back the goal without it")
    func roundTrip() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path)
        try store.update(on: day) { $0.setGoal(F.goal) }
        var state = String(decoding: F.bytes(store.stateFile) ?? Data(), as: UTF8.self)
        #expect(state.contains("\"version\": 2,"))
        #expect(!state.contains("deadline"))

        try store.update(on: day) { $0.setGoal(Self.goalWithDeadline) }
        state = String(decoding: F.bytes(store.stateFile) ?? Data(), as: UTF8.self)
        #expect(state.contains("\"version\": 3,"))
        #expect(state.contains("\"deadline\": \"2027-12-31\""))
        #expect(try store.load().goal == Self.goalWithDeadline)
        // The migration from version 2 keeps the version 2 file beside it.
        #expect(F.bytes(store.migrationBackupFile(version: 2)) != nil)

        let journal = String(decoding: F.bytes(store.journalFile) ?? Data(), as: UTF8.self)
        let lines = journal.split(separator: "\n")
        #expect(lines.count == 2)
        // Every line written now is version 5, with an id (any goal with a deadline too).
        #expect(lines.allSatisfy { $0.hasPrefix("{\"v\":5,") && $0.contains("\"id\":\"") })
        let history = try store.history()
        guard case .setGoal(let goal, let previous) = history.entries.last?.change else {
            Issue.record("the last entry is not an init: \(history.entries)")
            return
        }
        #expect(goal == Self.goalWithDeadline)
        #expect(previous == F.goal)

        try #require(try store.undo(on: day) != nil)
        #expect(try store.load().goal == F.goal)
        state = String(decoding: F.bytes(store.stateFile) ?? Data(), as: UTF8.self)
        #expect(state.contains("\"version\": 2,"))
    }

    @Test("A deadline in a version 2 file is an unknown key, reported with what is accepted")
    func deadlineNeedsVersion3() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path)
        try F.write(
            """
            {
              "format": "upskill-progress",
              "version": 2,
              "journal": {"entries": 0, "bytes": 0},
              "goal": {"from": ["newcomer"], "to": ["platform"], "hoursPerWeek": 10, "start": "2026-01-05", "deadline": "2027-12-31"},
              "skills": {}
            }
            """, to: store.stateFile)
        let error = trackingError { () throws(TrackingError) in _ = try store.load() }
        #expect(error?.kind == .damaged)
        #expect(error?.message.contains("unknown key 'deadline'") == true, "\(error?.message ?? "")")
    }

    @Test("A version 3 file is read; a bad deadline is reported where it is")
    func readsVersion3() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path)
        let text = """
            {
              "format": "upskill-progress",
              "version": 3,
              "journal": {"entries": 0, "bytes": 0},
              "goal": {"from": ["newcomer"], "to": ["platform"], "hoursPerWeek": 10, "start": "2026-01-05", "deadline": "2027-12-31"},
              "skills": {}
            }
            """
        try F.write(text, to: store.stateFile)
        #expect(try store.load().goal == Self.goalWithDeadline)
        try F.write(text.replacingOccurrences(of: "2027-12-31", with: "end of 2027"), to: store.stateFile)
        let error = trackingError { () throws(TrackingError) in _ = try store.load() }
        #expect(error?.message.contains("goal.deadline: expected a date as \"YYYY-MM-DD\"") == true, "\(error?.message ?? "")")
    }
}
