import Foundation
import Testing

@testable import UpskillTracking

/// `revert N` and `redo` through the store: entries of their own, the redo stack of an
/// editor, and revert refused when a later change depends on the entry.
@Suite("Journal timeline: revert and redo")
struct JournalTimelineTests {
    typealias F = TrackingFixtures

    /// A store with: #1 init, #2 log docker 60m (starts it), #3 log git 30m (starts it),
    /// #4 log docker 45m, #5 done docker, #6 note on git.
    static func store() throws -> (ProgressStore, URL) {
        let folder = try F.folder()
        let store = ProgressStore(folder: folder.path)
        let day = F.date("2026-01-06")
        try store.update(on: day) { $0.setGoal(F.goal) }
        try store.update(on: day) { $0.log(minutes: 60, on: "docker", date: day) }
        try store.update(on: day) { $0.log(minutes: 30, on: "git", date: day) }
        try store.update(on: day) { $0.log(minutes: 45, on: "docker", date: day) }
        try store.update(on: day) { $0.setState(.done, of: ["docker"], on: day) }
        try store.update(on: day) { $0.addNote("read the book", to: "git", date: day) }
        return (store, folder)
    }

    @Test("A session that started nothing is reverted out of order; undo takes the revert back")
    func revertOutOfOrder() throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let day = F.date("2026-01-07")
        guard case .reverted(let target, let entry) = try store.revert(4, on: day) else {
            Issue.record("revert 4 was refused")
            return
        }
        #expect(target.sequence == 4 && entry.sequence == 7 && entry.change == .revert(sequence: 4))
        #expect(try store.load()[skill: "docker"].minutes == 60)
        #expect(try store.load()[skill: "docker"].state == .done)
        #expect(try store.history().undoneBy == [4: 7])

        #expect(try store.undo(on: day)?.sequence == 7, "undo takes back the revert, the latest action")
        #expect(try store.load()[skill: "docker"].minutes == 105)
        #expect(try store.history().undoneBy == [7: 8])
    }

    @Test("revert refuses, naming the later entries, when they depend on the entry", arguments: [
        (2, [5], "docker's state"),  // the log that started docker; done moved docker after it
        (1, [], ""),  // the goal: nothing later saves a goal, so it can be reverted
    ])
    func refusal(sequence: Int, dependents: [Int], shared: String) throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try store.load()
        let outcome = try store.revert(sequence, on: F.date("2026-01-07"))
        if dependents.isEmpty {
            guard case .reverted = outcome else {
                Issue.record("revert \(sequence) was refused")
                return
            }
        } else {
            guard case .refused(.dependents(let entry, let found)) = outcome else {
                Issue.record("revert \(sequence) was not refused: \(outcome)")
                return
            }
            #expect(entry.sequence == sequence)
            #expect(found.map(\.0.sequence) == dependents)
            #expect(found.map(\.1) == dependents.map { _ in shared })
            #expect(try store.load() == before, "nothing was written")
            #expect(try store.history().entries.count == 6)
        }
    }

    @Test("revert refuses an unknown number, an undo entry, and an entry already taken back")
    func otherRefusals() throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let day = F.date("2026-01-07")
        guard case .refused(.notFound(99, let last)) = try store.revert(99, on: day) else {
            Issue.record("revert 99 was not refused")
            return
        }
        #expect(last == 6)
        _ = try store.undo(on: day)  // #7 undoes #6
        guard case .refused(.notAnAction) = try store.revert(7, on: day) else {
            Issue.record("revert of an undo was not refused")
            return
        }
        guard case .refused(.alreadyTakenBack(let entry, let taker)) = try store.revert(6, on: day) else {
            Issue.record("revert of an undone entry was not refused")
            return
        }
        #expect(entry.sequence == 6 && taker?.sequence == 7)
    }

    @Test("undo, undo, redo, redo restores both changes in turn; a new change empties the redo stack")
    func redoStack() throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let day = F.date("2026-01-07")
        let full = try store.load()
        #expect(try store.redo(on: day) == nil, "nothing undone yet")
        #expect(try store.undo(on: day)?.sequence == 6)
        #expect(try store.undo(on: day)?.sequence == 5)
        let twoBack = try store.load()
        #expect(twoBack[skill: "docker"].state == .started && twoBack[skill: "git"].notes.isEmpty)
        #expect(try store.redo(on: day)?.sequence == 5)
        #expect(try store.load()[skill: "docker"].state == .done)
        #expect(try store.redo(on: day)?.sequence == 6)
        #expect(try store.load() == full)
        #expect(try store.redo(on: day) == nil)

        #expect(try store.undo(on: day)?.sequence == 6, "a redone change is undone again")
        try store.update(on: day) { $0.log(minutes: 10, on: "git", date: day) }
        #expect(try store.redo(on: day) == nil, "a new change empties the redo stack")
        let ops = try store.history().entries.map(\.change.operation)
        #expect(ops.suffix(6) == ["undo", "undo", "redo", "redo", "undo", "log"])
    }

    @Test("A revert, its undo and its redo survive a reread of the journal")
    func journalRoundTrip() throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let day = F.date("2026-01-07")
        _ = try store.revert(3, on: day)
        _ = try store.undo(on: day)
        _ = try store.redo(on: day)
        let lines = String(decoding: F.bytes(store.journalFile) ?? Data(), as: UTF8.self).split(separator: "\n")
        #expect(lines[6].hasPrefix("{\"v\":5,") && lines[6].contains("\"op\":\"revert\",\"reverts\":3"))
        #expect(lines[8].contains("\"op\":\"redo\",\"redoes\":7"))
        let timeline = JournalTimeline(try store.history())
        #expect(!timeline.isInEffect(3) && timeline.isInEffect(7))
        let git = try store.load()[skill: "git"]
        #expect(git.minutes == 0 && git.state == .todo)
    }

    @Test(
        "Dependency: the goal, a skill's state, and notes with a clear among them; sessions never",
        arguments: [
            (Change.note(skill: "git", Note(date: nil, text: "a")), Change.note(skill: "git", Note(date: nil, text: "b")), nil),
            (.note(skill: "git", Note(date: nil, text: "a")), .clearNotes(skill: "git", []), "git's notes"),
            (.log(skill: "git", session: StudySession(date: F.date("2026-01-05"), minutes: 5), transition: nil),
             .setState(.done, [StateTransition(skill: "git", from: .started, fromDate: nil, to: .done, toDate: nil)]), nil),
            (.setGoal(F.goal, previous: nil), .setGoal(F.goal, previous: F.goal), "the goal"),
        ] as [(Change, Change, String?)])
    func dependency(earlier: Change, later: Change, shared: String?) {
        #expect(Change.dependency(of: later, on: earlier) == shared)
    }
}
