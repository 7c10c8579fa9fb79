import Foundation
import Testing
@testable import UpskillCLI

/// The completion scripts of the built binary, in real shells: bash always, zsh and fish
/// when installed (`apt-get install zsh fish`).
@Suite("Shell completion (binary)")
struct CompletionBinaryTests {
    /// Every visible command, in table order.
    static let commandNames = CommandTable.all.map(\.name)

    /// The folder of the built `upskill`, for `PATH`.
    static let binaryFolder = UpskillBinary.url.deletingLastPathComponent().path

    /// The scripts the binary prints, generated once for the whole suite.
    static let scripts: [String: String] = {
        var scripts: [String: String] = [:]
        for shell in CompletionShell.allCases {
            if let result = try? UpskillBinary.run(["completions", shell.rawValue]), result.status == 0,
                result.stderr.isEmpty
            {
                scripts[shell.rawValue] = result.stdout
            }
        }
        return scripts
    }()

    /// The script for `shell` in a scratch file, for the syntax checks.
    static func script(_ shell: String) throws -> URL {
        try Shells.file(try #require(scripts[shell], "upskill completions \(shell) failed"), named: "upskill.\(shell)")
    }

    /// What the bash completion function offers for a command line whose last word is
    /// being completed (`""` for a new word).
    static func bashCompletions(_ words: [String]) throws -> [String] {
        let program = #"""
            eval "$1" || exit 3
            shift
            COMP_WORDS=("$@")
            COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            COMP_LINE="${COMP_WORDS[*]}"
            COMP_POINT=${#COMP_LINE}
            _upskill || exit 4
            printf '%s\n' "${COMPREPLY[@]}"
            """#
        let bash = try #require(Shells.bash)
        let script = try #require(scripts["bash"])
        let result = try Shells.run(bash, ["-c", program, "bash", script, UpskillBinary.url.path] + words)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test("bash -n accepts the bash script", .enabled(if: Shells.bash != nil))
    func bashSyntax() throws {
        let script = try Self.script("bash")
        defer { try? FileManager.default.removeItem(at: script.deletingLastPathComponent()) }
        let result = try Shells.run(try #require(Shells.bash), ["-n", script.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }

    @Test(
        "bash completes commands, flags, values and ids", .enabled(if: Shells.bash != nil),
        arguments: [
            (["sh"], ["show"]),
            (["s"], commandNames.filter { $0.hasPrefix("s") }),
            ([""], commandNames),
            (["--"], ["--help", "--version"]),
            (["help", "skil"], ["skills"]),
            (["completions", ""], ["bash", "zsh", "fish"]),
            (["plan", "--fo"], ["--format"]),
            (["plan", "--format", ""], ["text", "json", "markdown", "csv", "mermaid", "dot", "ics", "html"]),
            (["roles", "--format", ""], ["text", "json"]),
            (["plan", "--format", "=", "j"], ["json"]),
            (["plan", "--from", "data-"], ["data-engineer", "data-scientist"]),
            (["plan", "--from", "data-scientist", "--to", "mlops"], ["mlops-engineer"]),
            (["plan", "--know", "docker,kubernetes-o"], ["docker,kubernetes-operators"]),
            (["skills", "--category", "infra"], ["infrastructure"]),
            (["skills", "--search", ""], []),
            (["show", "--format", "json", "kubernetes-"], ["kubernetes-operators"]),
            (["show", "docker", ""], []),
            (["show", "--", "ml-e"], ["ml-engineer"]),
        ] as [([String], [String])])
    func bashCompletes(words: [String], expected: [String]) throws {
        #expect(try Self.bashCompletions(words) == expected)
    }

    @Test("bash offers kubernetes for 'upskill show kube'", .enabled(if: Shells.bash != nil))
    func bashShowKube() throws {
        let offered = try Self.bashCompletions(["show", "kube"])
        #expect(offered.contains("kubernetes"))
        #expect(offered.allSatisfy { $0.hasPrefix("kube") })
    }

    @Test("bash completes ids from the user's own curricula too", .enabled(if: Shells.bash != nil))
    func bashUserCurricula() throws {
        let home = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let folder = home.appendingPathComponent("curricula")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try #"{"curriculum": "acme", "title": "Acme", "skills": [{"id": "acme-platform", "name": "Acme platform", "hours": 6}]}"#
            .write(to: folder.appendingPathComponent("acme.json"), atomically: true, encoding: .utf8)
        let result = try UpskillBinary.run(["__complete", "skills", "--", "acme"], environment: ["UPSKILL_HOME": home.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "acme-platform\tAcme platform\n")
    }

    @Test("zsh -n accepts the zsh script, and compinit registers it", .enabled(if: Shells.zsh != nil))
    func zsh() throws {
        let zsh = try #require(Shells.zsh)
        let script = try Self.script("zsh")
        defer { try? FileManager.default.removeItem(at: script.deletingLastPathComponent()) }
        let syntax = try Shells.run(zsh, ["-n", script.path])
        #expect(syntax.status == 0, "\(syntax.stderr)")
        let loaded = try Shells.run(
            zsh, ["-f", "-c", #"autoload -Uz compinit && compinit -u -D && source "$1" && print -r -- $_comps[upskill]"#, "zsh", script.path])
        #expect(loaded.status == 0, "\(loaded.stderr)")
        #expect(loaded.stdout == "_upskill\n")
        #expect(loaded.stderr.isEmpty, "\(loaded.stderr)")
    }

    @Test(
        "fish accepts the fish script and completes with it", .enabled(if: Shells.fish != nil),
        arguments: [
            ("upskill sh", ["show"]),
            ("upskill show kube", ["kubeflow-pipelines", "kubernetes", "kubernetes-operators"]),
            ("upskill plan --format ", ["csv", "dot", "html", "ics", "json", "markdown", "mermaid", "text"]),
            ("upskill plan --to ml-", ["ml-engineer", "ml-platform-engineer"]),
            ("upskill completions ", ["bash", "fish", "zsh"]),
            ("upskill show docker ", []),
        ])
    func fish(line: String, expected: [String]) throws {
        let fish = try #require(Shells.fish)
        let script = try #require(Self.scripts["fish"])
        let result = try Shells.run(
            fish, ["--no-config", "-c", "echo $argv[1] | source; complete -C $argv[2]", script, line],
            environment: ["PATH": "\(Self.binaryFolder):/usr/bin:/bin", "XDG_CONFIG_HOME": NSTemporaryDirectory()])
        #expect(result.status == 0, "\(result.stderr)")
        let offered = result.stdout.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
        #expect(offered.sorted() == expected.sorted())
    }

    @Test("fish --no-execute accepts the fish script", .enabled(if: Shells.fish != nil))
    func fishSyntax() throws {
        let script = try Self.script("fish")
        defer { try? FileManager.default.removeItem(at: script.deletingLastPathComponent()) }
        let result = try Shells.run(try #require(Shells.fish), ["--no-execute", script.path])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("the scripts of an awkward table still parse in every installed shell")
    func awkwardTableParses() throws {
        for shell in CompletionShell.allCases {
            guard let executable = Shells.path(of: shell.rawValue) else { continue }
            let file = try Shells.file(shell.script(for: CompletionScriptTests.awkward), named: "awkward.\(shell)")
            defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
            let result = try Shells.run(executable, [shell == .fish ? "--no-execute" : "-n", file.path])
            #expect(result.status == 0, "\(shell): \(result.stderr)")
        }
    }
}
