import UpskillPlanner
import UpskillRegistry

/// Runs `upskill` in the current process: real arguments, environment, standard streams
/// and terminal.
public enum UpskillProcess {
    /// Runs the command line and returns its exit status.
    ///
    /// The environment, working folder and standard streams come straight from the C
    /// library: Foundation's `ProcessInfo`, `FileManager` and `FileHandle` cost a good part
    /// of a millisecond to set up, on a command that runs in about ten.
    public static func run() -> Int32 {
        let variables = environmentVariables()
        let isTerminal = ProcessPlatform.isTerminal(ProcessPlatform.standardOutput)
        let inputIsTerminal = ProcessPlatform.isTerminal(ProcessPlatform.standardInput)
        // The terminal's own width, then COLUMNS (which shells rarely export), then 80.
        let width =
            (isTerminal ? ProcessPlatform.columns(of: ProcessPlatform.standardOutput) : nil).flatMap { $0 >= 20 ? $0 : nil }
            ?? variables["COLUMNS"].flatMap(Int.init).flatMap { $0 >= 20 ? $0 : nil } ?? 80
        let console = Console(
            out: { text in write(text, to: ProcessPlatform.standardOutput) },
            err: { text in write(text, to: ProcessPlatform.standardError) },
            usesColor: isTerminal && variables["NO_COLOR"] == nil && variables["TERM"] != "dumb",
            usesUnicode: isTerminal,
            width: width,
            readLine: inputIsTerminal ? readStandardInputLine : nil,
            readPipedLine: inputIsTerminal ? nil : readStandardInputLine,
            outBytes: { bytes in write(bytes, to: ProcessPlatform.standardOutput) })
        // UPSKILL_NO_PLUGINS leaves out every plugin module: to tell whether a problem comes
        // from one, and for upskill's own tests of the built-in curricula.
        let plugins = variables["UPSKILL_NO_PLUGINS", default: ""].isEmpty ? Registry.plugins : []
        var environment = Environment(
            variables: variables, currentDirectory: currentDirectory(), today: today(), plugins: plugins)
        environment.exitsAfterCommand = true
        let arguments = Array(CommandLine.arguments.dropFirst())
        return UpskillCommandLine.run(arguments, environment: environment, console: console).rawValue
    }

    /// One line of standard input, for answering a question.
    @Sendable static func readStandardInputLine() -> String? {
        readLine(strippingNewline: true)
    }

    /// Today in the user's time zone (`TZ`, else the system's), from the C library.
    /// `Calendar.current` gave the same date but loaded Foundation's calendar and time
    /// zone machinery on every run: a fifth of the work of `upskill next` after start-up.
    static func today() -> CivilDate {
        let (date, seconds) = ProcessPlatform.localDate()
        guard let (year, month, day) = date else { return CivilDate(daysSinceEpoch: seconds / 86_400) }
        return CivilDate(year: year, month: month, day: day)
    }

    /// The environment variables upskill reads (``Environment/variableNames``) that are
    /// set; for a name given twice, the first. (Not the whole environment: a shell's forty
    /// or so variables, copied into a dictionary, cost as much as a twentieth of `upskill
    /// next`.)
    static func environmentVariables() -> [String: String] {
        var variables: [String: String] = [:]
        for name in Environment.variableNames {
            if let value = ProcessPlatform.environmentValue(named: name) { variables[name] = value }
        }
        return variables
    }

    /// The working folder, or `.` when it cannot be read (it was removed): paths then stay
    /// relative, and opening them reports the real problem.
    static func currentDirectory() -> String {
        ProcessPlatform.currentDirectory() ?? "."
    }

    /// Writes all of `text` to a file descriptor, going on after interrupted and partial
    /// writes and waiting while a non-blocking descriptor is full.
    ///
    /// A write that fails (a full disk, a closed terminal) ends the process with exit 74
    /// and a message on standard error, so that a truncated export never looks like a
    /// success. A closed pipe (`upskill plan | head`) ends it through `SIGPIPE`, as for
    /// any command-line tool.
    static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { write($0, to: descriptor) }
    }

    /// Writes all of `bytes` to a file descriptor, as ``write(_:to:)-(String,_)`` does:
    /// a failed write ends the process with exit 74.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
        var offset = 0
        while offset < bytes.count {
            switch ProcessPlatform.write(descriptor, bytes.baseAddress.map { $0 + offset }, count: bytes.count - offset) {
            case .wrote(let count):
                offset += count
            case .retry:
                continue
            case .wait:
                ProcessPlatform.waitUntilWritable(descriptor)
            case .failed(let failure):
                if descriptor != ProcessPlatform.standardError {
                    let name =
                        descriptor == ProcessPlatform.standardOutput ? "standard output" : "file descriptor \(descriptor)"
                    write(
                        "upskill: error: cannot write to \(name): \(ProcessPlatform.errorText(failure))\n",
                        to: ProcessPlatform.standardError)
                }
                ProcessPlatform.exit(ExitCode.ioError.rawValue)
            }
        }
    }
}
