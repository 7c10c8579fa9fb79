import Foundation
import UpskillPlanner

/// Runs `upskill` in the current process: real arguments, environment, standard streams
/// and terminal.
public enum UpskillProcess {
    /// Runs the command line and returns its exit status.
    public static func run() -> Int32 {
        let variables = ProcessInfo.processInfo.environment
        let isTerminal = isatty(STDOUT_FILENO) == 1
        let inputIsTerminal = isatty(STDIN_FILENO) == 1
        let width = variables["COLUMNS"].flatMap(Int.init).flatMap { $0 >= 20 ? $0 : nil } ?? 80
        let console = Console(
            out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            err: { text in FileHandle.standardError.write(Data(text.utf8)) },
            usesColor: isTerminal && variables["NO_COLOR"] == nil && variables["TERM"] != "dumb",
            usesUnicode: isTerminal,
            width: width,
            readLine: inputIsTerminal ? readStandardInputLine : nil,
            readPipedLine: inputIsTerminal ? nil : readStandardInputLine)
        let environment = Environment(
            variables: variables, currentDirectory: FileManager.default.currentDirectoryPath, today: today())
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
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else { return CivilDate(daysSinceEpoch: Int(now) / 86_400) }
        return CivilDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }
}
