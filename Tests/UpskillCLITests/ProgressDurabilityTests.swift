import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import UpskillCLI

/// The storage guarantees with real processes: a crash at every step of a write leaves
/// the previous or the new state, 50 processes started at once all land, and a lock held
/// too long gives exit 75 with a clear message rather than a hang.
@Suite("Progress storage guarantees (binary)")
struct ProgressDurabilityTests {
    typealias P = ProgressTestSupport

    static let crashPoints = [
        "after-journal-append", "after-backup", "after-temp-write", "after-fsync", "before-rename", "after-rename",
    ]

    /// Checks that `home` holds a whole state: state.json parses, the commands that read
    /// it work, and the history's numbers run 1, 2, 3, … up to `entries`. (Run in this
    /// process: only the crash needs a process of its own.)
    func expectWhole(_ home: URL, entries: Int) throws {
        _ = try P.object(P.file("state.json", in: home) ?? "")
        let status = P.runInProcess(["status"], home: home, today: P.today)
        #expect(status.status == .success, "\(status.stderr)")
        let history = P.runInProcess(["history", "--format", "json"], home: home, today: P.today)
        #expect(history.status == .success, "\(history.stderr)")
        let sequences = (try P.object(history.stdout)["entries"] as? [[String: Any]] ?? []).compactMap {
            $0["seq"] as? Int
        }
        #expect(sequences == Array(Array(1...max(1, entries)).prefix(entries)))
    }

    /// Runs a command in this process, expecting success.
    func succeed(_ arguments: [String], home: URL) -> String {
        let result = P.runInProcess(arguments, home: home, today: P.today)
        #expect(result.status == .success, "\(arguments): \(result.stderr)")
        return result.stdout
    }

    @Test("A crash at any step of a change leaves the previous state or the new one", arguments: crashPoints)
    func crashDuringChange(point: String) throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        _ = succeed(["done", "git"], home: home)
        let previous = P.file("state.json", in: home)

        let crashed = try P.run(["done", "docker"], home: home, environment: ["UPSKILL_CRASH_AT": point])
        #expect(crashed.status == 70, "\(crashed.stderr)")
        #expect(crashed.stdout.isEmpty)
        // The change is committed once its journal line is whole and synced: a crash
        // after that leaves state.json as it was or replaced, and readers apply the line.
        if point != "after-rename" {
            #expect(P.file("state.json", in: home) == previous, "the state changed before the rename")
        }
        #expect(try P.states(in: home) == ["git": "done", "docker": "done"])
        try expectWhole(home, entries: 3)

        // The next change goes through and cleans up what the crash left.
        _ = succeed(["done", "kubernetes"], home: home)
        try expectWhole(home, entries: 4)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: home.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
        #expect(succeed(["undo"], home: home).contains("done kubernetes"))
        #expect(try P.states(in: home) == ["git": "done", "docker": "done"])
    }

    @Test("A crash during the very first write leaves no state or the new one", arguments: crashPoints)
    func crashDuringFirstWrite(point: String) throws {
        let home = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let crashed = try P.run(["done", "git"], home: home, environment: ["UPSKILL_CRASH_AT": point])
        #expect(crashed.status == 70)
        #expect(
            FileManager.default.fileExists(atPath: home.appendingPathComponent("state.json").path)
                == (point == "after-rename"))
        // Every crash point is after the journal line: the change is committed.
        #expect(try P.states(in: home) == ["git": "done"])
        _ = succeed(["history"], home: home)
        _ = succeed(["done", "docker"], home: home)
        #expect(try P.states(in: home) == ["git": "done", "docker": "done"])
        let history = try P.object(succeed(["history", "--format", "json"], home: home))
        #expect((history["entries"] as? [Any])?.count == 2)
    }

    @Test("50 upskill done processes started at once against one home all land")
    func fiftyAtOnce() throws {
        let home = try UpskillBinary.temporaryFolder()
        let output = try UpskillBinary.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: home)
            try? FileManager.default.removeItem(at: output)
        }
        let catalog = try CatalogLoader().load().catalog
        let skills = catalog.skills.prefix(50).map(\.id)
        try #require(skills.count == 50)

        let started = Date()
        let processes = try skills.enumerated().map { index, skill in
            try P.start(["done", skill], home: home, name: "p\(index)", folder: output)
        }
        for process in processes { process.waitUntilExit() }
        let elapsed = Date().timeIntervalSince(started)

        for (index, process) in processes.enumerated() {
            let errors = P.file("p\(index).err", in: output) ?? ""
            #expect(process.terminationStatus == 0, "\(skills[index]): \(errors)")
        }
        let states = try P.states(in: home)
        #expect(states.count == 50)
        #expect(Set(states.keys) == Set(skills))
        #expect(states.values.allSatisfy { $0 == "done" })
        let history = try P.object(try P.run(["history", "--format", "json"], home: home).stdout)
        let entries = try #require(history["entries"] as? [[String: Any]])
        #expect(entries.compactMap { $0["seq"] as? Int } == Array(1...50))
        #expect(Set(entries.flatMap { $0["skills"] as? [String] ?? [] }) == Set(skills))
        #expect(P.file("journal.jsonl", in: home)?.split(separator: "\n").count == 50)
        print("50 concurrent 'upskill done' processes finished in \(String(format: "%.2f", elapsed)) s")
    }

    @Test("A lock held too long gives exit 75 and a clear message; readers still work")
    func lockTimeout() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        let state = P.file("state.json", in: home)
        let fd = open(home.appendingPathComponent("lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        try #require(fd >= 0)
        defer { close(fd) }
        try #require(lockWithin(fd, seconds: 5))
        ftruncate(fd, 0)
        let pid = Array("\(getpid())\n".utf8)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, pid.count, 0) }

        let started = Date()
        let result = try P.run(["done", "docker"], home: home, environment: ["UPSKILL_LOCK_TIMEOUT": "0.3"])
        let waited = Date().timeIntervalSince(started)
        #expect(result.status == 75)
        #expect(
            result.stderr.hasPrefix(
                "error: another upskill (process \(getpid())) is changing your progress and holds its lock (\(home.path)/lock); this upskill waited 0.3 s for it and changed nothing\n"
            ), "\(result.stderr)")
        #expect(result.stderr.contains("Try again when it has finished"))
        #expect(waited >= 0.3 && waited < 5)
        #expect(P.file("state.json", in: home) == state)
        #expect(try P.run(["status"], home: home).status == 0)
        #expect(try P.run(["next"], home: home).status == 0)

        flock(fd, LOCK_UN)
        #expect(try P.run(["done", "docker"], home: home, environment: ["UPSKILL_LOCK_TIMEOUT": "0.3"]).status == 0)
    }

    @Test("A wrong UPSKILL_LOCK_TIMEOUT or UPSKILL_CRASH_AT is a usage error")
    func badSettings() throws {
        let home = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let timeout = try P.run(["done", "git"], home: home, environment: ["UPSKILL_LOCK_TIMEOUT": "-1"])
        #expect(timeout.status == 64)
        #expect(timeout.stderr.contains("UPSKILL_LOCK_TIMEOUT is '-1'"))
        let crash = try P.run(["done", "git"], home: home, environment: ["UPSKILL_CRASH_AT": "now"])
        #expect(crash.status == 64)
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path).isEmpty)
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
