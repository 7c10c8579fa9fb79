import Testing
import UpskillCLI

@Suite("HelpFormatter")
struct HelpFormatterTests {
    static let formatter = HelpFormatter(
        programName: "upskill", version: "upskill 1.2.0", abstract: "Plan what to learn next, and track it."
    )

    static func formatter(width: Int) -> HelpFormatter {
        var formatter = Self.formatter
        formatter.width = width
        return formatter
    }

    @Test("command help, golden text at width 80")
    func commandHelp() {
        let expected = #"""
            OVERVIEW: Plan the shortest learning path between roles.

            Starts from the roles you hold and the skills you already know, and orders what
            is missing for the target roles so that every skill comes after the skills it
            requires.

            USAGE: upskill plan [--from <role> ...] [--to <role> ...] [--know <skill> ...]
                   [--hours-per-week <h>] [--format <format>]

            OPTIONS:
              --from <role>           Where you stand now (repeatable).
              --to <role>             Where you want to be (repeatable).
              -k, --know <skill>      Skills you already have, comma-separated.
              --hours-per-week <h>    How many hours a week you can spend learning.
                                      (default: 8)
              -f, --format <format>   Output format: text, json. (default: text)
              -h, --help              Show help information.

            EXAMPLES:
              upskill plan --from data-scientist --to ml-engineer
                  Plan the move from data scientist to ML engineer.

              upskill plan --to platform-engineer --know docker,linux --format json
                  Plan towards platform engineer from scratch, skipping what you know, as
                  JSON.
            """#
        #expect(Self.formatter.help(for: SampleCommands.plan) == expected)
    }

    @Test("command help, golden text wrapped at width 60")
    func commandHelpAt60() {
        let expected = #"""
            OVERVIEW: Plan the shortest learning path between roles.

            Starts from the roles you hold and the skills you already
            know, and orders what is missing for the target roles so
            that every skill comes after the skills it requires.

            USAGE: upskill plan [--from <role> ...] [--to <role> ...]
                   [--know <skill> ...] [--hours-per-week <h>]
                   [--format <format>]

            OPTIONS:
              --from <role>           Where you stand now (repeatable).
              --to <role>             Where you want to be (repeatable).
              -k, --know <skill>      Skills you already have,
                                      comma-separated.
              --hours-per-week <h>    How many hours a week you can
                                      spend learning. (default: 8)
              -f, --format <format>   Output format: text, json.
                                      (default: text)
              -h, --help              Show help information.

            EXAMPLES:
              upskill plan --from data-scientist --to ml-engineer
                  Plan the move from data scientist to ML engineer.

              upskill plan --to platform-engineer --know docker,linux \
                --format json
                  Plan towards platform engineer from scratch, skipping
                  what you know, as JSON.
            """#
        #expect(Self.formatter(width: 60).help(for: SampleCommands.plan) == expected)
    }

    @Test("arguments, a label too wide for its column, and a command that claims -h")
    func argumentsAndWideLabels() {
        #expect(
            Self.formatter.help(for: SampleCommands.done) == """
                OVERVIEW: Mark skills as learnt.

                USAGE: upskill done [--date <date>] [--force] <skills> ...

                ARGUMENTS:
                  <skills>                The skills you learnt.

                OPTIONS:
                  --date <date>           When you learnt them (YYYY-MM-DD). (default: today)
                  --force                 Mark them even if their requirements are not done.
                  -h, --help              Show help information.

                EXAMPLES:
                  upskill done git 'shell basics' --date 2024-05-01
                      Record two skills learnt on 1 May.
                """
        )
        #expect(
            Self.formatter.help(for: SampleCommands.initCommand) == """
                OVERVIEW: Start a learning plan in this directory.

                USAGE: upskill init [--hours-per-week <h>] [--force]

                OPTIONS:
                  -h, --hours-per-week <h>
                                          Hours a week to plan for.
                  --force                 Replace an existing plan.
                  --help                  Show help information.
                """
        )
        #expect(
            Self.formatter.help(for: SampleCommands.log) == """
                OVERVIEW: Show what you did, newest first.

                USAGE: upskill log [--since <date>] [--limit <n>] [<skill>]

                ARGUMENTS:
                  <skill>                 Only this skill.

                OPTIONS:
                  --since <date>          Only entries on or after this day.
                  -n, --limit <n>         At most this many entries.
                  -h, --help              Show help information.
                """
        )
    }

    @Test("root help, golden text")
    func rootHelp() {
        let expected = """
            OVERVIEW: Plan what to learn next, and track it.

            USAGE: upskill <subcommand> [options]

            OPTIONS:
              --version               Show the version.
              --color <when>          Colour: auto (on a terminal, unless NO_COLOR), always
                                      or never; any command.
              -h, --help              Show help information.

            SUBCOMMANDS:
              completions             Print a shell completion script.
              help                    Show help information for a subcommand.

            PLANNING SUBCOMMANDS:
              plan                    Plan the shortest learning path between roles.

            CATALOG SUBCOMMANDS:
              show, info              Show a skill: what it requires and how to learn it.
              roles                   List the roles.

            PROGRESS SUBCOMMANDS:
              done                    Mark skills as learnt.
              log                     Show what you did, newest first.
              note                    Attach a note to a skill.
              status                  Show where you are on your plan.
              init                    Start a learning plan in this directory.

              See 'upskill help <subcommand>' for detailed help.
            """
        #expect(Self.formatter.rootHelp(for: SampleCommands.all) == expected)
    }

    @Test("root help with a discussion, another program name and no groups")
    func rootHelpVariants() {
        let formatter = HelpFormatter(
            programName: "up", version: "1", abstract: "Learn.", discussion: "Line one.\n\n  Indented line.", width: 60
        )
        let commands = [CommandSpec("a", abstract: "Do a."), CommandSpec("bb", abstract: "Do b.", aliases: ["b"])]
        #expect(
            formatter.rootHelp(for: commands) == """
                OVERVIEW: Learn.

                Line one.

                  Indented line.

                USAGE: up <subcommand> [options]

                OPTIONS:
                  --version               Show the version.
                  --color <when>          Colour: auto (on a terminal,
                                          unless NO_COLOR), always or never;
                                          any command.
                  -h, --help              Show help information.

                SUBCOMMANDS:
                  a                       Do a.
                  bb, b                   Do b.

                  See 'up help <subcommand>' for detailed help.
                """
        )
    }

    @Test("every line fits the width, without trailing spaces", arguments: [50, 60, 80, 100])
    func fitsWidth(width: Int) {
        let formatter = Self.formatter(width: width)
        let texts = SampleCommands.all.map(formatter.help(for:)) + [formatter.rootHelp(for: SampleCommands.all)]
        for text in texts {
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(line.count <= width, "\(line)")
                #expect(line.last != " ", "\(line)")
            }
        }
    }

    @Test("a word longer than the room overflows on a line of its own instead of being broken")
    func longWord() {
        let word = String(repeating: "x", count: 50)
        let spec = CommandSpec("x", abstract: "X.", options: [.flag("y", help: "Short \(word) end.")])
        let lines = Self.formatter(width: 60).help(for: spec).split(separator: "\n")
        #expect(lines.contains("  --y                     Short"))
        #expect(lines.contains(Substring(String(repeating: " ", count: 26) + word)))
        #expect(lines.contains(Substring(String(repeating: " ", count: 26) + "end.")))
    }

    @Test("long help wraps with a hanging indent under the text column")
    func hangingIndent() {
        let spec = CommandSpec(
            "x", abstract: "X.",
            options: [OptionSpec("name", help: String(repeating: "word ", count: 30), valueName: "n")]
        )
        let lines = Self.formatter(width: 60).help(for: spec).split(separator: "\n").filter { $0.contains("word") }
        #expect(lines.count > 2)
        #expect(lines.first?.hasPrefix("  --name <n>              word") == true)
        for line in lines.dropFirst() {
            #expect(line.hasPrefix(String(repeating: " ", count: 26) + "word"))
        }
    }

    @Test("hidden options are left out of usage and help")
    func hiddenOptions() {
        let help = Self.formatter.help(for: SampleCommands.plan)
        #expect(!help.contains("debug-graph"))
        #expect(!Self.formatter.usage(for: SampleCommands.plan).contains("debug-graph"))
    }

    @Test("usage lines")
    func usageLines() {
        #expect(Self.formatter.usage(for: SampleCommands.show) == "upskill show [--format <format>] <skill>")
        #expect(Self.formatter.usage(for: SampleCommands.note) == "upskill note <skill> <text>")
        #expect(Self.formatter.usage(for: SampleCommands.status) == "upskill status")
        let optionalRest = CommandSpec(
            "x", abstract: "X.", arguments: [ArgumentSpec("files", help: "", isOptional: true, isRepeated: true)]
        )
        #expect(Self.formatter.usage(for: optionalRest) == "upskill x [<files> ...]")
    }

    @Test("what to print for each invocation")
    func textForInvocation() throws {
        let commands = SampleCommands.all
        let formatter = Self.formatter
        #expect(formatter.text(for: .version, commands: commands) == "upskill 1.2.0")
        #expect(formatter.text(for: .help(command: nil), commands: commands) == formatter.rootHelp(for: commands))
        #expect(
            formatter.text(for: .help(command: "plan"), commands: commands) == formatter.help(for: SampleCommands.plan))
        #expect(
            formatter.text(for: .help(command: "info"), commands: commands) == formatter.help(for: SampleCommands.show))
        #expect(formatter.text(for: .run(ParsedArguments(command: "status")), commands: commands) == nil)
        // `help` has help even when the table leaves it out.
        #expect(
            formatter.help(command: "help", in: [SampleCommands.plan]) == """
                OVERVIEW: Show help information for a subcommand.

                USAGE: upskill help [<subcommand>]

                ARGUMENTS:
                  <subcommand>            The subcommand to describe.

                OPTIONS:
                  -h, --help              Show help information.
                """
        )
        // End to end: what `help plan` and `plan --help` print.
        let viaHelp = try ArgumentParser.parse(["help", "plan"], commands: commands)
        let viaFlag = try ArgumentParser.parse(["plan", "--help"], commands: commands)
        #expect(formatter.text(for: viaHelp, commands: commands) == formatter.help(for: SampleCommands.plan))
        #expect(formatter.text(for: viaFlag, commands: commands) == formatter.help(for: SampleCommands.plan))
    }

    @Test("rendering is deterministic")
    func deterministic() {
        let first = Self.formatter.rootHelp(for: SampleCommands.all)
        let firstPlan = Self.formatter.help(for: SampleCommands.plan)
        for _ in 0..<10 {
            #expect(Self.formatter.rootHelp(for: SampleCommands.all) == first)
            #expect(Self.formatter.help(for: SampleCommands.plan) == firstPlan)
        }
    }
}
