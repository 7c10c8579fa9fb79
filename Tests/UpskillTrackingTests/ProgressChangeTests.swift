import UpskillTestSupport
import Testing

@testable import UpskillTracking

/// Every change is applied and reverted through one path, so undoing changes in reverse
/// order always gives back the state before them.
@Suite("Progress changes")
struct ProgressChangeTests {
    typealias F = TrackingFixtures

    @Test("State changes record only the skills that move, each once")
    func setState() {
        var progress = Progress()
        let day = F.date("2026-01-05")
        _ = progress.setState(.done, of: ["git"], on: day)
        let change = progress.setState(.done, of: ["git", "shell", "shell"], on: day)
        #expect(
            change
                == .setState(
                    .done, [StateTransition(skill: "shell", from: .todo, fromDate: nil, to: .done, toDate: day)]))
        #expect(progress.setState(.done, of: ["git", "shell"], on: day) == nil)
        _ = progress.setState(.todo, of: ["git"], on: day)
        #expect(progress.skills["git"] == nil, "an empty record is removed")
    }

    @Test("Logging starts a skill not started; reset keeps study time and notes")
    func logAndReset() {
        var progress = Progress()
        let day = F.date("2026-01-05")
        _ = progress.log(minutes: 30, on: "docker", date: day)
        #expect(progress[skill: "docker"].state == .started)
        _ = progress.addNote("n", to: "docker", date: day)
        _ = progress.setState(.todo, of: ["docker"], on: day)
        #expect(
            progress[skill: "docker"]
                == SkillProgress(sessions: [StudySession(date: day, minutes: 30)], notes: [Note(date: day, text: "n")]))
    }

    @Test("Random change sequences reverted in reverse order restore every earlier state", arguments: 0..<20)
    func revertRestores(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let skills = ["a", "b", "c", "d"]
        var progress = Progress()
        var states: [Progress] = []
        var changes: [Change] = []
        for step in 0..<30 {
            let day = F.date("2026-01-05").adding(days: step)
            let skill = skills[Int(random.next() % 4)]
            let before = progress
            let change: Change?
            switch random.next() % 6 {
            case 0:
                change = progress.setGoal(
                    Goal(to: ["r\(random.next() % 3)"], hoursPerWeek: Double(1 + random.next() % 9), start: day))
            case 1:
                let state = SkillState.allCases[Int(random.next() % 4)]
                change = progress.setState(state, of: [skill, skills[Int(random.next() % 4)]], on: day)
            case 2: change = progress.log(minutes: Int(1 + random.next() % 120), on: skill, date: day)
            case 3: change = progress.addNote("note \(step)", to: skill, date: day)
            case 4: change = progress.clearNotes(of: skill)
            default: change = progress.log(minutes: 15, on: skill, date: day)
            }
            guard let change else {
                #expect(progress == before, "no change, no difference")
                continue
            }
            var replayed = before
            replayed.apply(change)
            #expect(replayed == progress, "apply reproduces the change")
            states.append(before)
            changes.append(change)
        }
        for (change, before) in zip(changes, states).reversed() {
            progress.revert(change)
            #expect(progress == before)
        }
    }
}
