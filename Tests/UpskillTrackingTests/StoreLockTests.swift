import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import UpskillTracking

/// The lock serializes writers and gives up after the configured wait, naming the holder.
@Suite("Progress store: lock")
struct StoreLockTests {
    typealias F = TrackingFixtures

    @Test("A lock held elsewhere times out with a locked error, and nothing is written")
    func timeout() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path, lockTimeout: 0.2)
        let day = F.date("2026-01-05")
        try store.update(on: day) { $0.setState(.done, of: ["git"], on: day) }
        let before = F.bytes(store.stateFile)

        // A second open file description conflicts with the store's, even in one process.
        let fd = open(store.lockFile, O_RDWR | O_CLOEXEC)
        try #require(fd >= 0)
        defer { close(fd) }
        try #require(lockWithin(fd, seconds: 5))
        // The previous holder cleared its id when it let go; this holder records its own,
        // as upskill does.
        #expect(F.bytes(store.lockFile)?.isEmpty == true)
        let id = Array("\(getpid())\n".utf8)
        #expect(pwrite(fd, id, id.count, 0) == id.count)
        let started = Date()
        let error = trackingError { () throws(TrackingError) in
            _ = try store.update(on: day) { $0.setState(.done, of: ["shell"], on: day) }
        }
        let waited = Date().timeIntervalSince(started)
        #expect(error?.kind == .locked)
        #expect(
            error?.message.contains("holds its lock (\(store.lockFile)); this upskill waited 0.2 s for it and changed nothing") == true
        )
        #expect(error?.message.contains("process \(getpid())") == true, "the holder's id is named")
        #expect(waited >= 0.2 && waited < 2)
        #expect(F.bytes(store.stateFile) == before)

        // Readers take no lock.
        #expect(try store.load()[skill: "git"].state == .done)
        flock(fd, LOCK_UN)
        try store.update(on: day) { $0.setState(.done, of: ["shell"], on: day) }
        #expect(try store.load().skills.count == 2)
    }
}

/// Takes an exclusive flock on `fd`, retrying for up to `seconds`: a process another test
/// is starting may briefly share a just-closed descriptor of the file until it execs.
func lockWithin(_ fd: Int32, seconds: Double) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
        if Date() > deadline { return false }
        usleep(2_000)
    }
    return true
}
