import Foundation
import Testing

/// `upskill merge-driver` as git runs it: the exit statuses git reads (0 merged, anything
/// else a conflict) and messages that say what is wrong.
@Suite("merge-driver (binary)")
struct MergeDriverCommandTests {
    typealias P = ProgressTestSupport

    @Test("A file other than journal.jsonl or state.json, missing arguments, a damaged state: refused with what is wrong")
    func refusals() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        let state = home.appendingPathComponent("state.json").path
        let journal = home.appendingPathComponent("journal.jsonl").path

        let other = try UpskillBinary.run(["merge-driver", journal, journal, journal, "notes/todo.txt"])
        #expect(other.status == 64)
        #expect(other.stderr.contains("merges journal.jsonl and state.json of an upskill folder, not 'notes/todo.txt'"))

        let missing = try UpskillBinary.run(["merge-driver", journal, journal])
        #expect(missing.status == 64)

        // The same journal on every side merges to itself; state.json is kept.
        let before = P.file("journal.jsonl", in: home)
        #expect(try UpskillBinary.run(["merge-driver", journal, journal, journal, "journal.jsonl"]).status == 0)
        #expect(P.file("journal.jsonl", in: home) == before)
        #expect(try UpskillBinary.run(["merge-driver", state, state, state, "state.json"]).status == 0)

        try Data("{".utf8).write(to: URL(fileURLWithPath: state))
        let damaged = try UpskillBinary.run(["merge-driver", state, state, state, "state.json"])
        #expect(damaged.status == 65)
        #expect(damaged.stderr.contains("state.json (ours):1:2:"), "\(damaged.stderr)")
    }
}
