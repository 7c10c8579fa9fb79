import Foundation
import Testing

@testable import UpskillTracking

/// Issue 16, findings 2, 4 and 9: no file outside the store is ever touched, and no line
/// is appended after one the readers reject.
@Suite("Progress store: links, foreign folders and journal integrity")
struct StoreSafetyTests {
    typealias F = TrackingFixtures
    let day = F.date("2026-01-05")

    func change(_ store: ProgressStore) -> TrackingError? {
        trackingError { () throws(TrackingError) in
            _ = try store.update(on: day) { $0.setGoal(F.goal) }
        }
    }

    @Test("A symbolic link named lock is refused; its target is neither truncated nor created", arguments: [true, false])
    func symlinkedLock(targetExists: Bool) throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path + "/store")
        try FileManager.default.createDirectory(atPath: store.folder, withIntermediateDirectories: true)
        let target = folder.path + "/precious"
        if targetExists { try F.write("keep me\n", to: target) }
        try FileManager.default.createSymbolicLink(atPath: store.lockFile, withDestinationPath: target)
        let error = change(store)
        #expect(error?.kind == .io)
        #expect(error?.message == "cannot use \(store.lockFile): the lock file is a symbolic link, and upskill does not follow links in its folder; nothing was changed")
        #expect(F.bytes(target).map { String(decoding: $0, as: UTF8.self) } == (targetExists ? "keep me\n" : nil))
        #expect(!FileManager.default.fileExists(atPath: store.stateFile))
    }

    @Test("A symbolic link named journal.jsonl is refused on a fresh store; its target is untouched")
    func symlinkedJournal() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path + "/store")
        try FileManager.default.createDirectory(atPath: store.folder, withIntermediateDirectories: true)
        let target = folder.path + "/precious"
        try F.write("keep me\n", to: target)
        try FileManager.default.createSymbolicLink(atPath: store.journalFile, withDestinationPath: target)
        #expect(change(store)?.kind == .io)
        #expect(F.bytes(target) == Data("keep me\n".utf8))
        let history = trackingError { () throws(TrackingError) in _ = try store.history() }
        #expect(history?.kind == .io)
    }

    @Test("A FIFO named lock is refused rather than waited on")
    func fifoLock() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path)
        #expect(mkfifo(store.lockFile, 0o600) == 0)
        let error = change(store)
        #expect(error?.kind == .io)
        #expect(error?.message.contains("it is a FIFO (named pipe), not a regular file") == true, "\(String(describing: error))")
    }

    @Test("A store folder every user can write to is refused, for reading and writing")
    func worldWritableFolder() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path)
        try store.update(on: day) { $0.setGoal(F.goal) }
        #expect(chmod(folder.path, 0o777) == 0)
        let error = change(store)
        #expect(error?.kind == .io)
        #expect(error?.message.contains("every user can write to it (permissions 777)") == true)
        #expect(trackingError { () throws(TrackingError) in _ = try store.load() }?.kind == .io)
        #expect(chmod(folder.path, 0o700) == 0)
        #expect(try store.load().goal == F.goal)
    }

    @Test("Two committed journal lines swapped (same size): changes refuse to append, like history")
    func swappedLines() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path)
        try store.update(on: day) { $0.setGoal(F.goal) }
        try store.update(on: day) { $0.setState(.done, of: ["git"], on: day) }
        try store.update(on: day) { $0.setState(.done, of: ["aws"], on: day) }
        let text = String(decoding: F.bytes(store.journalFile) ?? Data(), as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[1].utf8.count == lines[2].utf8.count)
        lines.swapAt(1, 2)
        try F.write(lines.joined(separator: "\n"), to: store.journalFile)
        let before = F.bytes(store.journalFile)
        let history = trackingError { () throws(TrackingError) in _ = try store.history() }
        #expect(history?.kind == .damaged)
        let error = trackingError { () throws(TrackingError) in
            _ = try store.update(on: day) { $0.setState(.done, of: ["shell"], on: day) }
        }
        #expect(error == history)
        #expect(F.bytes(store.journalFile) == before)
    }

    @Test(
        "Logged minutes beyond a week per session are damage, never a sum that overflows (finding 7)",
        arguments: [10_081, 999_999_999_999_999, 4_611_686_018_427_387_904])
    func hugeMinutes(minutes: Int) throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path)
        try store.update(on: day) { $0.setGoal(F.goal) }
        try store.update(on: day) { $0.log(minutes: 30, on: "git", date: day) }
        let text = String(decoding: F.bytes(store.stateFile) ?? Data(), as: UTF8.self)
        let session = #"{"date": "2026-01-05", "minutes": \#(minutes)}"#
        let damaged = text.replacingOccurrences(
            of: #"{"date": "2026-01-05", "minutes": 30}"#, with: Array(repeating: session, count: 3).joined(separator: ", "))
        #expect(damaged != text)
        try F.write(damaged, to: store.stateFile)
        let error = trackingError { () throws(TrackingError) in _ = try store.load() }
        #expect(error?.kind == .damaged)
        #expect(error?.message.contains("expected a whole number from 1 to 10080") == true, "\(String(describing: error))")
    }
}
