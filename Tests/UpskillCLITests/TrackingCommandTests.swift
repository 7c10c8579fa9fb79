import Foundation
import Testing
import UpskillCLI
import UpskillPlanner

/// Tracking as a Taskwarrior user keeps it, in process with a fixed today: revert, redo,
/// history in date order, log durations and --force, report, the dashboard, and ids
/// typed in any case.
@Suite("Tracking commands")
struct TrackingCommandTests {
    typealias P = ProgressTestSupport

    /// Wednesday 11 March 2026, in ISO week 2026-W11 (9 to 15 March).
    static let today = CivilDate(year: 2026, month: 3, day: 11)

    /// A home with the goal data-scientist → ml-engineer from Monday 2 February 2026.
    static func home() throws -> URL {
        let home = try UpskillBinary.temporaryFolder()
        let saved = run(
            ["init", "--from", "data-scientist", "--to", "ml-engineer", "--start", "2026-02-02"], home: home)
        #expect(saved.status == .success, "\(saved.stderr)")
        return home
    }

    static func run(_ arguments: [String], home: URL, terminal: Bool = false)
        -> (status: ExitCode, stdout: String, stderr: String)
    {
        P.runInProcess(arguments, home: home, today: today, answer: terminal ? "" : nil)
    }

    /// Runs each command line, expecting success.
    static func runAll(_ commands: [[String]], home: URL) {
        for arguments in commands {
            let result = run(arguments, home: home)
            #expect(result.status == .success, "\(arguments): \(result.stderr)")
        }
    }

    @Test("log reads 1:30, 90m, 1.5h and 2h30m, on past days with --date")
    func logDurations() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let first = Self.run(["log", "docker", "1:30", "--date", "2026-03-02"], home: home)
        #expect(first.stdout == "Logged 1h30m on docker (2026-03-02); 1h30m on it in all.\ndocker is now started.\n")
        Self.runAll([["log", "docker", "90m"], ["log", "docker", "1.5h"], ["log", "docker", "2h30m"]], home: home)
        let history = Self.run(["history"], home: home).stdout
        #expect(history.contains("2026-03-02  #2  logged 1h30m on docker (started it)"))
    }

    @Test("Past 16h a day or twice a skill's estimate: refused on a terminal, warned from a script, --force passes")
    func logForce() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let refused = Self.run(["log", "docker", "17h", "--date", "2026-03-02"], home: home, terminal: true)
        #expect(refused.status == .failure)
        #expect(refused.stderr.contains("error: not logged: that makes 17h logged on 2026-03-02, more than 16h in one day"))
        #expect(refused.stderr.contains("If it is right, run: upskill log docker 17h --date 2026-03-02 --force"))
        #expect(!Self.run(["history"], home: home).stdout.contains("logged"), "nothing was logged")

        // The day counts every skill: 10h on git and 7h on docker make 17h.
        Self.runAll([["log", "git", "10h", "--date", "2026-03-03"]], home: home)
        let day = Self.run(["log", "docker", "7h", "--date", "2026-03-03"], home: home, terminal: true)
        #expect(day.status == .failure && day.stderr.contains("17h logged on 2026-03-03"))
        let exactly = Self.run(["log", "docker", "6h", "--date", "2026-03-03"], home: home, terminal: true)
        #expect(exactly.status == .success, "16h in a day is allowed: \(exactly.stderr)")

        // docker is estimated at 15h: more than 30h on it in all needs --force.
        Self.runAll([["log", "docker", "16h", "--date", "2026-03-04"]], home: home)
        let twice = Self.run(["log", "docker", "9h", "--date", "2026-03-05"], home: home, terminal: true)
        #expect(twice.status == .failure)
        #expect(twice.stderr.contains("that makes 31h on docker, more than twice its estimate of 15h"))
        let scripted = Self.run(["log", "docker", "9h", "--date", "2026-03-05"], home: home)
        #expect(scripted.status == .success)
        #expect(scripted.stderr.hasPrefix("warning: that makes 31h on docker, more than twice its estimate of 15h"))
        #expect(scripted.stderr.contains("add --force"))
        let forced = Self.run(["log", "docker", "1h", "--date", "2026-03-05", "--force"], home: home, terminal: true)
        #expect(forced.status == .success && forced.stderr.isEmpty)
    }

    @Test("history is in date order with stable numbers; undone entries hidden, --all marks them")
    func historyOrder() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        Self.runAll(
            [
                ["log", "docker", "1h", "--date", "2026-03-10"],  // #2
                ["log", "git", "2h", "--date", "2026-02-20"],  // #3
                ["log", "docker", "3h", "--date", "2026-03-01"],  // #4
                ["undo"],  // #5 undoes #4
            ], home: home)
        let shown = Self.run(["history"], home: home).stdout.split(separator: "\n").map(String.init)
        #expect(
            shown == [
                "2026-02-20  #3  logged 2h on git (started it)",
                "2026-03-10  #2  logged 1h on docker (started it)",
                "2026-03-11  #1  set goal data-scientist -> ml-engineer at 8 h/week from 2026-02-02",
                "(2 entries hidden: undone or reverted changes, undos and redos; --all shows them)",
            ])
        let all = Self.run(["history", "--all"], home: home).stdout
        #expect(all.contains("2026-03-01  #4  logged 3h on docker (undone by #5)"))
        #expect(all.contains("2026-03-11  #5  undid #4 (logged 3h on docker)"))
        #expect(all.range(of: "#4")?.lowerBound ?? all.endIndex < all.range(of: "#2")?.lowerBound ?? all.startIndex)

        let json = try P.object(Self.run(["history", "--all", "--format", "json"], home: home).stdout)
        let entries = try #require(json["entries"] as? [[String: Any]])
        #expect(entries.compactMap { $0["seq"] as? Int } == [3, 4, 2, 1, 5])
        #expect(entries[1]["inEffect"] as? Bool == false && entries[1]["undoneBy"] as? Int == 5)
        let visible = try P.object(Self.run(["history", "--format", "json"], home: home).stdout)
        #expect(visible["hiddenEntries"] as? Int == 2)
    }

    @Test("revert N takes back one entry; a dependent later entry makes it refuse, naming it")
    func revert() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        Self.runAll(
            [
                ["log", "docker", "2h", "--date", "2026-03-02"],  // #2 starts docker
                ["log", "docker", "25m", "--date", "2026-03-03"],  // #3
                ["done", "docker", "--date", "2026-03-04"],  // #4
            ], home: home)
        let refused = Self.run(["revert", "2"], home: home)
        #expect(refused.status == .failure)
        #expect(
            refused.stderr.hasPrefix(
                "error: cannot revert #2 of 2026-03-02 (logged 2h on docker (started it)): later entries depend on it"))
        #expect(refused.stderr.contains("#4 of 2026-03-04 (done docker) changed docker's state after it"))
        #expect(refused.stderr.contains("'upskill revert 4'"))

        let reverted = Self.run(["revert", "#3"], home: home)
        #expect(reverted.status == .success, "\(reverted.stderr)")
        #expect(reverted.stdout.hasPrefix("Reverted #3 of 2026-03-03 (logged 25m on docker) as #5"))
        #expect(Self.run(["history"], home: home).stdout.contains("#5  reverted #3 (logged 25m on docker)"))
        let again = Self.run(["revert", "3"], home: home)
        #expect(again.status == .failure && again.stderr.contains("already taken back by #5"))
        #expect(Self.run(["revert", "42"], home: home).status == .usage)
        #expect(Self.run(["revert", "two"], home: home).status == .usage)

        let undo = Self.run(["undo"], home: home)
        #expect(undo.stdout.hasPrefix("Undid #5 of 2026-03-11: reverted #3 (logged 25m on docker)"))
    }

    @Test("redo brings back what undo took, as a stack; a new change empties it")
    func redo() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        Self.runAll([["done", "git"], ["log", "docker", "1h"]], home: home)
        #expect(Self.run(["undo"], home: home).stdout.hasPrefix("Undid #3"))
        #expect(Self.run(["undo"], home: home).stdout.hasPrefix("Undid #2"))
        #expect(Self.run(["redo"], home: home).stdout == "Redid #2 of 2026-03-11: done git\n")
        #expect(Self.run(["redo"], home: home).stdout == "Redid #3 of 2026-03-11: logged 1h on docker (started it)\n")
        let none = Self.run(["redo"], home: home)
        #expect(none.status == .failure && none.stderr.contains("nothing to redo"))
        #expect(try P.states(in: home) == ["git": "done", "docker": "started"])

        Self.runAll([["undo"], ["skip", "sql"]], home: home)
        #expect(Self.run(["redo"], home: home).status == .failure, "a new change empties the redo stack")
    }

    @Test("report: ISO weeks of hours against the pace, skills done, and a burn-up with the forecast")
    func report() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        Self.runAll(
            [
                ["log", "docker", "5h", "--date", "2026-03-02"], ["done", "docker", "--date", "2026-03-04"],
                ["log", "git", "2h30m", "--date", "2026-03-10"],
            ], home: home)
        let json = try P.object(Self.run(["report", "--weeks", "3", "--format", "json"], home: home).stdout)
        let weeks = try #require(json["weeks"] as? [[String: Any]])
        #expect(weeks.compactMap { $0["week"] as? String } == ["2026-W09", "2026-W10", "2026-W11"])
        #expect(weeks.compactMap { $0["start"] as? String } == ["2026-02-23", "2026-03-02", "2026-03-09"])
        #expect(weeks.compactMap { $0["loggedHours"] as? Double } == [0, 5, 2.5])
        #expect(weeks.compactMap { $0["plannedHours"] as? Double } == [8, 8, 8])
        #expect(weeks.map { $0["done"] as? [String] ?? [] } == [[], ["docker"], []])
        let credited = weeks.compactMap { $0["creditedHours"] as? Double }
        #expect(credited[1] > credited[0] && credited[2] == credited[1])
        #expect(json["creditedHours"] as? Double == credited[2])
        let status = try P.object(Self.run(["status", "--format", "json"], home: home).stdout)
        let statusCredited =
            (status["doneHours"] as? Double ?? 0) + (status["skippedHours"] as? Double ?? 0)
            + (status["impliedHours"] as? Double ?? 0)
        if status["impliedHours"] != nil { #expect(statusCredited == credited[2]) }
        let forecast = try #require(json["forecast"] as? [[String: Any]])
        #expect(forecast.first?["week"] as? String == "2026-W12")
        #expect(forecast.first?["creditedHours"] as? Double == credited[2] + 8)

        let text = Self.run(["report", "--weeks", "2"], home: home).stdout
        #expect(text.hasPrefix("Report for data-scientist -> ml-engineer: the last 2 weeks at 8 h/week\n"))
        #expect(text.contains("2026-W10  2026-03-02  [##########------] 5 of 8 h      docker"))
        #expect(text.contains("forecast\n") && text.contains("Forecast: "))
        #expect(!text.contains("█"), "ASCII when piped")
        let terminal = P.runInProcess(["report"], home: home, today: Self.today, unicode: true).stdout
        #expect(terminal.contains("█") && terminal.contains("▒"))
        #expect(Self.run(["report", "--weeks", "0"], home: home).status == .usage)
    }

    @Test("Bare upskill: a dashboard with a goal, a two-line hint without one")
    func dashboard() throws {
        let empty = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        let hint = Self.run([], home: empty)
        #expect(hint.status == .success)
        #expect(
            hint.stdout
                == "No goal saved yet. Start with: upskill init --from data-scientist --to ml-engineer\nSee every command: upskill help\n"
        )
        #expect(!FileManager.default.fileExists(atPath: empty.appendingPathComponent("state.json").path))

        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        Self.runAll([["log", "docker", "3h", "--date", "2026-03-09"], ["log", "docker", "1h", "--date", "2026-03-08"]], home: home)
        let lines = Self.run([], home: home).stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("data-scientist -> ml-engineer: ") && lines[0].contains("finish 20"))
        #expect(lines[1] == "This week (2026-W11, from 2026-03-09): 3 of 8 h [####------]")
        #expect(lines[2].hasPrefix("Next: docker (15 h, started), "))
        #expect(lines[3].contains("upskill help"))
    }

    @Test("Ids typed in any case; a role where a skill goes, and a skill where a role goes, say what to use",
        arguments: [
            (["done", "ml-engineer"], "ml-engineer is a role, not a skill: use 'upskill init --to ml-engineer'"),
            (["plan", "--to", "docker"], "--to docker: docker is a skill: use --goal docker"),
            (["plan", "--from", "Docker", "--to", "ml-engineer"], "--from Docker: Docker is a skill: use --know Docker"),
            (["plan", "--to", "ml-engineer", "--know", "ML-Engineer"], "--know ML-Engineer: ML-Engineer is a role: use --from ML-Engineer"),
            (["plan", "--goal", "ml-engineer"], "--goal ml-engineer: ml-engineer is a role: use --to ml-engineer"),
        ] as [([String], String)])
    func wrongKind(arguments: [String], message: String) throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = Self.run(arguments, home: home)
        #expect(result.status == .usage)
        #expect(result.stderr.hasPrefix("error: " + message), "\(result.stderr)")
    }

    @Test("Skills and roles match ignoring case, and are saved as the catalog spells them")
    func caseInsensitive() throws {
        let home = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let saved = Self.run(["init", "--from", "Data-Scientist", "--to", "ML-Engineer", "--know", "SQL"], home: home)
        #expect(saved.status == .success, "\(saved.stderr)")
        let state = try P.object(P.file("state.json", in: home) ?? "")
        let goal = try #require(state["goal"] as? [String: Any])
        #expect(goal["from"] as? [String] == ["data-scientist"] && goal["to"] as? [String] == ["ml-engineer"])
        #expect(goal["know"] as? [String] == ["sql"])
        #expect(Self.run(["done", "Docker"], home: home).stdout.hasPrefix("Done: docker"))
        #expect(Self.run(["log", "KUBERNETES", "1h"], home: home).stdout.hasPrefix("Logged 1h on kubernetes"))
        #expect(Self.run(["show", "SQL"], home: home).status == .success)
        #expect(try P.states(in: home)["docker"] == "done")
    }
}
