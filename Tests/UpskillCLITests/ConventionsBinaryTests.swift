import Foundation
import Testing
@testable import UpskillCLI

/// The conventions every command keeps, through the built binary: help on stdout with
/// exit 0, usage errors on stderr with exit 64 and a suggestion, no escape codes when
/// piped or with NO_COLOR, the width of COLUMNS, JSON for every listing, and no catalog
/// loaded by commands that do not need it.
@Suite("Command-line conventions (binary)")
struct ConventionsBinaryTests {
    static let commandNames = CommandTable.all.map(\.name)

    @Test("bare upskill without a saved goal: two lines, the way to start and to the help")
    func bareWithoutGoal() throws {
        let result = try UpskillBinary.run([])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(
            result.stdout
                == "No goal saved yet. Start with: upskill init --from data-scientist --to ml-engineer\nSee every command: upskill help\n"
        )
    }

    @Test("the root help: help, --help and -h", arguments: [["help"], ["--help"], ["-h"]])
    func rootHelp(argv: [String]) throws {
        let result = try UpskillBinary.run(argv)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("OVERVIEW: "))
        #expect(result.stdout.contains("\nUSAGE: upskill <subcommand> [options]\n"))
        for name in Self.commandNames {
            #expect(result.stdout.contains("\n  \(name) "), "the root help does not list \(name)")
        }
        #expect(!result.stdout.contains("__complete"))
    }

    @Test("each command's help, three ways, the same text", arguments: commandNames)
    func commandHelp(name: String) throws {
        let long = try UpskillBinary.run([name, "--help"])
        #expect(long.status == 0)
        #expect(long.stderr.isEmpty)
        #expect(long.stdout.hasPrefix("OVERVIEW: "))
        #expect(long.stdout.contains("\nUSAGE: upskill \(name)"))
        #expect(long.stdout.contains("\nOPTIONS:\n"))
        #expect(long.stdout.contains("\nEXAMPLES:\n  upskill \(name)"))
        let viaHelp = try UpskillBinary.run(["help", name])
        #expect(viaHelp.status == 0)
        #expect(viaHelp.stdout == long.stdout)
        let short = try UpskillBinary.run([name, "-h"])
        #expect(short.stdout == long.stdout)
    }

    @Test("--version prints the version and nothing else")
    func version() throws {
        let result = try UpskillBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "upskill \(CommandTable.version)\n")
        #expect(result.stderr.isEmpty)
    }

    @Test(
        "usage errors exit 64 with one sentence, a suggestion and a pointer to --help",
        arguments: [
            (["shwo", "docker"], "error: unknown command 'shwo'; did you mean 'show'?\nRun 'upskill --help' for usage.\n"),
            (["roles", "--formt", "json"],
             "error: unknown option '--formt' for 'roles'; did you mean '--format'?\nRun 'upskill roles --help' for usage.\n"),
            (["show", "dokcer"], "error: unknown skill or role 'dokcer'; did you mean 'docker'?\nRun 'upskill show --help' for usage.\n"),
            (["show", "data-scientst"],
             "error: unknown skill or role 'data-scientst'; did you mean 'data-scientist'?\nRun 'upskill show --help' for usage.\n"),
            (["skills", "--format", "yaml"],
             "error: invalid value 'yaml' for '--format' (expected one of: text, json)\nRun 'upskill skills --help' for usage.\n"),
            (["completions", "tcsh"],
             "error: invalid value 'tcsh' for '<shell>' (expected one of: bash, zsh, fish)\nRun 'upskill completions --help' for usage.\n"),
            (["help", "rols"], "error: unknown command 'rols'; did you mean 'roles'?\nRun 'upskill --help' for usage.\n"),
        ] as [([String], String)])
    func usageErrors(argv: [String], stderr: String) throws {
        let result = try UpskillBinary.run(argv)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == stderr)
    }

    @Test("--format json parses for every listing command", arguments: [
        ["roles"], ["skills"], ["skills", "--search", "kube"], ["show", "docker"], ["show", "ml-engineer"],
    ])
    func json(argv: [String]) throws {
        let result = try UpskillBinary.run(argv + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let value = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        if argv[0] == "show" {
            #expect((value as? [String: Any])?["id"] as? String == argv[1])
        } else {
            #expect((value as? [[String: Any]])?.isEmpty == false)
        }
    }

    @Test("piped: no escape codes and no Unicode decoration, with or without NO_COLOR", arguments: [
        ["roles"], ["skills"], ["show", "kubernetes"], ["show", "ml-engineer"],
    ])
    func piped(argv: [String]) throws {
        for environment in argv == ["roles"] ? [[:], ["NO_COLOR": "1"], ["TERM": "dumb"]] : [[:]] {
            let result = try UpskillBinary.run(argv, environment: environment)
            #expect(result.status == 0)
            #expect(!result.stdout.contains("\u{1B}"))
            #expect(result.stdout.unicodeScalars.allSatisfy { $0.isASCII })
        }
    }

    @Test("on a terminal: colour unless NO_COLOR or TERM=dumb; Unicode either way", .enabled(if: Shells.script != nil))
    func terminal() throws {
        let script = try #require(Shells.script)
        func onTerminal(_ environment: [String: String]) throws -> String {
            let command = "\(UpskillBinary.url.path) show mlops-engineer"
            let result = try Shells.run(script, ["-qec", command, "/dev/null"], environment: environment)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout
        }
        let coloured = try onTerminal(["TERM": "xterm"])
        #expect(coloured.contains("\u{1B}[1mmlops-engineer: MLOps engineer\u{1B}[0m"))
        #expect(coloured.contains("└── software-engineer (role)"))
        let noColor = try onTerminal(["TERM": "xterm", "NO_COLOR": "1"])
        #expect(!noColor.contains("\u{1B}["))
        #expect(noColor.contains("└── software-engineer (role)"))
        #expect(!(try onTerminal(["TERM": "dumb"])).contains("\u{1B}["))
    }

    @Test("output follows COLUMNS, 80 without it", arguments: [nil, "50", "72", "120"] as [String?])
    func columns(columns: String?) throws {
        let environment = columns.map { ["COLUMNS": $0] } ?? [:]
        let width = columns.flatMap(Int.init) ?? 80
        // Ids are never cut: the role tree, with 30-character ids under two levels of
        // branches, needs 59 columns.
        let narrowest = [["show", "ml-engineer"]: 59]
        for argv in [["roles"], ["show", "docker"], ["show", "ml-engineer"], ["help"], ["plan", "--help"]] {
            let result = try UpskillBinary.run(argv, environment: environment)
            #expect(result.status == 0)
            let lines = result.stdout.split(separator: "\n")
            let limit = max(width, narrowest[argv] ?? 0)
            let over = lines.filter { $0.count > limit && !$0.contains("https://") }
            #expect(over.isEmpty, "\(argv) at \(width): \(over)")
        }
        // The skills table in full, and at its narrowest (ids whole, names and categories
        // cut to 10 characters).
        let list = try #require(
            try JSONSerialization.jsonObject(with: Data(UpskillBinary.run(["skills", "--format", "json"]).stdout.utf8))
                as? [[String: Any]])
        func longest(_ key: String) -> Int { list.map { ($0[key] as? String ?? "").count }.max() ?? 0 }
        let full = longest("id") + 2 + longest("name") + 2 + 5 + 2 + longest("category")
        let narrowestSkills = longest("id") + 2 + 10 + 2 + 5 + 2 + 10
        let skills = try UpskillBinary.run(["skills"], environment: environment)
        #expect(skills.stdout.split(separator: "\n").allSatisfy { $0.count <= max(width, narrowestSkills) })
        #expect(skills.stdout.contains("...") == (width < full))
    }

    @Test("help, --version and completions do not load the catalog: a broken curriculum does not stop them")
    func noEagerWork() throws {
        let home = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let folder = home.appendingPathComponent("curricula")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "{ not json".write(to: folder.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        let environment = ["UPSKILL_HOME": home.path]
        // A broken file of the user's folder is left out of commands that load the catalog…
        let roles = try UpskillBinary.run(["roles"], environment: environment)
        #expect(roles.status == 0)
        #expect(roles.stderr.hasPrefix("warning: left out \(folder.path)/broken.json: "))
        // … and stops them with --strict.
        #expect(try UpskillBinary.run(["roles", "--strict"], environment: environment).status == 65)
        for argv in [[], ["help"], ["--version"], ["roles", "--help"], ["help", "show"], ["completions", "bash"], ["completions", "zsh"]] {
            let result = try UpskillBinary.run(argv, environment: environment)
            #expect(result.status == 0, "\(argv): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(argv)")
        }
    }

    @Test(
        "A write to standard output that fails (a full disk) exits 74 and says so, rather than a truncated success",
        .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func failedWrite() throws {
        let result = try UpskillBinary.runWritingToFullDevice(["roles"])
        #expect(result.status == 74)
        #expect(result.stderr == "upskill: error: cannot write to standard output: No space left on device\n")
    }
}
