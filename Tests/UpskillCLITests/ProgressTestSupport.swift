import Foundation
import Testing
import UpskillTracking
import UpskillCLI
import UpskillPlanner

/// Helpers for the progress commands' tests: a fresh upskill home, today's date as the
/// binary sees it, processes started together, and in-process runs with a fixed today.
enum ProgressTestSupport {
    /// Today in the local time zone, as `upskill` works it out.
    static var today: CivilDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// The command line that saves the goal data-scientist → ml-engineer, started two
    /// weeks ago.
    static var initArguments: [String] {
        ["init", "--from", "data-scientist", "--to", "ml-engineer", "--start", today.adding(days: -14).description]
    }

    /// A fresh upskill home with the goal of ``initArguments`` saved (in this process, to
    /// spare a process start).
    static func homeWithGoal() throws -> URL {
        let home = try UpskillBinary.temporaryFolder()
        let result = runInProcess(initArguments, home: home, today: today)
        #expect(result.status == .success, "\(result.stderr)")
        return home
    }

    /// The variables every run gets: the home, and this process's time zone so that the
    /// binary's today is ``today``.
    static func variables(home: URL) -> [String: String] {
        // Without the plugins compiled in, as for every binary test (see UpskillBinary).
        var variables = ["UPSKILL_HOME": home.path, "UPSKILL_NO_PLUGINS": "1"]
        variables["TZ"] = ProcessInfo.processInfo.environment["TZ"]
        return variables
    }

    /// Runs the binary with `UPSKILL_HOME` set to `home`.
    static func run(_ arguments: [String], home: URL, environment: [String: String] = [:]) throws
        -> UpskillBinary.Result
    {
        try UpskillBinary.run(arguments, environment: environment.merging(variables(home: home)) { $1 })
    }

    /// The text of a file in `home`, or nil.
    static func file(_ name: String, in home: URL) -> String? {
        FileManager.default.contents(atPath: home.appendingPathComponent(name).path).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    /// A JSON object from text.
    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The state of each skill recorded in `home`.
    static func states(in home: URL) throws -> [String: String] {
        // Through the store: state.json, and any committed journal entries after its mark.
        let progress = try ProgressStore(folder: home.path).load()
        return progress.skills.mapValues(\.state.rawValue)
    }

    /// Runs a Python pseudo-terminal driver (`script`, given `arguments`) that runs the
    /// binary with `home` as its store, and returns its exit status and transcript (CRLF
    /// turned into LF); `nil` when no python3 is installed, after saying the test is skipped.
    static func runThroughPseudoTerminal(script: String, arguments: [String], home: URL) throws
        -> (status: Int32, transcript: String)?
    {
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let python else {
            print("skipped: python3 is not installed")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script] + arguments
        process.environment = variables(home: home).merging(["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]) {
            $1
        }
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n"))
    }

    /// Starts `upskill` without waiting, its output going to files in `folder`.
    static func start(_ arguments: [String], home: URL, name: String, folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = UpskillBinary.url
        process.arguments = arguments
        process.environment = variables(home: home).merging(["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]) {
            $1
        }
        let out = folder.appendingPathComponent(name + ".out")
        let err = folder.appendingPathComponent(name + ".err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `upskill` in this process with a fixed today, a console that collects the
    /// text, and (when given) an answer typed at a terminal prompt.
    static func runInProcess(
        _ arguments: [String], home: URL, today: CivilDate, unicode: Bool = false, answer: String? = nil
    ) -> (status: ExitCode, stdout: String, stderr: String) {
        let out = TextCollector()
        let err = TextCollector()
        var readLine: (@Sendable () -> String?)?
        if let answer { readLine = { answer } }
        let console = Console(
            out: { out.append($0) }, err: { err.append($0) }, usesColor: false, usesUnicode: unicode, width: 80,
            readLine: readLine)
        let environment = Environment(
            variables: ["UPSKILL_HOME": home.path], currentDirectory: home.path, today: today)
        let status = UpskillCommandLine.run(arguments, environment: environment, console: console)
        return (status, out.text, err.text)
    }
}

/// Text written from any thread.
final class TextCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var collected = ""

    func append(_ text: String) { lock.withLock { collected += text } }
    var text: String { lock.withLock { collected } }
}
