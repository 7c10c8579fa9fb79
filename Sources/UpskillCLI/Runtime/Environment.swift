import UpskillCurriculum
import UpskillPlanner
import UpskillTracking

/// What a command may read from the process's surroundings, passed in so commands stay
/// testable: the variables, the working directory, today's date and the plugin modules
/// compiled in.
package struct Environment: Sendable {
    /// The environment variables: of a real process, those of ``variableNames`` that are set.
    package var variables: [String: String]

    /// Every environment variable upskill reads: a run takes these from the process and
    /// no other. Add a name here before reading it from ``variables``.
    package static let variableNames = [
        "UPSKILL_HOME", "XDG_DATA_HOME", "HOME", "COLUMNS", "NO_COLOR", "TERM", "UPSKILL_NO_PLUGINS",
        ProgressStore.lockTimeoutVariable, CrashPoint.variable,
    ]
    /// The current working directory, for relative paths.
    package var currentDirectory: String
    /// Today, in the user's time zone.
    package var today: CivilDate
    /// The curriculum plugin modules commands load: those compiled into `upskill` (unless
    /// `UPSKILL_NO_PLUGINS` is set), or, in a test, the plugins it names. None by default.
    package var plugins: [any CurriculumPlugin]
    /// Whether the process ends when the command returns (the `upskill` executable, not a
    /// test running the command line in process): a command may then leave its large
    /// values for the exit to reclaim rather than free them one by one, as compilers do
    /// (clang's `-disable-free`). Off by default.
    package var exitsAfterCommand = false

    package init(
        variables: [String: String], currentDirectory: String, today: CivilDate, plugins: [any CurriculumPlugin] = []
    ) {
        self.variables = variables
        self.currentDirectory = currentDirectory
        self.today = today
        self.plugins = plugins
    }

    /// The folder that holds saved state and the user's curricula: `$UPSKILL_HOME`, else
    /// `$XDG_DATA_HOME/upskill`, else `~/.local/share/upskill`; `nil` when none is set
    /// (or `HOME` is not an absolute path): upskill never falls back to the current
    /// folder, where progress would be saved somewhere no later run looks.
    package var upskillHome: String? {
        if let home = variables["UPSKILL_HOME"], !home.isEmpty { return absolute(home) }
        if let data = variables["XDG_DATA_HOME"], !data.isEmpty { return absolute(data) + "/upskill" }
        guard let home = variables["HOME"], home.hasPrefix("/") else { return nil }
        return (home.hasSuffix("/") ? String(home.dropLast()) : home) + "/.local/share/upskill"
    }

    /// ``upskillHome``, or a usage error (exit 64) saying what to set.
    package func requireUpskillHome() throws(CLIError) -> String {
        guard let home = upskillHome else {
            throw CLIError(
                "cannot tell where to keep your progress: HOME is \(variables["HOME"].map { "'\($0)', not an absolute path" } ?? "not set"); set UPSKILL_HOME to a folder, e.g. UPSKILL_HOME=\"/home/you/.local/share/upskill\"",
                exitCode: .usage)
        }
        return home
    }

    /// A path made absolute against the working directory.
    package func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" || path.hasPrefix("~/"), let home = variables["HOME"] { return home + path.dropFirst() }
        return currentDirectory == "/" ? "/" + path : currentDirectory + "/" + path
    }
}
