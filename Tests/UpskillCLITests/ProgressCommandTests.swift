import Foundation
import Testing
import UpskillCLI
import UpskillPlanner

/// The progress commands end to end through the built binary: init, state changes,
/// log, note, next, status, history, undo, and plan on the saved goal.
@Suite("Progress commands (binary)")
struct ProgressCommandTests {
    typealias P = ProgressTestSupport

    @Test(
        "Commands that need a goal say so and suggest upskill init",
        arguments: [["next"], ["status"], ["status", "--format", "json"]])
    func noGoal(arguments: [String]) throws {
        let home = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try P.run(arguments, home: home)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: no goal saved yet in \(home.path)"), "\(result.stderr)")
        #expect(result.stderr.contains("upskill init --from data-scientist --to ml-engineer"))
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("state.json").path))
    }

    @Test("init saves the goal; next lists ready skills in plan order and drops what is done")
    func initAndNext() throws {
        let home = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let saved = try P.run(P.initArguments, home: home)
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(
            saved.stdout.hasPrefix("Saved your goal: data-scientist -> ml-engineer\n60 skills - 522 hours - 66 weeks"))
        #expect(
            saved.stdout.hasSuffix("Next: 'upskill next' shows what to learn now; 'upskill status' where you stand.\n"))
        let before = try P.object(try P.run(["next", "--format", "json", "--limit", "50"], home: home).stdout)
        let steps = try #require(before["steps"] as? [[String: Any]])
        let ready = steps.compactMap { $0["skill"] as? String }
        #expect(ready.count == before["readyCount"] as? Int)
        // The first milestone starts with packaging (a data scientist knows git, the shell,
        // and, assumed, PyTorch).
        #expect(ready.first == "python-packaging")
        #expect(steps.allSatisfy { $0["state"] as? String == "todo" && $0["hours"] is Double && $0["name"] is String })

        let done = try P.run(["done", ready[0], ready[1]], home: home)
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout == "Done: \(ready[0]), \(ready[1]) (\(P.today))\n")
        let after = try P.object(try P.run(["next", "--format", "json", "--limit", "50"], home: home).stdout)
        let left = (after["steps"] as? [[String: Any]] ?? []).compactMap { $0["skill"] as? String }
        #expect(!left.contains(ready[0]) && !left.contains(ready[1]))
        #expect(after["remainingSkills"] as? Int == (before["remainingSkills"] as? Int ?? 0) - 2)

        let text = try P.run(["next", "--limit", "1"], home: home)
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("Next for data-scientist -> ml-engineer: "))
        #expect(text.stdout.contains("more ready: upskill next --limit"))
    }

    @Test("An unknown id exits 64 with a suggestion and changes nothing, even beside known ones")
    func unknownSkill() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        let state = P.file("state.json", in: home)
        for command in ["start", "done", "skip", "reset"] {
            let result = try P.run([command, "docker", "kubernetse"], home: home)
            #expect(result.status == 64)
            #expect(
                result.stderr.contains("unknown skill 'kubernetse' (did you mean 'kubernetes'?); nothing was changed"),
                "\(result.stderr)")
            #expect(P.file("state.json", in: home) == state)
        }
        let log = try P.run(["log", "dokcer", "1h"], home: home)
        #expect(log.status == 64)
        #expect(log.stderr.contains("did you mean 'docker'?"))
    }

    @Test("Aliases are stored as the skill's id; start, skip and reset move states; dates in the future are refused")
    func statesAndAliases() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try P.run(["done", "python3", "version-control"], home: home).status == 0)
        #expect(try P.run(["start", "docker"], home: home).status == 0)
        #expect(try P.run(["skip", "bash"], home: home).status == 0)
        #expect(
            try P.states(in: home) == ["python": "done", "git": "done", "docker": "started", "linux-shell": "skipped"])
        let again = try P.run(["done", "git"], home: home)
        #expect(again.stdout == "Already done: git\nNothing changed.\n")
        #expect(
            try P.run(["reset", "docker", "python"], home: home).stdout == "Reset to not started: docker, python\n")
        #expect(try P.states(in: home) == ["git": "done", "linux-shell": "skipped"])
        let future = try P.run(["done", "cpp", "--date", P.today.adding(days: 1).description], home: home)
        #expect(future.status == 64)
        #expect(future.stderr.contains("is in the future"))
    }

    @Test("log records study time, starts the skill, and refuses a bare number")
    func log() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        let first = try P.run(["log", "docker", "90m"], home: home)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "Logged 1h30m on docker (\(P.today)); 1h30m on it in all.\ndocker is now started.\n")
        let yesterday = P.today.adding(days: -1).description
        let second = try P.run(["log", "docker", "2h30m", "--date", yesterday], home: home)
        #expect(second.stdout == "Logged 2h30m on docker (\(yesterday)); 4h on it in all.\n")
        let bare = try P.run(["log", "docker", "45"], home: home)
        #expect(bare.status == 64)
        #expect(bare.stderr.contains("'45' has no unit: write 45m for minutes or 45h for hours"))
        let status = try P.object(try P.run(["status", "--format", "json"], home: home).stdout)
        #expect(status["loggedHours"] as? Double == 4)
    }

    @Test("note adds, shows and clears private notes; undo takes a note back")
    func notes() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try P.run(["note", "docker"], home: home).stdout.hasPrefix("No notes on docker."))
        #expect(
            try P.run(["note", "docker", "multi-stage builds"], home: home).stdout == "Noted on docker (1 note).\n")
        #expect(
            try P.run(["note", "docker", "compose: chapter 4"], home: home).stdout == "Noted on docker (2 notes).\n")
        #expect(
            try P.run(["note", "docker"], home: home).stdout
                == "\(P.today)  multi-stage builds\n\(P.today)  compose: chapter 4\n")
        #expect(try P.run(["undo"], home: home).stdout.contains("note on docker: compose: chapter 4"))
        #expect(try P.run(["note", "docker", "--clear"], home: home).stdout == "Removed 1 note on docker.\n")
        #expect(try P.run(["note", "docker", "  "], home: home).status == 64)
        #expect(try P.run(["note", "docker", "x", "--clear"], home: home).status == 64)
    }

    @Test("undo reverts the last change, repeatably, saying what it reverted; history records all of it")
    func undoAndHistory() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try P.run(["done", "git", "docker"], home: home).status == 0)
        #expect(try P.run(["log", "cpp", "2h"], home: home).status == 0)

        let first = try P.run(["undo"], home: home)
        #expect(first.status == 0)
        #expect(first.stdout == "Undid #3 of \(P.today): logged 2h on cpp (started it)\n")
        let second = try P.run(["undo"], home: home)
        #expect(second.stdout == "Undid #2 of \(P.today): done git, docker\n")
        #expect(try P.states(in: home).isEmpty)
        let third = try P.run(["undo"], home: home)
        #expect(third.stdout.hasPrefix("Undid #1 of \(P.today): set goal data-scientist -> ml-engineer at 8 h/week"))
        #expect(try P.run(["status"], home: home).status == 1)
        let fourth = try P.run(["undo"], home: home)
        #expect(fourth.status == 1)
        #expect(fourth.stderr.contains("nothing to undo"))

        #expect(
            try P.run(["history"], home: home).stdout
                == "No changes in effect: every one was undone.\n(6 entries hidden: undone or reverted changes, undos and redos; --all shows them)\n"
        )
        let history = try P.run(["history", "--all"], home: home)
        #expect(history.status == 0)
        let lines = history.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(lines[1] == "\(P.today)  #2  done git, docker (undone by #5)")
        #expect(lines[3] == "\(P.today)  #4  undid #3 (logged 2h on cpp (started it))")

        let json = try P.object(try P.run(["history", "--all", "--format", "json"], home: home).stdout)
        let entries = try #require(json["entries"] as? [[String: Any]])
        #expect(entries.map { $0["seq"] as? Int } == [1, 2, 3, 4, 5, 6])
        #expect(entries.map { $0["op"] as? String } == ["init", "done", "log", "undo", "undo", "undo"])
        #expect(entries[1]["skills"] as? [String] == ["git", "docker"])
        #expect(entries[1]["undoneBy"] as? Int == 5)
        #expect(entries[2]["hours"] as? Double == 2)
        #expect(entries[3]["undoes"] as? Int == 3)
        for key in ["at", "date", "summary", "state", "text", "goal"] { #expect(entries[0].keys.contains(key)) }

        let since = try P.run(["history", "--since", P.today.adding(days: 1).description], home: home)
        #expect(since.stdout == "No entries since \(P.today.adding(days: 1)).\n")
    }

    @Test("Replacing a goal with progress asks; without a terminal it refuses and points at --force")
    func replaceGoal() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try P.run(["done", "git"], home: home).status == 0)
        let state = P.file("state.json", in: home)
        let refused = try P.run(["init", "--to", "mlops-engineer"], home: home)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("a goal is saved already (data-scientist -> ml-engineer"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--force"))
        #expect(P.file("state.json", in: home) == state)

        let forced = try P.run(["init", "--to", "mlops-engineer", "--force"], home: home)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.hasPrefix("Replaced your goal: nothing -> mlops-engineer\n"))
        #expect(forced.stdout.contains("Your progress on 1 skill done or skipped counts towards it."))
        #expect(try P.states(in: home) == ["git": "done"])
        #expect(try P.run(["undo"], home: home).stdout.contains("replaced the goal with nothing -> mlops-engineer"))
        let goal = try P.object(try P.run(["status", "--format", "json"], home: home).stdout)["goal"] as? [String: Any]
        #expect(goal?["to"] as? [String] == ["ml-engineer"])

        let unknownRole = try P.run(["init", "--to", "ml-enginer", "--force"], home: home)
        #expect(unknownRole.status == 64)
        #expect(unknownRole.stderr.contains("did you mean 'ml-engineer'?"))
    }

    @Test("At a terminal, init asks before replacing a goal with progress")
    func replaceGoalAtTerminal() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try P.run(["done", "git"], home: home).status == 0)
        let no = P.runInProcess(["init", "--to", "mlops-engineer"], home: home, today: P.today, answer: "n")
        #expect(no.status == .failure)
        #expect(no.stderr.contains("Replace it? Progress on skills is kept. [y/N] "))
        #expect(no.stderr.contains("kept the saved goal; nothing was changed"))
        let yes = P.runInProcess(["init", "--to", "mlops-engineer"], home: home, today: P.today, answer: " Y ")
        #expect(yes.status == .success, "\(yes.stderr)")
        #expect(yes.stdout.hasPrefix("Replaced your goal: nothing -> mlops-engineer"))
    }

    @Test("plan without a target plans the saved goal, done work removed and ticked")
    func planSavedGoal() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        let full = try P.object(try P.run(["plan", "--format", "json"], home: home).stdout)
        #expect(try P.run(["done", "docker"], home: home).status == 0)
        #expect(try P.run(["skip", "kubernetes"], home: home).status == 0)

        let text = try P.run(["plan"], home: home)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("Roadmap: data-scientist -> ml-engineer\n"))
        #expect(text.stdout.contains("\nDone before this plan\n"))
        #expect(text.stdout.contains("  skipped  kubernetes  Kubernetes\n"))
        #expect(text.stdout.contains("  done  docker  Docker\n"))

        let json = try P.object(try P.run(["plan", "--format", "json"], home: home).stdout)
        let steps = (json["steps"] as? [[String: Any]] ?? []).compactMap { $0["skill"] as? String }
        #expect(!steps.contains("docker") && !steps.contains("kubernetes"))
        // Docker 15 h and Kubernetes 25 h, at least (what they need counts as known too).
        #expect((json["totalHours"] as? Double ?? 0) <= (full["totalHours"] as? Double ?? 0) - 40)
        let progress = try #require(json["progress"] as? [String: Any])
        let done = try #require(progress["earlier"] as? [[String: Any]])
        #expect(done.compactMap { $0["skill"] as? String } == ["docker", "kubernetes"])
        #expect(done.compactMap { $0["status"] as? String } == ["done", "skipped"])

        // Naming a target plans it as before, without the saved progress.
        let explicit = try P.run(["plan", "--from", "data-scientist", "--to", "ml-engineer"], home: home)
        #expect(!explicit.stdout.contains("Done before this plan"))
        #expect(explicit.stdout.contains("(docker)"))
    }

    @Test("status shows hours-weighted bars (ASCII when piped), hours logged, schedule and forecasts")
    func status() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try P.run(["done", "pytorch", "apis"], home: home).status == 0)
        #expect(try P.run(["log", "docker", "3h"], home: home).status == 0)
        let text = try P.run(["status"], home: home)
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Goal: data-scientist -> ml-engineer - 8 h/week from \(P.today.adding(days: -14))")
        #expect(lines[1].hasPrefix("Overall  ") && lines[1].contains("[#") && lines[1].hasSuffix(" of 552 h"))
        #expect(!text.stdout.contains("█"))
        #expect(text.stdout.contains("Skills: 2 done, 1 started, "))
        #expect(text.stdout.contains("Logged: 3 h in all, 3 h in the last 7 days"))
        #expect(text.stdout.contains("Schedule: week 3 of "))
        #expect(text.stdout.contains(", 501 h left; 16 h of work planned by today, 43 h done: 27 h ahead (about 3 weeks)"))
        #expect(text.stdout.contains(" at the planned 8 h/week; "))
        #expect(text.stdout.contains(" at the 1.4 h/week you have logged"))

        let json = try P.object(try P.run(["status", "--format", "json"], home: home).stdout)
        for key in [
            "today", "goal", "percent", "creditedHours", "totalHours", "leftHours", "loggedHours", "finish", "doneHours",
            "skippedHours",
            "skills", "categories", "loggedHours", "loggedHoursLast7Days", "schedule", "forecast", "orphans",
        ] {
            #expect(json.keys.contains(key), "status JSON lacks \(key)")
        }
        // pytorch 30 + apis 10 + networking 8 (apis requires it, so it is known); the 3 h
        // logged on docker are logged, not credited.
        #expect(json["creditedHours"] as? Double == 48)
        #expect(json["loggedHours"] as? Double == 3)
        #expect(json["percent"] as? Double == 8)
        #expect(json["totalHours"] as? Double == 552)
        let schedule = try #require(json["schedule"] as? [String: Any])
        #expect(schedule["week"] as? Int == 3)
        #expect(schedule["aheadHours"] as? Double == 27)
        let forecast = try #require(json["forecast"] as? [String: Any])
        #expect((forecast["plannedPace"] as? [String: Any])?["hoursPerWeek"] as? Double == 8)
        #expect((forecast["loggedPace"] as? [String: Any])?["finish"] is String)
    }

    @Test("On a terminal, status draws Unicode bars")
    func unicodeBars() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try P.run(["done", "pytorch"], home: home).status == 0)
        let result = P.runInProcess(["status"], home: home, today: P.today, unicode: true)
        #expect(result.status == .success)
        #expect(result.stdout.contains("█"))
        #expect(result.stdout.contains("░"))
        #expect(!result.stdout.contains("[#"))
    }

    @Test("Progress on a skill no curriculum has is kept, listed by status, and can be reset")
    func orphans() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try P.run(["done", "git"], home: home).status == 0)
        let path = home.appendingPathComponent("state.json").path
        let state = P.file("state.json", in: home) ?? ""
        try Data(state.replacingOccurrences(of: "\"git\":", with: "\"retired-skill\":").utf8).write(
            to: URL(fileURLWithPath: path))
        let text = try P.run(["status"], home: home)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Kept: progress on 1 skill no curriculum has any more"))
        #expect(text.stdout.contains("  retired-skill (done)"))
        let json = try P.object(try P.run(["status", "--format", "json"], home: home).stdout)
        let orphans = try #require(json["orphans"] as? [[String: Any]])
        #expect(orphans.first?["skill"] as? String == "retired-skill")
        // Other changes keep it.
        #expect(try P.run(["done", "docker"], home: home).status == 0)
        #expect(try P.states(in: home) == ["retired-skill": "done", "docker": "done"])
        #expect(try P.run(["reset", "retired-skill"], home: home).status == 0)
        #expect(try P.states(in: home) == ["docker": "done"])
    }

    @Test("Corrupt and newer state files stop every command with exit 65, untouched")
    func damagedFiles() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try P.run(["done", "git"], home: home).status == 0)
        let path = home.appendingPathComponent("state.json").path
        let good = P.file("state.json", in: home) ?? ""
        for damaged in [
            String(good.prefix(100)), good.replacingOccurrences(of: "\"version\": 2", with: "\"version\": 9"),
        ] {
            try Data(damaged.utf8).write(to: URL(fileURLWithPath: path))
            for arguments in [["done", "docker"], ["status"], ["next"], ["history"], ["undo"], ["plan"]] {
                let result = try P.run(arguments, home: home)
                #expect(result.status == 65, "\(arguments): \(result.stderr)")
                #expect(result.stderr.hasPrefix("error: \(path)"), "\(result.stderr)")
                #expect(P.file("state.json", in: home) == damaged)
            }
        }
        let truncated = try P.run(["status"], home: home.self)
        #expect(truncated.stderr.contains("newer than this upskill reads (3)"))
        try Data(String(good.prefix(100)).utf8).write(to: URL(fileURLWithPath: path))
        let result = try P.run(["done", "docker"], home: home)
        #expect(result.stderr.contains("it looks truncated"))
        #expect(result.stderr.contains("cp '\(path).bak' '\(path)'"))
    }

    @Test("Every command in the table is consistent and its examples parse")
    func commandTable() {
        #expect(CommandSpecLint.problems(in: CommandTable.all) == [])
        let progress = CommandTable.all.filter { $0.group == "Progress" }.map(\.name)
        #expect(
            progress == [
                "init", "assess", "next", "status", "report", "start", "done", "skip", "reset", "log", "note", "undo",
                "redo", "revert", "history", "export", "merge-driver",
            ])
        for spec in CommandTable.all where spec.group == "Progress" {
            #expect(!spec.examples.isEmpty && spec.discussion != nil, "\(spec.name) lacks examples or a discussion")
        }
    }
}
