import Foundation
@testable import UpskillCLI
import UpskillCurriculum
import UpskillPlanner

/// Runs the `upskill` command line in this process, with a console that collects what
/// it prints: for tests of output at a given width, with or without a terminal.
enum CommandLineHarness {
    struct Result {
        var status: ExitCode
        var stdout: String
        var stderr: String
    }

    /// Collects text written from any thread.
    private final class Buffer: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""
        func append(_ value: String) { lock.withLock { text += value } }
        var value: String { lock.withLock { text } }
    }

    /// Runs `arguments` as a terminal of `width` columns (`terminal: true`: colour and
    /// Unicode) or as a pipe, with no user curricula (unless `variables` names an
    /// `UPSKILL_HOME` that has some) and `plugins` as the plugin modules compiled in.
    static func run(
        _ arguments: [String], width: Int = 80, terminal: Bool = false, variables: [String: String] = [:],
        plugins: [any CurriculumPlugin] = []
    ) -> Result {
        let out = Buffer(), err = Buffer()
        let console = Console(
            out: { out.append($0) }, err: { err.append($0) }, usesColor: terminal, usesUnicode: terminal, width: width)
        let environment = Environment(
            variables: ["UPSKILL_HOME": "/nonexistent-upskill-home"].merging(variables) { $1 }, currentDirectory: "/",
            today: CivilDate(year: 2026, month: 1, day: 5), plugins: plugins)
        let status = UpskillCommandLine.run(arguments, environment: environment, console: console)
        return Result(status: status, stdout: out.value, stderr: err.value)
    }
}
