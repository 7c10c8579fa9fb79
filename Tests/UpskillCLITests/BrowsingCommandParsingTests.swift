import Testing
@testable import UpskillCLI

/// The specs of roles, skills, show, completions and help through the parser alone: what
/// each accepts and how each mistake is worded. No process, no catalog.
@Suite("Parsing the browsing and shell commands")
struct BrowsingCommandParsingTests {
    static func parse(_ argv: [String]) throws(UsageError) -> Invocation {
        try ArgumentParser.parse(argv, commands: CommandTable.parsed)
    }

    @Test(
        "accepted command lines",
        arguments: [
            (["roles"], "roles", [:], [:]),
            (["roles", "--format", "json"], "roles", ["format": ["json"]], [:]),
            (["roles", "--format=text", "--no-builtin"], "roles", ["format": ["text"]], [:]),
            (["skills", "-s", "kube"], "skills", ["search": ["kube"]], [:]),
            (["skills", "--search=model serving", "--category", "mlops"], "skills",
             ["search": ["model serving"], "category": ["mlops"]], [:]),
            (["skills", "--curriculum", "a.json", "--curriculum=b,c"], "skills", ["curriculum": ["a.json", "b", "c"]], [:]),
            (["show", "docker"], "show", [:], ["id": ["docker"]]),
            (["show", "--format", "json", "ml-engineer"], "show", ["format": ["json"]], ["id": ["ml-engineer"]]),
            (["show", "--", "-odd"], "show", [:], ["id": ["-odd"]]),
            (["completions", "bash"], "completions", [:], ["shell": ["bash"]]),
            (["completions", "fish"], "completions", [:], ["shell": ["fish"]]),
            (["__complete", "roles"], "__complete", [:], ["source": ["roles"]]),
        ] as [([String], String, [String: [String]], [String: [String]])])
    func accepts(argv: [String], command: String, options: [String: [String]], arguments: [String: [String]]) throws {
        guard case .run(let parsed) = try Self.parse(argv) else {
            Issue.record("'\(argv)' does not run a command")
            return
        }
        #expect(parsed.command == command)
        #expect(parsed.options == options)
        #expect(parsed.argumentsByName == arguments)
    }

    @Test(
        "help, from anywhere",
        arguments: [
            ([], nil), (["help"], nil), (["--help"], nil), (["-h"], nil),
            (["help", "show"], "show"), (["show", "--help"], "show"), (["show", "-h"], "show"),
            (["skills", "--search", "x", "-h"], "skills"), (["completions", "--help"], "completions"),
            (["help", "roles"], "roles"), (["roles", "--format", "yaml", "--help"], "roles"),
            (["help", "help"], "help"), (["help", "__complete"], "__complete"),
        ] as [([String], String?)])
    func help(argv: [String], command: String?) throws {
        #expect(try Self.parse(argv) == .help(command: command))
    }

    @Test("--version")
    func version() throws {
        #expect(try Self.parse(["--version"]) == .version)
    }

    @Test(
        "mistakes, each one sentence with what would be accepted",
        arguments: [
            (["shwo", "docker"], "unknown command 'shwo'; did you mean 'show'?"),
            (["rols"], "unknown command 'rols'; did you mean 'roles'?"),
            (["skill"], "unknown command 'skill'; did you mean 'skills'?"),
            (["completion", "bash"], "unknown command 'completion'; did you mean 'completions'?"),
            (["help", "sills"], "unknown command 'sills'; did you mean 'skills'?"),
            (["roles", "--formt", "json"], "unknown option '--formt' for 'roles'; did you mean '--format'?"),
            (["skills", "--serch", "x"], "unknown option '--serch' for 'skills'; did you mean '--search'?"),
            (["skills", "--categroy", "x"], "unknown option '--categroy' for 'skills'; did you mean '--category'?"),
            (["roles", "--format", "yaml"], "invalid value 'yaml' for '--format' (expected one of: text, json)"),
            (["roles", "--format", "jsn"], "invalid value 'jsn' for '--format' (expected one of: text, json); did you mean 'json'?"),
            (["skills", "--search"], "missing value for '--search <text>'"),
            (["skills", "--category", "--format", "json"], "missing value for '--category <category>' before '--format'"),
            (["skills", "--search", "a", "--search", "b"], "option '--search' given twice; it takes a single value"),
            (["skills", "kube"], "unexpected argument 'kube'; 'skills' takes no arguments"),
            (["roles", "ml-engineer"], "unexpected argument 'ml-engineer'; 'roles' takes no arguments"),
            (["show"], "missing argument '<id>' for 'show'"),
            (["show", "docker", "git"], "unexpected argument 'git'; 'show' takes only <id>"),
            (["show", "docker", "--no-builtin=yes"], "flag '--no-builtin' takes no value; write '--no-builtin' rather than '--no-builtin=yes'"),
            (["completions"], "missing argument '<shell>' for 'completions'"),
            (["completions", "tcsh"], "invalid value 'tcsh' for '<shell>' (expected one of: bash, zsh, fish)"),
            (["completions", "fsh"], "invalid value 'fsh' for '<shell>' (expected one of: bash, zsh, fish); did you mean 'fish'?"),
            (["completions", "bash", "zsh"], "unexpected argument 'zsh'; 'completions' takes only <shell>"),
            (["--version", "x"], "unexpected argument 'x' after '--version'"),
            (["--verison"], "unknown option '--verison'; did you mean '--version'?"),
        ] as [([String], String)])
    func rejects(argv: [String], message: String) {
        #expect {
            try Self.parse(argv)
        } throws: { error in
            (error as? UsageError)?.message == message
        }
    }

    @Test("the parsed arguments are what each command reads")
    func commandsReadTheirArguments() throws {
        let environment = Environment(variables: [:], currentDirectory: "/", today: .init(year: 2026, month: 1, day: 5))
        guard case .run(let skills) = try Self.parse(["skills", "-s", "Kube", "--category", "infrastructure"]) else {
            Issue.record("no run")
            return
        }
        let command = try SkillsCommand(skills, environment: environment)
        #expect(command.search == "Kube")
        #expect(command.category == "infrastructure")
        #expect(command.format == "text")
        guard case .run(let show) = try Self.parse(["show", "docker", "--format", "json", "--no-builtin"]) else {
            Issue.record("no run")
            return
        }
        let showCommand = try ShowCommand(show, environment: environment)
        #expect(showCommand.id == "docker")
        #expect(showCommand.format == "json")
        #expect(!showCommand.loader.includeBuiltin)
        guard case .run(let completions) = try Self.parse(["completions", "zsh"]) else {
            Issue.record("no run")
            return
        }
        #expect(try CompletionsCommand(completions, environment: environment).shell == .zsh)
    }
}
