import Testing
import UpskillCLI

@Suite("ArgumentParser: usage errors")
struct UsageErrorTests {
    static let cases: [ErrorCase] = [
        // Unknown commands, with the closest command suggested.
        ErrorCase(["pln"], .unknownCommand, "unknown command 'pln'; did you mean 'plan'?", command: nil),
        ErrorCase(["stauts"], .unknownCommand, "unknown command 'stauts'; did you mean 'status'?", command: nil),
        ErrorCase(["hlep"], .unknownCommand, "unknown command 'hlep'; did you mean 'help'?", command: nil),
        ErrorCase(["frobnicate"], .unknownCommand, "unknown command 'frobnicate'", command: nil),
        ErrorCase([""], .unknownCommand, "unknown command ''", command: nil),
        ErrorCase(["help", "shw"], .unknownCommand, "unknown command 'shw'; did you mean 'show'?", command: nil),
        // Unknown options, with the closest long option of that command suggested.
        ErrorCase(["--verison"], .unknownOption, "unknown option '--verison'; did you mean '--version'?", command: nil),
        ErrorCase(["--format", "json"], .unknownOption, "unknown option '--format'", command: nil),
        ErrorCase(
            ["plan", "--hours", "3"], .unknownOption,
            "unknown option '--hours' for 'plan'; did you mean '--hours-per-week'?", command: "plan"
        ),
        ErrorCase(
            ["plan", "--hours-per-weak=3"], .unknownOption,
            "unknown option '--hours-per-weak' for 'plan'; did you mean '--hours-per-week'?", command: "plan"
        ),
        ErrorCase(
            ["plan", "--too", "x"], .unknownOption, "unknown option '--too' for 'plan'; did you mean '--to'?",
            command: "plan"),
        ErrorCase(
            ["plan", "--Format=json"], .unknownOption, "unknown option '--Format' for 'plan'; did you mean '--format'?",
            command: "plan"),
        ErrorCase(
            ["plan", "-from", "x"], .unknownOption, "unknown option '-from' for 'plan'; did you mean '--from'?",
            command: "plan"),
        ErrorCase(
            ["plan", "-t", "x"], .unknownOption, "unknown option '-t' for 'plan'; did you mean '--to'?", command: "plan"
        ),
        ErrorCase(["plan", "-x"], .unknownOption, "unknown option '-x' for 'plan'", command: "plan"),
        ErrorCase(["plan", "-fk", "json"], .unknownOption, "unknown option '-fk' for 'plan'", command: "plan"),
        ErrorCase(
            ["plan", "--hlep"], .unknownOption, "unknown option '--hlep' for 'plan'; did you mean '--help'?",
            command: "plan"),
        ErrorCase(
            ["plan", "--debug-grph"], .unknownOption, "unknown option '--debug-grph' for 'plan'", command: "plan"),
        ErrorCase(["plan", "--version"], .unknownOption, "unknown option '--version' for 'plan'", command: "plan"),
        ErrorCase(["plan", "--=x"], .unknownOption, "unknown option '--' for 'plan'", command: "plan"),
        ErrorCase(["status", "-5"], .unknownOption, "unknown option '-5' for 'status'", command: "status"),
        ErrorCase(["help", "--all"], .unknownOption, "unknown option '--all' for 'help'", command: "help"),
        // Missing values: at the end, before an option, before a value that looks like one.
        ErrorCase(["plan", "--to"], .missingValue, "missing value for '--to <role>'", command: "plan"),
        ErrorCase(["plan", "-f"], .missingValue, "missing value for '--format <format>'", command: "plan"),
        ErrorCase(
            ["plan", "--to", "--from", "a"], .missingValue, "missing value for '--to <role>' before '--from'",
            command: "plan"
        ),
        ErrorCase(
            ["plan", "--to", "-k", "a"], .missingValue, "missing value for '--to <role>' before '-k'", command: "plan"),
        ErrorCase(
            ["plan", "--to", "--", "a"], .missingValue, "missing value for '--to <role>' before '--'", command: "plan"),
        ErrorCase(
            ["plan", "--hours-per-week", "-5"], .missingValue,
            "missing value for '--hours-per-week <h>'; to pass '-5' as the value, write '--hours-per-week=-5'",
            command: "plan"
        ),
        // Values given to flags.
        ErrorCase(
            ["done", "git", "--force=yes"], .unexpectedValue,
            "flag '--force' takes no value; write '--force' rather than '--force=yes'", command: "done"
        ),
        ErrorCase(
            ["done", "git", "--force="], .unexpectedValue,
            "flag '--force' takes no value; write '--force' rather than '--force='", command: "done"
        ),
        ErrorCase(
            ["plan", "--help=yes"], .unexpectedValue,
            "flag '--help' takes no value; write '--help' rather than '--help=yes'", command: "plan"
        ),
        // Missing required positionals.
        ErrorCase(["show"], .missingArgument, "missing argument '<skill>' for 'show'", command: "show"),
        ErrorCase(
            ["show", "--format", "json"], .missingArgument, "missing argument '<skill>' for 'show'", command: "show"),
        ErrorCase(["done", "--force"], .missingArgument, "missing argument '<skills>' for 'done'", command: "done"),
        ErrorCase(["note", "rust"], .missingArgument, "missing argument '<text>' for 'note'", command: "note"),
        ErrorCase(
            ["completions"], .missingArgument, "missing argument '<shell>' for 'completions'", command: "completions"),
        // Too many positionals.
        ErrorCase(
            ["show", "rust", "go"], .unexpectedArgument, "unexpected argument 'go'; 'show' takes only <skill>",
            command: "show"),
        ErrorCase(
            ["status", "now"], .unexpectedArgument, "unexpected argument 'now'; 'status' takes no arguments",
            command: "status"),
        ErrorCase(
            ["log", "a", "b"], .unexpectedArgument, "unexpected argument 'b'; 'log' takes only [<skill>]",
            command: "log"),
        ErrorCase(
            ["note", "a", "b", "c"], .unexpectedArgument, "unexpected argument 'c'; 'note' takes only <skill> <text>",
            command: "note"
        ),
        ErrorCase(
            ["help", "plan", "show"], .unexpectedArgument,
            "unexpected argument 'show'; 'help' takes only [<subcommand>]", command: "help"
        ),
        ErrorCase(
            ["--version", "plan"], .unexpectedArgument, "unexpected argument 'plan' after '--version'", command: nil),
        // Values outside the allowed ones.
        ErrorCase(
            ["plan", "--format", "jsn"], .invalidValue,
            "invalid value 'jsn' for '--format' (expected one of: text, json); did you mean 'json'?", command: "plan"
        ),
        ErrorCase(
            ["plan", "-f=JSON"], .invalidValue,
            "invalid value 'JSON' for '--format' (expected one of: text, json); did you mean 'json'?", command: "plan"
        ),
        ErrorCase(
            ["plan", "--format", "yaml"], .invalidValue,
            "invalid value 'yaml' for '--format' (expected one of: text, json)",
            command: "plan"
        ),
        ErrorCase(
            ["completions", "zhs"], .invalidValue,
            "invalid value 'zhs' for '<shell>' (expected one of: bash, zsh, fish); did you mean 'zsh'?",
            command: "completions"
        ),
        ErrorCase(
            ["completions", "tcsh"], .invalidValue,
            "invalid value 'tcsh' for '<shell>' (expected one of: bash, zsh, fish)",
            command: "completions"
        ),
        // A single-value option given twice.
        ErrorCase(
            ["plan", "--format", "json", "--format", "text"], .duplicateOption,
            "option '--format' given twice; it takes a single value", command: "plan"
        ),
        ErrorCase(
            ["plan", "-f", "json", "--format=json"], .duplicateOption,
            "option '--format' given twice; it takes a single value", command: "plan"
        ),
        ErrorCase(
            ["log", "--since", "a", "--since"], .duplicateOption,
            "option '--since' given twice; it takes a single value",
            command: "log"
        ),
        // Empty list items.
        ErrorCase(
            ["plan", "--know", "a,,b"], .emptyListItem,
            "empty item in 'a,,b' for '--know'; separate items with single commas", command: "plan"
        ),
        ErrorCase(
            ["plan", "--know=a,"], .emptyListItem, "empty item in 'a,' for '--know'; separate items with single commas",
            command: "plan"
        ),
        ErrorCase(
            ["plan", "--know="], .emptyListItem, "empty value for '--know'; give at least one item", command: "plan"),
        ErrorCase(
            ["plan", "-k", ""], .emptyListItem, "empty value for '--know'; give at least one item", command: "plan"),
    ]

    @Test("rejects", arguments: cases)
    func rejects(_ testCase: ErrorCase) {
        #expect {
            try ArgumentParser.parse(testCase.argv, commands: SampleCommands.all)
        } throws: { error in
            guard let error = error as? UsageError else { return false }
            #expect(error.message == testCase.message)
            #expect(error.kind == testCase.kind)
            #expect(error.command == testCase.command)
            return true
        }
    }

    @Test("the suggestion and token are exposed")
    func suggestionAndToken() {
        do {
            _ = try ArgumentParser.parse(["plan", "--hours=3"], commands: SampleCommands.all)
            Issue.record("expected an error")
        } catch {
            #expect(error.token == "--hours")
            #expect(error.suggestion == "--hours-per-week")
        }
        do {
            _ = try ArgumentParser.parse(["pln"], commands: SampleCommands.all)
            Issue.record("expected an error")
        } catch {
            #expect(error.token == "pln")
            #expect(error.suggestion == "plan")
        }
    }

    @Test("renders with a hint naming the command's help")
    func rendered() {
        let inCommand = UsageError(
            kind: .unknownOption, message: "unknown option '--x' for 'plan'", command: "plan", token: "--x"
        )
        #expect(
            inCommand.rendered(programName: "upskill")
                == "error: unknown option '--x' for 'plan'\nRun 'upskill plan --help' for usage."
        )
        let topLevel = UsageError(kind: .unknownCommand, message: "unknown command 'x'", command: nil, token: "x")
        #expect(
            topLevel.rendered(programName: "upskill") == "error: unknown command 'x'\nRun 'upskill --help' for usage.")
        #expect(topLevel.description == "unknown command 'x'")
        #expect(UsageError.exitCode == 64)
    }
}

extension UsageErrorTests {
    /// A command line that must fail, and exactly how.
    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var argv: [String]
        var kind: UsageError.Kind
        var message: String
        var command: String?
        var testDescription: String { argv.isEmpty ? "(nothing)" : argv.joined(separator: " ") }

        init(_ argv: [String], _ kind: UsageError.Kind, _ message: String, command: String?) {
            self.argv = argv
            self.kind = kind
            self.message = message
            self.command = command
        }
    }
}
