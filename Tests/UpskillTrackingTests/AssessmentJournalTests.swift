import Foundation
import Testing
import UpskillPlanner

@testable import UpskillTracking

/// The `assess` journal op: one entry for a whole assessment, written as a version 2
/// line, read back, reverted by one undo; older lines stay as they were.
@Suite("Assessment in the journal")
struct AssessmentJournalTests {
    typealias F = TrackingFixtures
    let day = F.date("2026-02-02")

    @Test("An assessment is one entry; undo reverts every skill it marked, keeping earlier states")
    func roundTrip() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(folder: folder.path)
        try store.update(on: day) { $0.setGoal(F.goal) }
        try store.update(on: day) { $0.setState(.done, of: ["git"], on: day) }
        try store.update(on: day) { $0.setState(.started, of: ["docker"], on: day) }
        let record = AssessmentRecord(asked: 3, inferred: 4, known: 4)
        let entry = try #require(
            try store.update(on: day) { $0.recordAssessment(record, known: ["shell", "git", "docker", "aws"], on: day) })
        #expect(entry.change.operation == "assess")
        #expect(entry.change.skills == ["shell", "docker", "aws"], "git is done already")

        let journal = String(decoding: F.bytes(store.journalFile) ?? Data(), as: UTF8.self)
        let lines = journal.split(separator: "\n")
        #expect(lines.allSatisfy { $0.hasPrefix("{\"v\":5,") }, "every line written now has an id")
        #expect(lines.last?.hasPrefix("{\"v\":5,\"seq\":4,\"id\":\"") == true)
        #expect(lines.last?.contains("\"op\":\"assess\",\"asked\":3,\"inferred\":4,\"known\":4,\"changes\":[") == true)

        let history = try store.history()
        #expect(history.entries.last == entry)
        let loaded = try store.load()
        #expect(loaded[skill: "docker"].state == .skipped)
        #expect(loaded[skill: "aws"].state == .skipped)

        let reverted = try #require(try store.undo(on: day))
        #expect(reverted.sequence == 4)
        let after = try store.load()
        #expect(after[skill: "docker"].state == .started)
        #expect(after[skill: "docker"].date == day)
        #expect(after[skill: "git"].state == .done)
        #expect(after.skills["shell"] == nil && after.skills["aws"] == nil)
    }

    @Test("Nothing answered records nothing; answers that change no state are still recorded")
    func emptyAssessments() {
        var progress = Progress()
        #expect(progress.recordAssessment(AssessmentRecord(asked: 0, inferred: 0, known: 0), known: [], on: day) == nil)
        let change = progress.recordAssessment(AssessmentRecord(asked: 2, inferred: 1, known: 0), known: [], on: day)
        #expect(change == .assess(AssessmentRecord(asked: 2, inferred: 1, known: 0), []))
        #expect(progress == Progress())
    }

    @Test("An assess line claiming version 1, or moving a skill anywhere but skipped, is damaged")
    func strictLines() throws {
        let line =
            #"{"v":2,"seq":1,"at":"2026-02-02T10:00:00Z","date":"2026-02-02","op":"assess","asked":1,"inferred":0,"known":1,"changes":[{"skill":"git","from":"todo","fromDate":null,"to":"skipped","toDate":"2026-02-02"}]}"#
        let entry = try JournalLine.decode(Array(line.utf8), file: "j", line: 1)
        #expect(JournalLine.encode(entry) == line)
        for bad in [
            line.replacingOccurrences(of: #"{"v":2"#, with: #"{"v":1"#),
            line.replacingOccurrences(of: #""to":"skipped""#, with: #""to":"done""#),
        ] {
            #expect(throws: TrackingError.self) { try JournalLine.decode(Array(bad.utf8), file: "j", line: 1) }
        }
    }
}
