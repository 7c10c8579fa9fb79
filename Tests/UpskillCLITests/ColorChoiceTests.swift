import Testing
@testable import UpskillCLI

/// `--color auto|always|never`, taken by any command anywhere before `--`.
@Suite("--color")
struct ColorChoiceTests {
    typealias H = CommandLineHarness

    @Test(
        "It is taken out of the command line wherever it stands before --",
        arguments: [
            (["--color", "never", "show", "docker"], ColorChoice.never, ["show", "docker"]),
            (["show", "docker", "--color=always"], .always, ["show", "docker"]),
            (["show", "--color=AUTO", "docker", "--", "--color=never"], .auto, ["show", "docker", "--", "--color=never"]),
            (["show", "docker"], nil, ["show", "docker"]),
        ] as [([String], ColorChoice?, [String])])
    func extract(argv: [String], choice: ColorChoice?, rest: [String]) throws {
        let result = try ColorChoice.extract(from: argv)
        #expect(result.choice == choice)
        #expect(result.rest == rest)
    }

    @Test("A missing or unknown value is a usage error naming the three", arguments: [["--color"], ["--color=sometimes", "roles"], ["--color", "--help"]])
    func refused(argv: [String]) {
        let result = H.run(argv)
        #expect(result.status == .usage)
        #expect(result.stderr.contains("(expected one of: auto, always, never)"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("always colours a pipe, never leaves a terminal plain, auto follows the terminal")
    func colours() {
        #expect(H.run(["show", "docker", "--color=always"]).stdout.contains("\u{1B}[1m"))
        #expect(!H.run(["show", "docker"]).stdout.contains("\u{1B}["))
        #expect(!H.run(["show", "docker", "--color", "never"], terminal: true).stdout.contains("\u{1B}["))
        #expect(H.run(["show", "docker", "--color=auto"], terminal: true).stdout.contains("\u{1B}[1m"))
        // Only colour: a pipe stays ASCII.
        #expect(H.run(["show", "docker", "--color=always"]).stdout.unicodeScalars.allSatisfy { $0.isASCII || $0 == "\u{1B}" })
    }
}
