import Foundation
import Testing

/// `upskill assess` end to end through the built binary: answers from a file and from
/// standard input, refusal without either, one undo for the whole assessment, history,
/// and the interactive prompt through a pseudo-terminal.
@Suite("Assess command (binary)")
struct AssessCommandTests {
    typealias P = ProgressTestSupport

    @Test("Without a goal or --to it exits 1 suggesting init; without answers or a terminal it refuses")
    func refusals() throws {
        let home = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let noGoal = try P.run(["assess"], home: home)
        #expect(noGoal.status == 1)
        #expect(noGoal.stderr.contains("upskill init") && noGoal.stderr.contains("--to"), "\(noGoal.stderr)")
        let noAnswers = try P.run(["assess", "--to", "ml-engineer"], home: home)
        #expect(noAnswers.status == 1)
        #expect(noAnswers.stderr.contains("standard input is not a terminal and no answers were given"))
        #expect(noAnswers.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("state.json").path))
    }

    @Test("--answers FILE: inferred skills are skipped in one change; undo reverts them all; history shows it")
    func answersFile() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try P.run(["done", "docker"], home: home).status == 0)
        let file = home.appendingPathComponent("answers.txt")
        try """
            # what I know
            kubernetes yes
            onnx no

            python yes   # known already as a data scientist: out of scope
            docker yes
            """.write(to: file, atomically: true, encoding: .utf8)
        let result = try P.run(["assess", "--answers", file.path], home: home)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("answers.txt:5: 'python' is not among the skills in scope"), "\(result.stderr)")
        #expect(result.stdout.contains("Asked 2 questions; inferred"), "\(result.stdout)")
        #expect(result.stderr.contains("answers.txt:6: 'docker' is not among"), "done already")
        #expect(result.stdout.contains("Known already: ") && result.stdout.contains("kubernetes"))
        #expect(result.stdout.contains("Your plan: "))
        let states = try P.states(in: home)
        #expect(states["kubernetes"] == "skipped")
        #expect(states["docker"] == "done", "a done skill stays done")
        #expect(states["onnx"] == nil)

        let history = try P.run(["history"], home: home)
        #expect(history.stdout.contains("#3  assessment: 2 answered, "), "\(history.stdout)")
        let json = try P.object(try P.run(["history", "--format", "json"], home: home).stdout)
        let last = try #require((json["entries"] as? [[String: Any]])?.last)
        #expect(last["op"] as? String == "assess")
        #expect(last["state"] as? String == "skipped")
        #expect((last["skills"] as? [String])?.contains("kubernetes") == true)

        let undo = try P.run(["undo"], home: home)
        #expect(undo.status == 0)
        #expect(undo.stdout.hasPrefix("Undid #3 of "), "\(undo.stdout)")
        #expect(try P.states(in: home) == ["docker": "done"])
    }

    @Test("--answers with an unknown id or a bad line exits 64 and changes nothing")
    func badAnswers() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        let state = P.file("state.json", in: home)
        let file = home.appendingPathComponent("answers.txt")
        try "kubernetse yes\n".write(to: file, atomically: true, encoding: .utf8)
        let unknown = try P.run(["assess", "--answers", file.path], home: home)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("'kubernetse' on line 1 (did you mean 'kubernetes'?)"), "\(unknown.stderr)")
        try "kubernetes maybe\n".write(to: file, atomically: true, encoding: .utf8)
        let bad = try P.run(["assess", "--answers", file.path], home: home)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("answers.txt:1: expected 'skill-id yes|no|unsure'"), "\(bad.stderr)")
        let missing = try P.run(["assess", "--answers", home.appendingPathComponent("nope").path], home: home)
        #expect(missing.status == 66)
        #expect(P.file("state.json", in: home) == state)
    }

    @Test("Answers on standard input, one per question: yes to everything settles the cone")
    func standardInput() throws {
        let home = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try Self.runWithInput(
            ["assess", "--to", "ml-engineer"], input: String(repeating: "y\n", count: 200), home: home)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("96 skills of nothing -> ml-engineer are not marked known yet."), "\(result.stdout)")
        #expect(result.stdout.contains("(question 3, at most "))
        #expect(result.stdout.contains("That settles your plan: the skills not asked about cannot change it."))
        // Alternatives the plan does not need once the others are known are not asked about.
        #expect(result.stdout.contains("Known already: 80 skills"), "\(result.stdout)")
        #expect(result.stdout.contains("Not asked, since no answer could change your plan: 16 skills."))
        #expect(result.stdout.contains("Your plan: 0 hours (was "))
        #expect(try P.states(in: home).count == 80)

        // Input that ends early stops there, keeping the answers.
        let short = try Self.runWithInput(["assess", "--to", "ml-engineer"], input: "n\n", home: home)
        #expect(short.status == 0)
        #expect(short.stdout.contains("Nothing to assess"), "everything is known now: \(short.stdout)")
    }

    /// Runs the binary with `input` on standard input.
    static func runWithInput(_ arguments: [String], input: String, home: URL) throws -> UpskillBinary.Result {
        let process = Process()
        process.executableURL = UpskillBinary.url
        process.arguments = arguments
        process.environment = P.variables(home: home).merging(["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]) {
            $1
        }
        let inputFile = home.appendingPathComponent("input-\(UUID().uuidString).txt")
        try input.write(to: inputFile, atomically: true, encoding: .utf8)
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        let out = home.appendingPathComponent("out.txt")
        let err = home.appendingPathComponent("err.txt")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return UpskillBinary.Result(
            status: process.terminationStatus, stdout: P.file("out.txt", in: home) ?? "",
            stderr: P.file("err.txt", in: home) ?? "")
    }

    /// A driver that runs a command on a pseudo-terminal, answers each "> " prompt
    /// with the next answer, and prints the transcript; exits with the command's status.
    static let ptyDriver = #"""
        import os, pty, select, sys, time
        answers = sys.argv[1].split(",")
        pid, fd = pty.fork()
        if pid == 0:
            os.execv(sys.argv[2], sys.argv[2:])
        out = b""; asked = 0; deadline = time.time() + 30
        while time.time() < deadline:
            ready, _, _ = select.select([fd], [], [], 1)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
            if out.count(b"> ") > asked and out.endswith(b"> "):
                os.write(fd, (answers[min(asked, len(answers) - 1)] + "\n").encode())
                asked += 1
        _, status = os.waitpid(pid, 0)
        sys.stdout.write(out.decode("utf-8", "replace"))
        sys.exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 99)
        """#

    @Test("The interactive prompt through a pseudo-terminal: a yes, back, the yes again, an unsure, then q")
    func pseudoTerminal() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        guard
            let (status, transcript) = try P.runThroughPseudoTerminal(
                script: Self.ptyDriver, arguments: ["y,b,y,?,q", UpskillBinary.url.path, "assess"], home: home)
        else { return }
        #expect(status == 0, "\(transcript)")
        #expect(transcript.contains("of data-scientist -> ml-engineer are not marked known yet."), "\(transcript)")
        #expect(transcript.contains("(question 1, at most "))
        #expect(transcript.contains("well enough to use it at work? (y/n/?/b/q)"))
        #expect(transcript.contains("Took back your answer about "))
        #expect(transcript.contains("(question 3, at most "))
        #expect(transcript.contains("Stopping here; your answers so far are kept."))
        #expect(transcript.contains("Asked 2 questions; inferred"))
        #expect(try P.states(in: home).values.allSatisfy { $0 == "skipped" })
        #expect(try !P.states(in: home).isEmpty)
    }
}
