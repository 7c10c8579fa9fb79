import Foundation
import Testing

/// The questions of `upskill assess` through the built binary, answers piped: going back,
/// answers asked again rather than guessed, and the bound on the questions left.
@Suite("Assess conversation (binary)")
struct AssessConversationTests {
    typealias P = ProgressTestSupport

    /// Each "(question N, at most M more)" of a transcript (M = 0 for "the last one").
    static func questions(_ transcript: String) -> [(number: Int, more: Int)] {
        transcript.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("(question "), let comma = line.firstIndex(of: ",") else { return nil }
            guard let number = Int(line[line.index(line.startIndex, offsetBy: 10)..<comma]) else { return nil }
            if line.hasSuffix("the last one)") { return (number, 0) }
            let words = line.split(separator: " ")
            guard words.count >= 5, let more = Int(words[4]) else { return nil }
            return (number, more)
        }
    }

    @Test("b goes back to the previous question and takes its answer back; at the first one it says so")
    func back() throws {
        let home = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try AssessCommandTests.runWithInput(
            ["assess", "--to", "ml-engineer"], input: "n\nb\nb\ny\nq\n", home: home)
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        let names = out.split(separator: "\n").filter { $0.hasPrefix("Do you know ") }.map {
            String($0.dropFirst("Do you know ".count).prefix { $0 != "?" }).replacingOccurrences(of: " well enough to use it at work", with: "")
        }
        #expect(names.count == 4 && names[0] == names[2], "\(out)")
        let first = try #require(names.first)
        #expect(out.contains("Took back your answer about \(first) (no) and what it implied."), "\(out)")
        #expect(out.contains("This is the first question: nothing to go back to."))
        let asked = Self.questions(out).map(\.number)
        #expect(asked == [1, 2, 1, 2], "\(out)")
        // The no was taken back: only the yes counts.
        #expect(out.contains("Asked 1 question; inferred "), "\(out)")
        #expect(out.contains("Not known yet: 0 skills."))
        let states = try P.states(in: home)
        #expect(!states.isEmpty && states.values.allSatisfy { $0 == "skipped" })
    }

    /// A pseudo-terminal driver: answers n to every question, and at the prompt before
    /// recording, b the first time and Enter the second.
    static let reviseDriver = #"""
        import os, pty, select, sys, time
        pid, fd = pty.fork()
        if pid == 0:
            os.execv(sys.argv[1], sys.argv[1:])
        out = b""; prompts = 0; revisions = 0; deadline = time.time() + 60
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
            if out.count(b"> ") > prompts and out.endswith(b"> "):
                prompts += 1
                if out.count(b"revise the last one") > revisions:
                    revisions += 1
                    os.write(fd, b"b\n" if revisions == 1 else b"\n")
                else:
                    os.write(fd, b"n\n")
        _, status = os.waitpid(pid, 0)
        sys.stdout.write(out.decode("utf-8", "replace"))
        sys.exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 99)
        """#

    @Test("On a terminal, b after the last question revises it before anything is recorded")
    func reviseLast() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        guard
            let (status, transcript) = try P.runThroughPseudoTerminal(
                script: Self.reviseDriver, arguments: [UpskillBinary.url.path, "assess"], home: home)
        else { return }
        #expect(status == 0, "\(transcript)")
        let settled = transcript.components(separatedBy: "That settles your plan").count - 1
        #expect(settled == 2, "\(transcript)")
        #expect(transcript.contains("Press Enter to record your answers, or b to revise the last one."))
        #expect(transcript.contains("Took back your answer about "))
        // The question taken back is asked again, under the same number.
        let numbers = Self.questions(transcript).map(\.number)
        #expect(numbers.count >= 2 && numbers[numbers.count - 1] == numbers[numbers.count - 2], "\(numbers)")
        #expect(transcript.contains("Recorded the assessment as #"), "\(transcript)")
    }

    @Test("An unreadable answer is asked again, however many times, and never recorded as unsure", arguments: [1, 3, 5])
    func invalid(times: Int) throws {
        let home = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let input = String(repeating: "maybe\n", count: times) + "q\n"
        let result = try AssessCommandTests.runWithInput(["assess", "--to", "ml-engineer"], input: input, home: home)
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.components(separatedBy: "'maybe' is not an answer.").count == times + 1, "\(out)")
        #expect(Self.questions(out).count == 1)
        #expect(out.contains("Nothing answered, nothing recorded."), "\(out)")
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("state.json").path))
    }

    @Test("'at most N more' is an honest bound: it never rises, and the questions asked keep to it", arguments: ["n", "y", "n,y,y,n,n,y"])
    func bound(pattern: String) throws {
        let home = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let answers = pattern.split(separator: ",")
        let input = (0..<120).map { answers[$0 % answers.count] + "\n" }.joined()
        let result = try AssessCommandTests.runWithInput(["assess", "--to", "ml-engineer"], input: input, home: home)
        #expect(result.status == 0, "\(result.stderr)")
        let asked = Self.questions(result.stdout)
        #expect(!asked.isEmpty)
        #expect(result.stdout.contains("That settles your plan"), "\(result.stdout)")
        for (index, question) in asked.enumerated() {
            #expect(question.number == index + 1)
            // Questions left after this one: at most what it promised.
            #expect(asked.count - index - 1 <= question.more, "question \(question.number): \(result.stdout)")
            if index > 0 { #expect(question.more < asked[index - 1].more) }
        }
    }
}
