import Testing
import UpskillPlanner
import UpskillTestSupport

@testable import UpskillCLI

/// Deterministic fuzzing (issue 16) of the argument parser and the commands' option
/// reading: random command lines from the real vocabulary end in a command, help, or a
/// usage or data error, never a trap. Commands are built, not run.
@Suite("Fuzz: command lines")
struct ArgumentFuzzTests {
    @Test("3,000 random command lines parse to a command or a typed error")
    func randomCommandLines() {
        var mutator = Mutator(seed: 616)
        let commands = CommandTable.parsed.map(\.name)
        var words = commands + ["--help", "-h", "help", "--version", "-", "--", "-o", "--format", "--from", "--to",
            "--hours-per-week", "--start", "--by", "--goal", "--know", "--avoid", "--order", "--budget", "--json",
            "--strict", "--no-builtin", "--curriculum", "--date", "--force", "--all", "--limit"]
        words += ["ml-engineer", "data-scientist", "docker", "0x10", "1e19", "-1", "0", "168.0001", "NaN", "9999-12-31",
            "2026-02-30", "10000-01-01", "90m", "2h30m", "99999999999h", "\u{1B}[2J", "\u{202E}", "", "=", "--from=x"]
        let environment = Environment(
            variables: ["UPSKILL_HOME": "/nonexistent-upskill-home"], currentDirectory: "/",
            today: CivilDate(year: 2026, month: 1, day: 5))
        var outcomes: [String: Int] = [:]
        for _ in 0..<3_000 {
            var argv: [String] = [commands[mutator.below(commands.count)]]
            for _ in 0..<mutator.below(7) {
                var word = words[mutator.below(words.count)]
                if mutator.below(8) == 0 {
                    word = String(decoding: mutator.mutate(Array(word.utf8)), as: UTF8.self)
                }
                argv.append(word)
            }
            if mutator.below(10) == 0 { argv.shuffle(using: &mutator) }
            do {
                let invocation = try ArgumentParser.parse(argv, commands: CommandTable.parsed)
                guard case .run(let parsed) = invocation, let command = CommandTable.command(named: parsed.command)
                else {
                    outcomes["help", default: 0] += 1
                    continue
                }
                do throws(CLIError) {
                    _ = try command.init(parsed, environment: environment)
                    outcomes["command", default: 0] += 1
                } catch {
                    #expect(!error.lines.isEmpty)
                    outcomes["option error", default: 0] += 1
                }
            } catch {
                outcomes["usage error", default: 0] += 1
            }
        }
        #expect(outcomes.values.reduce(0, +) == 3_000)
        #expect(outcomes["command", default: 0] > 0 && outcomes["usage error", default: 0] > 0, "\(outcomes)")
    }
}

extension Mutator: RandomNumberGenerator {
    public mutating func next() -> UInt64 { UInt64(below(Int.max)) }
}
