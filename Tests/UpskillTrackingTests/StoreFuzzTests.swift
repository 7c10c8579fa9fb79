import Testing
import UpskillTestSupport

@testable import UpskillTracking

/// Deterministic mutation fuzzing (issue 16) of the store reader: mutated `state.json`
/// files and journal lines end in a value or a ``TrackingError``, never a trap.
@Suite("Fuzz: progress store reader")
struct StoreFuzzTests {
    static let states: [String] = [
        #"{"format": "upskill-progress", "version": 2, "journal": {"entries": 3, "bytes": 421}, "goal": {"from": ["data-scientist"], "to": ["ml-engineer"], "know": ["git"], "goals": [], "avoid": ["aws"], "hoursPerWeek": 8, "start": "2026-12-06", "deadline": "2027-06-30"}, "skills": {"docker": {"state": "started", "date": "2026-12-06", "sessions": [{"date": "2026-12-06", "minutes": 30}], "notes": [{"date": "2026-12-07", "text": "n"}]}, "git": {"state": "done", "date": null}}}"#,
        #"{"format": "upskill-progress", "version": 1, "goal": null, "done": ["git"], "skipped": [], "started": ["docker"], "notes": {"git": "x"}}"#,
    ]
    static let journal: [String] = [
        #"{"v":1,"seq":2,"at":"2026-01-06T18:30:00Z","date":"2026-01-06","op":"log","skill":"docker","minutes":90,"changes":[{"skill":"docker","from":"todo","fromDate":null,"to":"started","toDate":"2026-01-06"}]}"#,
        #"{"v":1,"seq":1,"at":"2026-01-06T18:30:00Z","date":"2026-01-06","op":"undo","target":3}"#,
        #"{"v":5,"seq":3,"id":"3f9c2a71d04be866","at":"2026-01-06T18:31:00Z","date":"2026-01-06","op":"revert","reverts":2}"#,
    ]

    @Test("2,000 mutated state files and 1,000 mutated journal lines end in a value or a TrackingError")
    func mutatedStore() {
        var mutator = Mutator(seed: 1616)
        var outcomes = [0, 0]
        let states = Self.states.map { Array($0.utf8) }
        for index in 0..<2_000 {
            let input = mutator.mutate(states[index % states.count], splicing: states[(index + 1) % states.count])
            do {
                _ = try StateFile.decode(input, file: "state.json")
                outcomes[0] += 1
            } catch {
                #expect(!error.message.isEmpty)
                outcomes[1] += 1
            }
        }
        let lines = Self.journal.map { Array($0.utf8) }
        for index in 0..<1_000 {
            let input = mutator.mutate(lines[index % lines.count], splicing: lines[(index + 1) % lines.count])
            do {
                _ = try JournalLine.decode(input, file: "journal.jsonl", line: 1)
                outcomes[0] += 1
            } catch {
                #expect(!error.message.isEmpty)
                outcomes[1] += 1
            }
        }
        #expect(outcomes[0] + outcomes[1] == 3_000)
        #expect(outcomes[0] > 0 && outcomes[1] > 0, "the mutations should both keep and break files")
    }

    @Test("500 merges of mutated journals end in a journal or a TrackingError")
    func mutatedMerges() {
        var mutator = Mutator(seed: 1515)
        let line = { (sequence: Int, id: String, skill: String) in
            #"{"v":5,"seq":\#(sequence),"id":"\#(id)","at":"2026-01-06T18:30:00Z","date":"2026-01-06","op":"log","skill":"\#(skill)","minutes":30,"changes":[]}"#
                + "\n"
        }
        let base = Array(line(1, "aa", "git").utf8)
        let ours = base + Array(line(2, "bb", "docker").utf8)
        let theirs = base + Array(line(2, "cc", "aws").utf8) + Array(#"{"v":5,"seq":3,"id":"dd","at":"2026-01-06T18:30:00Z","date":"2026-01-06","op":"undo","undoes":2}"#.utf8) + [0x0A]
        var outcomes = [0, 0]
        for index in 0..<500 {
            let mutated = mutator.mutate(index % 2 == 0 ? theirs : ours, splicing: base)
            let (mine, other) = index % 2 == 0 ? (ours, mutated) : (mutated, theirs)
            // Ours up to its last complete line starts the merge, whatever theirs holds.
            let whole = Array(mine.prefix((mine.lastIndex(of: 0x0A) ?? -1) + 1))
            do {
                let merged = try JournalMerge.merge(base: base, ours: mine, theirs: other, file: "journal.jsonl")
                #expect(merged.starts(with: whole))
                outcomes[0] += 1
            } catch {
                #expect(!error.message.isEmpty)
                outcomes[1] += 1
            }
        }
        #expect(outcomes[0] > 0 && outcomes[1] > 0, "the mutations should both keep and break journals")
    }
}
