import Foundation
import Testing

@testable import UpskillTracking

/// The journal after state.json's mark: complete lines are committed changes (a merge
/// appended them, or a change died before replacing state.json), applied by readers and
/// written into state.json by the next change; only a torn last line is cut off; a
/// complete line that does not read is damage, never written after.
@Suite("Progress store: the journal after the mark")
struct JournalTailTests {
    typealias F = TrackingFixtures
    let day = F.date("2026-01-05")

    /// A store with a goal and `done git`, and the journal line `done shell` would add,
    /// appended after the mark without touching state.json (as a kill right after the
    /// journal append leaves it).
    func storeWithCommittedTail() throws -> (ProgressStore, URL, Data) {
        let folder = try F.folder()
        let store = ProgressStore(folder: folder.path)
        try store.update(on: day) { $0.setGoal(F.goal) }
        try store.update(on: day) { $0.setState(.done, of: ["git"], on: day) }
        let state = F.bytes(store.stateFile) ?? Data()
        let journal = F.bytes(store.journalFile) ?? Data()
        try store.update(on: day) { $0.setState(.done, of: ["shell"], on: day) }
        let tail = (F.bytes(store.journalFile) ?? Data()).dropFirst(journal.count)
        try state.write(to: URL(fileURLWithPath: store.stateFile))
        return (store, folder, Data(tail))
    }

    @Test("A complete line after the mark counts: readers apply it, the next change writes it into state.json")
    func committedTail() throws {
        let (store, folder, _) = try storeWithCommittedTail()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try store.load()[skill: "shell"].state == .done)
        #expect(try store.history().entries.map(\.sequence) == [1, 2, 3])
        try store.update(on: day) { $0.setState(.started, of: ["docker"], on: day) }
        let state = try StateFile.decode(Array(F.bytes(store.stateFile) ?? Data()), file: "s").snapshot
        #expect(state.progress[skill: "shell"].state == .done && state.progress[skill: "docker"].state == .started)
        #expect(state.journal.entries == 4)
        #expect(try store.undo(on: day)?.sequence == 4)
        #expect(try store.undo(on: day)?.sequence == 3)
        #expect(try store.load()[skill: "shell"].state == .todo)
    }

    @Test("A torn last line after committed ones is ignored by readers and cut off by the next change")
    func tornAfterCommitted() throws {
        let (store, folder, _) = try storeWithCommittedTail()
        defer { try? FileManager.default.removeItem(at: folder) }
        var journal = F.bytes(store.journalFile) ?? Data()
        let whole = journal.count
        journal.append(Data(#"{"v":5,"seq":4,"id":"00"#.utf8))
        try journal.write(to: URL(fileURLWithPath: store.journalFile))
        #expect(try store.history().entries.count == 3)
        #expect(try store.load()[skill: "shell"].state == .done)
        try store.update(on: day) { $0.setState(.done, of: ["aws"], on: day) }
        let lines = String(decoding: F.bytes(store.journalFile) ?? Data(), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 4 && lines[3].contains("\"seq\":4,") && lines[3].contains("aws"))
        #expect((F.bytes(store.journalFile)?.count ?? 0) > whole)
    }

    @Test("A complete line after the mark that does not read is damage: named, never written after")
    func unreadableTail() throws {
        let (store, folder, tail) = try storeWithCommittedTail()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = (F.bytes(store.journalFile) ?? Data()).dropLast(tail.count)
        try (journal + Data("{\"v\":5,\"seq\":3}\n".utf8)).write(to: URL(fileURLWithPath: store.journalFile))
        let before = F.bytes(store.journalFile)
        let history = trackingError { () throws(TrackingError) in _ = try store.history() }
        #expect(history?.kind == .damaged)
        #expect(history?.message.contains("journal.jsonl:3:") == true, "\(history?.message ?? "")")
        let update = trackingError { () throws(TrackingError) in
            _ = try store.update(on: day) { $0.setState(.done, of: ["aws"], on: day) }
        }
        #expect(update?.kind == .damaged)
        #expect(F.bytes(store.journalFile) == before)
        // Progress stays readable as state.json has it.
        #expect(try store.load()[skill: "git"].state == .done)
    }
}
