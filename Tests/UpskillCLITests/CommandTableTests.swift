import Testing
import UpskillCLI

@Suite("Command tables and examples")
struct CommandTableTests {
    @Test("the sample table is consistent and its examples parse")
    func sampleTableIsClean() {
        #expect(CommandSpecLint.problems(in: SampleCommands.all) == [])
    }

    @Test("every example in the sample table runs its own command")
    func examplesRunTheirCommand() throws {
        for command in SampleCommands.all {
            for example in command.examples {
                #expect(example.argv.first == "upskill")
                let invocation = try ArgumentParser.parse(example.arguments, commands: SampleCommands.all)
                guard case .run(let parsed) = invocation else {
                    Issue.record("'\(example.commandLine)' does not run a command")
                    continue
                }
                #expect(parsed.command == command.name)
            }
        }
    }

    @Test("lint reports inconsistent tables")
    func lintFindsProblems() {
        let commands = [
            CommandSpec(
                "a", abstract: "",
                arguments: [
                    ArgumentSpec("rest", help: "", isOptional: true, isRepeated: true),
                    ArgumentSpec("x", help: ""),
                    ArgumentSpec("x", help: "", isOptional: true, allowedValues: []),
                ],
                options: [
                    OptionSpec("v", short: "v", help: ""),
                    .flag("v", short: "v", help: ""),
                    .flag("help", help: ""),
                    OptionSpec("tag", help: "", kind: .flag, allowedValues: ["x"]),
                    .list("pair", help: "", allowedValues: ["a,b"]),
                    OptionSpec("-bad", help: "", allowedValues: []),
                ],
                examples: [CommandExample("up a --nope", "Fails."), CommandExample("up b", "Runs b.")],
                aliases: ["help", "b"]
            ),
            CommandSpec("b", abstract: "Two\nlines."),
            CommandSpec("help", abstract: "Help.", options: [.flag("all", help: "")]),
        ]
        #expect(
            CommandSpecLint.problems(in: commands) == [
                "'a' may not take the alias 'help', which the parser reserves",
                "'a': the abstract must be one non-empty line",
                "'a': option '--v' is declared twice or clashes with '--help'",
                "'a': short name '-v' is used twice",
                "'a': option '--help' is declared twice or clashes with '--help'",
                "'a': flag '--tag' cannot have allowed or default values",
                "'a': list option '--pair' allows a value no list item can be",
                "'a': option name '-bad' must be a word without '=' not starting with '-'",
                "'a': option '---bad' allows no value at all",
                "'a': repeated argument '<rest>' must be the last one",
                "'a': required argument '<x>' follows an optional one",
                "'a': argument '<x>' is declared twice",
                "'a': argument '<x>' allows no value at all",
                "command name 'b' is used twice",
                "'b': the abstract must be one non-empty line",
                "command name 'help' is used twice",
                "'help' is parsed by the parser itself and cannot have options",
                "'a': example 'up a --nope' fails: unknown option '--nope' for 'a'",
                "'a': example 'up b' runs 'b' instead",
            ]
        )
    }

    @Test(
        "example command lines split like a shell",
        arguments: [
            ("plan --to a", ["plan", "--to", "a"]),
            ("  done   git  ", ["done", "git"]),
            ("note rust 'read the book, twice'", ["note", "rust", "read the book, twice"]),
            ("note rust \"it's done\"", ["note", "rust", "it's done"]),
            (#"note rust a\ b"#, ["note", "rust", "a b"]),
            ("note rust ''", ["note", "rust", ""]),
        ]
    )
    func argv(line: String, expected: [String]) {
        let example = CommandExample(line, "")
        #expect(example.argv == expected)
        #expect(example.arguments == Array(expected.dropFirst()))
    }

    @Test("shell words keep their quotes")
    func shellWords() {
        #expect(CommandExample("done git 'shell basics'", "").shellWords == ["done", "git", "'shell basics'"])
    }

    @Test("spec conveniences")
    func specConveniences() {
        let format = SampleCommands.plan.option(named: "format")
        #expect(format?.synopsis == "--format <format>")
        #expect(format?.helpLabel == "-f, --format <format>")
        #expect(format?.usage == "[--format <format>]")
        #expect(SampleCommands.plan.option(named: "from")?.usage == "[--from <role> ...]")
        #expect(SampleCommands.done.option(named: "force")?.usage == "[--force]")
        #expect(SampleCommands.plan.option(short: "k")?.name == "know")
        #expect(SampleCommands.plan.hasShortHelp)
        #expect(!SampleCommands.initCommand.hasShortHelp)
        #expect(SampleCommands.done.arguments.first?.usage == "<skills> ...")
        #expect(SampleCommands.log.arguments.first?.usage == "[<skill>]")
    }
}
