import Foundation
import UpskillPlanner

/// Runs `upskill` in the current process: real arguments, environment, standard streams
/// and terminal.
public enum UpskillProcess {
    /// Runs the command line and returns its exit status.
    public static func run() -> Int32 {
        let variables = ProcessInfo.processInfo.environment
        let isTerminal = isatty(STDOUT_FILENO) == 1
        let width = variables["COLUMNS"].flatMap(Int.init).flatMap { $0 >= 20 ? $0 : nil } ?? 80
        let console = Console(
            out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            err: { text in FileHandle.standardError.write(Data(text.utf8)) },
            usesColor: isTerminal && variables["NO_COLOR"] == nil && variables["TERM"] != "dumb",
            usesUnicode: isTerminal,
            width: width,
            readLine: isatty(STDIN_FILENO) == 1 ? readStandardInputLine : nil)
        let environment = Environment(
            variables: variables, currentDirectory: FileManager.default.currentDirectoryPath, today: today())
        let arguments = Array(CommandLine.arguments.dropFirst())
        return UpskillCommandLine.run(arguments, environment: environment, console: console).rawValue
    }

    /// One line of standard input, for answering a question.
    @Sendable static func readStandardInputLine() -> String? {
        readLine(strippingNewline: true)
    }

    /// Today in the user's time zone.
    static func today() -> CivilDate {
        let components = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: components.year ?? 1970, month: components.month ?? 1, day: components.day ?? 1)
    }
}
