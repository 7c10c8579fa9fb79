/// The `upskill` program as a function: arguments in, text and an exit status out.
///
/// The executable only binds this to the process (standard streams, environment, exit);
/// tests call it directly.
package enum UpskillCommandLine {
    /// Parses `arguments` (without the program name) and runs the command; with none,
    /// shows the dashboard (``DashboardCommand``).
    package static func run(_ argv: [String], environment: Environment, console given: Console) -> ExitCode {
        let arguments: [String]
        var console = given
        do {
            let (choice, rest) = try ColorChoice.extract(from: argv)
            arguments = rest
            if let choice { console = given.colored(choice.usesColor(auto: given.usesColor)) }
        } catch {
            given.err(error.rendered(programName: "upskill") + "\n")
            return .usage
        }
        if arguments.isEmpty { return dashboard(environment: environment, console: console) }
        let invocation: Invocation
        do {
            // A command named by its name parses against its own spec alone, as against the
            // whole table (names win over aliases), without building every other spec.
            let named = CommandTable.command(named: arguments[0])
            invocation = try ArgumentParser.parse(arguments, commands: named.map { [$0.spec] } ?? CommandTable.parsed)
        } catch {
            console.err(error.rendered(programName: "upskill") + "\n")
            return .usage
        }
        guard case .run(let parsed) = invocation else {
            // The root help lists the visible commands; a hidden one still has its own help.
            let table = invocation == .help(command: nil) ? CommandTable.all : CommandTable.parsed
            let formatter = CommandTable.helpFormatter(width: console.width)
            if let text = formatter.text(for: invocation, commands: table) {
                console.out(text.hasSuffix("\n") ? text : text + "\n")
            }
            return .success
        }
        do throws(CLIError) {
            guard let command = CommandTable.command(named: parsed.command) else {
                throw CLIError.usage("unknown command '\(parsed.command)'")
            }
            try command.init(parsed, environment: environment).run(console: console)
            return .success
        } catch {
            for line in error.lines { console.err(line + "\n") }
            if error.suggestsHelp { console.err("Run 'upskill \(parsed.command) --help' for usage.\n") }
            return error.exitCode
        }
    }

    /// Bare `upskill`: the dashboard, or how to start.
    private static func dashboard(environment: Environment, console: Console) -> ExitCode {
        do throws(CLIError) {
            try DashboardCommand(environment: environment).run(console: console)
            return .success
        } catch {
            for line in error.lines { console.err(line + "\n") }
            return error.exitCode
        }
    }
}
