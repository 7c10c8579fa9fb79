import Testing
@testable import UpskillCLI

/// upskill's own command table: consistent, documented, and every listing scriptable.
@Suite("The upskill command table")
struct UpskillCommandTableTests {
    @Test("the table is consistent and every example parses and runs its own command")
    func lintIsClean() {
        #expect(CommandSpecLint.problems(in: CommandTable.all) == [])
        #expect(CommandSpecLint.problems(in: CommandTable.parsed) == [])
    }

    @Test("every visible command has a one-sentence abstract and an example")
    func documented() {
        for command in CommandTable.all {
            #expect(!command.examples.isEmpty, "'\(command.name)' has no example")
            #expect(command.abstract.hasSuffix("."), "'\(command.name)': the abstract is not a sentence")
        }
    }

    @Test(
        "every listing command takes --format text|json",
        arguments: ["plan", "roles", "skills", "show", "plugins", "next", "status", "history"])
    func listingsTakeFormat(name: String) throws {
        let command = try #require(CommandTable.all.first { $0.name == name })
        let formats = try #require(command.option(named: "format")?.allowedValues)
        #expect(formats.prefix(2) == ["text", "json"])
    }

    @Test("plan and export take every roadmap format and -o", arguments: ["plan", "export"])
    func roadmapsTakeFormats(name: String) throws {
        let command = try #require(CommandTable.all.first { $0.name == name })
        #expect(command.option(named: "format")?.allowedValues == ["text", "json", "markdown", "csv", "mermaid", "dot", "ics", "html"])
        #expect(command.option(short: "o")?.name == "output")
    }

    @Test("hidden commands parse but are left out of the help and the table")
    func hidden() throws {
        #expect(!CommandTable.all.contains { $0.name == "__complete" })
        let root = CommandTable.helpFormatter(width: 80).rootHelp(for: CommandTable.all)
        #expect(!root.contains("__complete"))
        #expect(root.contains("OTHER SUBCOMMANDS:\n  completions"))
        let invocation = try ArgumentParser.parse(["__complete", "skills", "--", "-x"], commands: CommandTable.parsed)
        #expect(
            invocation
                == .run(
                    ParsedArguments(
                        command: "__complete", arguments: ["skills", "-x"],
                        argumentsByName: ["source": ["skills"], "prefix": ["-x"]])))
    }

    @Test("every command type is registered under its own name")
    func registered() {
        for command in CommandTable.all where command.name != "help" {
            #expect(CommandTable.command(named: command.name)?.spec == command)
        }
        #expect(CommandTable.command(named: "__complete") != nil)
        #expect(CommandTable.command(named: "help") == nil)
        // The lookup by name (a switch) finds each type of the table, and nothing else.
        for type in CommandTable.commands + CommandTable.hiddenCommands {
            #expect(CommandTable.command(named: type.spec.name).map(ObjectIdentifier.init) == ObjectIdentifier(type))
        }
        for word in ["Next", "nex", "", "--version", "dashboard"] {
            #expect(CommandTable.command(named: word) == nil, "'\(word)'")
        }
    }

    @Test(
        "a command parses against its own spec as against the whole table",
        arguments: [
            ["next"], ["next", "--limit", "2", "--format", "json"], ["next", "--limt", "2"], ["next", "extra"],
            ["status", "--help"], ["plan", "--from", "data-scientist", "--to"], ["done", "git", "--date", "2026-01-01"],
            ["__complete", "skills", "--", "-x"], ["roles", "-h"], ["log", "linux-shell", "3h", "--format=json"],
        ])
    func parsesAlone(argv: [String]) throws {
        let type = try #require(CommandTable.command(named: argv[0]))
        func parse(_ table: [CommandSpec]) -> String {
            do {
                return "\(try ArgumentParser.parse(argv, commands: table))"
            } catch {
                return error.rendered(programName: "upskill")
            }
        }
        #expect(parse([type.spec]) == parse(CommandTable.parsed))
    }
}
