import Testing
import UpskillCLI

@Suite("ArgumentParser: valid command lines")
struct ArgumentParserTests {
    static let parseCases: [ParseCase] = [
        // Option syntax: separate value, `=` value, short name, short `=`.
        ParseCase(["plan", "--to", "ml-engineer"], "plan", options: ["to": ["ml-engineer"]]),
        ParseCase(["plan", "--to=ml-engineer"], "plan", options: ["to": ["ml-engineer"]]),
        ParseCase(["plan", "-f", "json"], "plan", options: ["format": ["json"]]),
        ParseCase(["plan", "-f=json"], "plan", options: ["format": ["json"]]),
        ParseCase(["plan", "--format", "text"], "plan", options: ["format": ["text"]]),
        // Values are verbatim: split at the first `=` only, leading `-` via `=`, spaces kept.
        ParseCase(["plan", "--to=a=b"], "plan", options: ["to": ["a=b"]]),
        ParseCase(["plan", "--hours-per-week=-5"], "plan", options: ["hours-per-week": ["-5"]]),
        ParseCase(["plan", "--hours-per-week", ""], "plan", options: ["hours-per-week": [""]]),
        ParseCase(["plan", "--hours-per-week", " 8 "], "plan", options: ["hours-per-week": [" 8 "]]),
        ParseCase(["plan", "--to", "a b, c"], "plan", options: ["to": ["a b", " c"]]),
        // Lists: repeated, comma-separated, mixed, through the short name.
        ParseCase(
            ["plan", "--know", "a,b", "--know", "c", "-k", "d", "--know=e,f"], "plan",
            options: ["know": ["a", "b", "c", "d", "e", "f"]]
        ),
        ParseCase(
            ["plan", "--from", "a", "--to", "b", "--from", "c"], "plan", options: ["from": ["a", "c"], "to": ["b"]]
        ),
        // Options before, between and after positionals.
        ParseCase(
            ["done", "--date", "2024-05-01", "git", "--force", "rust"], "done", arguments: ["git", "rust"],
            options: ["date": ["2024-05-01"]], flags: ["force"], bound: ["skills": ["git", "rust"]]
        ),
        ParseCase(
            ["done", "git", "rust", "--date=2024-05-01"], "done", arguments: ["git", "rust"],
            options: ["date": ["2024-05-01"]], bound: ["skills": ["git", "rust"]]
        ),
        ParseCase(
            ["show", "--format", "json", "rust"], "show", arguments: ["rust"], options: ["format": ["json"]],
            bound: ["skill": ["rust"]]
        ),
        // `--` ends options; `-` alone is a value.
        ParseCase(
            ["done", "--", "--weird", "-x", "--"], "done", arguments: ["--weird", "-x", "--"],
            bound: ["skills": ["--weird", "-x", "--"]]
        ),
        ParseCase(
            ["done", "git", "--", "--force"], "done", arguments: ["git", "--force"],
            bound: ["skills": ["git", "--force"]]
        ),
        ParseCase(
            ["note", "rust", "-"], "note", arguments: ["rust", "-"], bound: ["skill": ["rust"], "text": ["-"]]
        ),
        ParseCase(["log", "--since", "-"], "log", options: ["since": ["-"]]),
        // Optional arguments, flags, repeated flags, hidden options, aliases.
        ParseCase(["log"], "log"),
        ParseCase(
            ["log", "-n", "5", "git"], "log", arguments: ["git"], options: ["limit": ["5"]], bound: ["skill": ["git"]]),
        ParseCase(
            ["done", "git", "--force", "--force"], "done", arguments: ["git"], flags: ["force"],
            bound: ["skills": ["git"]]
        ),
        ParseCase(["plan", "--debug-graph"], "plan", flags: ["debug-graph"]),
        ParseCase(["info", "rust"], "show", arguments: ["rust"], bound: ["skill": ["rust"]]),
        ParseCase(["status"], "status"),
        // A command that claims `-h` gets it.
        ParseCase(["init", "-h", "10"], "init", options: ["hours-per-week": ["10"]]),
        // Allowed values, on positionals too.
        ParseCase(["completions", "zsh"], "completions", arguments: ["zsh"], bound: ["shell": ["zsh"]]),
    ]

    @Test("parses", arguments: parseCases)
    func parses(_ testCase: ParseCase) throws {
        let invocation = try ArgumentParser.parse(testCase.argv, commands: SampleCommands.all)
        #expect(invocation == .run(testCase.expected))
    }

    static let invocationCases: [InvocationCase] = [
        InvocationCase([], .help(command: nil)),
        InvocationCase(["help"], .help(command: nil)),
        InvocationCase(["--help"], .help(command: nil)),
        InvocationCase(["-h"], .help(command: nil)),
        InvocationCase(["help", "plan"], .help(command: "plan")),
        InvocationCase(["help", "info"], .help(command: "show")),
        InvocationCase(["help", "help"], .help(command: "help")),
        InvocationCase(["help", "--help"], .help(command: "help")),
        InvocationCase(["help", "plan", "-h"], .help(command: "plan")),
        InvocationCase(["help", "--", "plan"], .help(command: "plan")),
        InvocationCase(["--help", "plan"], .help(command: "plan")),
        InvocationCase(["-h", "done"], .help(command: "done")),
        InvocationCase(["plan", "--help"], .help(command: "plan")),
        InvocationCase(["plan", "-h"], .help(command: "plan")),
        InvocationCase(["info", "-h"], .help(command: "show")),
        InvocationCase(["status", "--help"], .help(command: "status")),
        // Help wins over errors elsewhere on the line, and over a dangling option.
        InvocationCase(["done", "--bogus", "--help"], .help(command: "done")),
        InvocationCase(["show", "--help"], .help(command: "show")),
        InvocationCase(["plan", "--to", "--help"], .help(command: "plan")),
        // `init` claims `-h`, so only `--help` asks for its help.
        InvocationCase(["init", "--help"], .help(command: "init")),
        InvocationCase(["--version"], .version),
    ]

    @Test("help and version", arguments: invocationCases)
    func invocations(_ testCase: InvocationCase) throws {
        #expect(try ArgumentParser.parse(testCase.argv, commands: SampleCommands.all) == testCase.expected)
    }

    @Test("`--help` after `--` is a positional value")
    func helpAfterDoubleDash() throws {
        let invocation = try ArgumentParser.parse(["done", "--", "--help"], commands: SampleCommands.all)
        #expect(
            invocation
                == .run(
                    ParsedArguments(command: "done", arguments: ["--help"], argumentsByName: ["skills": ["--help"]])))
    }

    @Test("`help` parses without an entry in the table")
    func helpWithoutEntry() throws {
        let commands = [SampleCommands.plan]
        #expect(try ArgumentParser.parse(["help", "help"], commands: commands) == .help(command: "help"))
        #expect(try ArgumentParser.parse(["help", "plan"], commands: commands) == .help(command: "plan"))
    }

    @Test("accessors read values, lists, flags and arguments")
    func accessors() throws {
        let invocation = try ArgumentParser.parse(
            ["done", "git", "--date=2024-05-01", "rust", "--force"], commands: SampleCommands.all
        )
        guard case .run(let parsed) = invocation else {
            Issue.record("expected a run, got \(invocation)")
            return
        }
        #expect(parsed.command == "done")
        #expect(parsed.value("date") == "2024-05-01")
        #expect(parsed.value("missing") == nil)
        #expect(parsed.values("date") == ["2024-05-01"])
        #expect(parsed.values("missing") == [])
        #expect(parsed.flag("force"))
        #expect(!parsed.flag("missing"))
        #expect(parsed.arguments == ["git", "rust"])
        #expect(parsed.argument("skills") == "git")
        #expect(parsed.argumentValues("skills") == ["git", "rust"])
        #expect(parsed.argument("missing") == nil)

        let plan = try ArgumentParser.parse(["plan", "--know", "a,b", "--know", "c"], commands: SampleCommands.all)
        guard case .run(let planned) = plan else {
            Issue.record("expected a run, got \(plan)")
            return
        }
        #expect(planned.values("know") == ["a", "b", "c"])
        #expect(planned.value("know") == "c")
    }

    @Test("names win over aliases")
    func namesBeforeAliases() throws {
        let commands = [
            CommandSpec("list", abstract: "List.", aliases: ["ls"]),
            CommandSpec("ls", abstract: "Ls."),
        ]
        #expect(try ArgumentParser.parse(["ls"], commands: commands) == .run(ParsedArguments(command: "ls")))
    }

    @Test("parsing is deterministic")
    func deterministic() throws {
        let lines: [[String]] = [
            ["plan", "--know", "a,b", "-k", "c", "--to=x", "--from", "y", "-f", "json"],
            ["done", "a", "--force", "b", "--", "--c"],
            ["pln"], ["plan", "--hours", "3"], ["plan", "--format", "jsn"],
        ]
        for argv in lines {
            let first = Result { () throws(UsageError) in try ArgumentParser.parse(argv, commands: SampleCommands.all) }
            for _ in 0..<20 {
                let again = Result { () throws(UsageError) in
                    try ArgumentParser.parse(argv, commands: SampleCommands.all)
                }
                #expect(again == first)
            }
        }
    }
}

extension ArgumentParserTests {
    /// A command line and the arguments it should parse to.
    struct ParseCase: Sendable, CustomTestStringConvertible {
        var argv: [String]
        var expected: ParsedArguments
        var testDescription: String { argv.joined(separator: " ") }

        init(
            _ argv: [String], _ command: String, arguments: [String] = [], options: [String: [String]] = [:],
            flags: Set<String> = [], bound: [String: [String]] = [:]
        ) {
            self.argv = argv
            self.expected = ParsedArguments(
                command: command, arguments: arguments, options: options, flags: flags, argumentsByName: bound
            )
        }
    }

    /// A command line and the invocation it should parse to.
    struct InvocationCase: Sendable, CustomTestStringConvertible {
        var argv: [String]
        var expected: Invocation
        var testDescription: String { argv.isEmpty ? "(nothing)" : argv.joined(separator: " ") }
        init(_ argv: [String], _ expected: Invocation) {
            self.argv = argv
            self.expected = expected
        }
    }
}
