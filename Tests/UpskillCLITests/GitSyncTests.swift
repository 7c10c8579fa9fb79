import Foundation
import Testing
import UpskillTracking

/// The git executable, if there is one.
private let gitExecutable: URL? = ["/usr/bin/git", "/usr/local/bin/git", "/opt/homebrew/bin/git", "/bin/git"]
    .map(URL.init(fileURLWithPath:))
    .first { FileManager.default.isExecutableFile(atPath: $0.path) }

/// Progress kept in git and changed on two machines: two real clones of one repository,
/// each an `UPSKILL_HOME`, set up as the README says (`.gitattributes` and
/// `git config merge.upskill.driver`, pointing at the built binary), changed in parallel
/// through the binary and merged by real `git pull`.
@Suite(
    "Progress synced through git (two clones)",
    .enabled(if: gitExecutable != nil, "git is not installed: the two-clone sync test needs it"))
struct GitSyncTests {
    typealias P = ProgressTestSupport

    /// Runs git in `folder` with a private configuration (no system or user files).
    @discardableResult
    func git(_ arguments: [String], in folder: URL, root: URL) throws -> UpskillBinary.Result {
        let process = Process()
        process.executableURL = gitExecutable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = [
            "PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": root.path, "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_TERMINAL_PROMPT": "0", "GIT_EDITOR": "true", "GIT_MERGE_AUTOEDIT": "no", "LC_ALL": "C",
        ]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let result = UpskillBinary.Result(
            status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
            stderr: String(decoding: error, as: UTF8.self))
        #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.stderr)")
        return result
    }

    /// Runs upskill in a clone, expecting success.
    @discardableResult
    func upskill(_ arguments: [String], in home: URL) throws -> String {
        let result = try P.run(arguments, home: home)
        #expect(result.status == 0, "upskill \(arguments.joined(separator: " ")): \(result.stderr)")
        return result.stdout
    }

    /// What a clone needs locally: who commits, and the merge driver (the one setup line
    /// that is not committed).
    func configure(_ clone: URL, root: URL) throws {
        try git(["config", "user.name", "Ada"], in: clone, root: root)
        try git(["config", "user.email", "ada@example.com"], in: clone, root: root)
        try git(["config", "pull.rebase", "false"], in: clone, root: root)
        try git(
            ["config", "merge.upskill.driver", "'\(UpskillBinary.url.path)' merge-driver %O %A %B %P"], in: clone,
            root: root)
    }

    /// The history's entries as `op skill…` lines, in the order recorded.
    func changes(in home: URL) throws -> [String] {
        let history = try P.object(try upskill(["history", "--all", "--format", "json"], in: home))
        let entries = try #require(history["entries"] as? [[String: Any]])
        return entries.sorted { ($0["seq"] as? Int ?? 0) < ($1["seq"] as? Int ?? 0) }.map { entry in
            let skills = (entry["skills"] as? [String] ?? []).joined(separator: ",")
            return "\(entry["op"] as? String ?? "?") \(skills)" + (entry["undoneBy"] is Int ? " (undone)" : "")
        }
    }

    @Test("Changes made on two clones merge through git pull without a conflict; history, status and undo hold them all")
    func twoClones() throws {
        let root = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let origin = root.appendingPathComponent("origin.git")
        let a = root.appendingPathComponent("a"), b = root.appendingPathComponent("b")
        try git(["init", "--bare", "-q", origin.path], in: root, root: root)

        // Machine A: the store's folder is a clone; the two documented .gitattributes
        // lines, and what not to commit.
        try git(["clone", "-q", origin.path, a.path], in: root, root: root)
        try configure(a, root: root)
        try "journal.jsonl merge=upskill\nstate.json merge=upskill\n".write(
            to: a.appendingPathComponent(".gitattributes"), atomically: true, encoding: .utf8)
        try "lock\n*.bak\n*.tmp-*\n".write(to: a.appendingPathComponent(".gitignore"), atomically: true, encoding: .utf8)
        try upskill(P.initArguments, in: a)
        try upskill(["done", "git"], in: a)
        try git(["add", "-A"], in: a, root: root)
        try git(["commit", "-q", "-m", "start"], in: a, root: root)
        try git(["push", "-q", "origin", "HEAD"], in: a, root: root)

        // Machine B: a second clone.
        try git(["clone", "-q", origin.path, b.path], in: root, root: root)
        try configure(b, root: root)
        #expect(try P.states(in: b) == ["git": "done"])

        // In parallel: A logs and finishes a skill; B finishes one, undoes it, logs another.
        try upskill(["log", "docker", "30m"], in: a)
        try upskill(["done", "oop"], in: a)
        try git(["commit", "-q", "-am", "a: docker, oop"], in: a, root: root)
        try git(["push", "-q", "origin", "HEAD"], in: a, root: root)
        try upskill(["done", "pytorch"], in: b)
        try upskill(["undo"], in: b)
        try upskill(["log", "kubernetes", "1h"], in: b)
        try upskill(["note", "kubernetes", "kind for a local cluster"], in: b)
        try git(["commit", "-q", "-am", "b: kubernetes"], in: b, root: root)

        // B pulls: both files changed on both sides, merged by the driver.
        let pull = try git(["pull", "-q", "--no-edit", "origin", "HEAD"], in: b, root: root)
        #expect(!pull.stdout.contains("CONFLICT") && !pull.stderr.contains("CONFLICT"))
        #expect(try git(["status", "--porcelain"], in: b, root: root).stdout.isEmpty, "the merge left changes")
        for name in ["state.json", "journal.jsonl"] {
            #expect(P.file(name, in: b)?.contains("<<<<<<<") == false, "\(name) has conflict markers")
        }
        let merged = try changes(in: b)
        #expect(
            merged == [
                "init ", "done git", "done pytorch (undone)", "undo ", "log kubernetes", "note kubernetes",
                "log docker", "done oop",
            ])
        #expect(merged.count == 8)
        #expect(
            try P.states(in: b) == ["git": "done", "docker": "started", "oop": "done", "kubernetes": "started", "pytorch": "todo"]
                || P.states(in: b) == ["git": "done", "docker": "started", "oop": "done", "kubernetes": "started"])
        let status = try P.object(try upskill(["status", "--format", "json"], in: b))
        #expect((status["loggedHours"] as? Double) == 1.5, "\(status)")

        // A pulls the merge (a fast-forward) and sees the same; B's undo goes on.
        try git(["push", "-q", "origin", "HEAD"], in: b, root: root)
        try git(["pull", "-q", "--no-edit", "origin", "HEAD"], in: a, root: root)
        #expect(try changes(in: a) == merged)
        #expect(try P.states(in: a) == P.states(in: b))
        #expect(try upskill(["undo"], in: b).contains("done oop"))
        #expect(try P.states(in: b)["oop"] != "done")

        // A second round, merged the other way: A pulls B's undo over a change of its own.
        try git(["commit", "-q", "-am", "b: undo oop"], in: b, root: root)
        try git(["push", "-q", "origin", "HEAD"], in: b, root: root)
        try upskill(["log", "docker", "15m"], in: a)
        try git(["commit", "-q", "-am", "a: docker again"], in: a, root: root)
        try git(["pull", "-q", "--no-edit", "origin", "HEAD"], in: a, root: root)
        #expect(try git(["status", "--porcelain"], in: a, root: root).stdout.isEmpty)
        let again = try changes(in: a)
        #expect(again.count == merged.count + 2)
        #expect(again.suffix(2) == ["log docker", "undo "])
        #expect(try P.states(in: a)["oop"] != "done")
        #expect(try upskill(["status"], in: a).contains("Logged"))
        #expect(try upskill(["undo"], in: a).contains("docker"))

        // A third round by rebase (git pull --rebase): B's commit replays on top of A's.
        try git(["commit", "-q", "-am", "a: undo docker 15m"], in: a, root: root)
        try git(["push", "-q", "origin", "HEAD"], in: a, root: root)
        try upskill(["skip", "oop"], in: b)
        try git(["commit", "-q", "-am", "b: skip oop"], in: b, root: root)
        try git(["pull", "-q", "--rebase", "origin", "HEAD"], in: b, root: root)
        #expect(try git(["status", "--porcelain"], in: b, root: root).stdout.isEmpty)
        let rebased = try changes(in: b)
        #expect(rebased.count == again.count + 2)
        #expect(rebased.suffix(2) == ["undo ", "skip oop"], "B's change follows A's, renumbered")
        #expect(try P.states(in: b)["oop"] == "skipped")
        #expect(try P.object(try upskill(["status", "--format", "json"], in: b))["loggedHours"] as? Double == 1.5)
        let undone = try upskill(["undo"], in: b)
        #expect(undone.contains("skipped oop"), "\(undone)")
        #expect(try P.states(in: b)["oop"] != "skipped")

        // A damaged state.json comes back from git: the committed one, caught up by the
        // journal's later entries (the undo just made is not committed).
        let states = try P.states(in: b)
        try Data("{".utf8).write(to: b.appendingPathComponent("state.json"))
        #expect(try P.run(["status"], home: b).status == 65)
        try git(["checkout", "--", "state.json"], in: b, root: root)
        #expect(try P.states(in: b) == states)
    }
}
