import Foundation

/// Everyday tracking against Taskwarrior (`task`, when it is on PATH), the tool people who
/// keep lists in a terminal compare with: `upskill next` against `task next`, `upskill
/// status` against `task list`, and marking one thing done (`upskill done`, which writes
/// its journal with fsync, against `task N done`). Taskwarrior holds 130 pending tasks,
/// about twice the built-in goal's 60 steps. Runs alternate A B A B …; each `done` is
/// undone (untimed) before the next run.
func reportTaskwarrior(upskill: String, environment: [String: String], scratch: URL, runs: Int) throws {
    print("")
    guard let task = executable(named: "task") else {
        print("Taskwarrior: not installed (`task` is not on PATH); the comparison is left out")
        return
    }
    let data = scratch.appendingPathComponent("taskwarrior")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    let taskrc = data.appendingPathComponent("taskrc")
    try "data.location=\(data.path)\nconfirmation=off\nverbose=nothing\nnews.version=2.6.2\n"
        .write(to: taskrc, atomically: true, encoding: .utf8)
    var taskEnvironment = environment
    taskEnvironment["TASKRC"] = taskrc.path
    taskEnvironment["HOME"] = data.path
    let tasks = (1...130).map { number in
        #"{"description":"Learn skill \#(number)","status":"pending","project":"upskill","entry":"20260105T000000Z","uuid":"\#(uuid(number))"}"#
    }
    let importFile = data.appendingPathComponent("tasks.json")
    try ("[" + tasks.joined(separator: ",") + "]").write(to: importFile, atomically: true, encoding: .utf8)
    let imported = try ChildProcess(executable: task, arguments: ["import", importFile.path], environment: taskEnvironment).run()
    guard imported.status == 0 else { throw BenchmarkError("task import exited \(imported.status)") }

    print("Against Taskwarrior \(version(of: task, environment: taskEnvironment)) with 130 tasks (\(runs * 4) pairs, medians)")
    let pairs: [(String, [String], [String], [String]?, [String]?)] = [
        ("upskill next  vs  task next", ["next"], ["next"], nil, nil),
        ("upskill status  vs  task list", ["status"], ["list"], nil, nil),
        ("upskill done  vs  task 1 done", ["done", "python-packaging"], ["1", "done"], ["undo"], ["undo"]),
    ]
    for (label, mine, theirs, myUndo, theirUndo) in pairs {
        var a: [Double] = [], b: [Double] = []
        for _ in 0..<(runs * 4) {
            let upskillRun = try ChildProcess(executable: upskill, arguments: mine, environment: environment).run()
            if let myUndo { _ = try ChildProcess(executable: upskill, arguments: myUndo, environment: environment).run() }
            let taskRun = try ChildProcess(executable: task, arguments: theirs, environment: taskEnvironment).run()
            if let theirUndo {
                _ = try ChildProcess(executable: task, arguments: theirUndo, environment: taskEnvironment).run()
            }
            guard upskillRun.status == 0, taskRun.status == 0 else {
                throw BenchmarkError("\(label): exit \(upskillRun.status) and \(taskRun.status)")
            }
            a.append(upskillRun.seconds)
            b.append(taskRun.seconds)
        }
        let mineMedian = Stopwatch.median(a), theirsMedian = Stopwatch.median(b)
        print(
            "  \(label.padding(toLength: 34, withPad: " ", startingAt: 0))  \(format(mineMedian)) vs \(format(theirsMedian))  "
                + String(format: "%.2f×", mineMedian / theirsMedian))
    }
}

/// The full path of a program on PATH, or `nil`.
private func executable(named name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// A fixed UUID for the task numbered `number`, so that the data is the same every run.
private func uuid(_ number: Int) -> String {
    let hex = String(number, radix: 16)
    return "00000000-0000-4000-8000-" + String(repeating: "0", count: 12 - hex.count) + hex
}

/// `task --version`, or "2.x" when it cannot be read.
private func version(of task: String, environment: [String: String]) -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: task)
    process.arguments = ["--version"]
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    guard (try? process.run()) != nil else { return "2.x" }
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}
