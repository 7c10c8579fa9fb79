/// Consistency checks for a command table, for a test to run over the real one.
///
/// The parser copes with any table, but some tables cannot mean what their author
/// intended: two commands with one name, a required argument after an optional one, an
/// example that does not parse or runs another command. ``problems(in:)`` lists them.
package enum CommandSpecLint {
    /// One sentence per problem found in `commands`, in table order; empty when the
    /// table is consistent.
    package static func problems(in commands: [CommandSpec]) -> [String] {
        var problems: [String] = []
        var seenWords: Set<String> = []
        for command in commands {
            for word in [command.name] + command.aliases {
                if !isWord(word) {
                    problems.append("command name '\(word)' must be a non-empty word not starting with '-'")
                }
                if !seenWords.insert(word).inserted {
                    problems.append("command name '\(word)' is used twice")
                }
            }
            if command.aliases.contains(CommandSpec.help.name) {
                problems.append("'\(command.name)' may not take the alias 'help', which the parser reserves")
            }
            if command.name == CommandSpec.help.name, !command.options.isEmpty {
                problems.append("'help' is parsed by the parser itself and cannot have options")
            }
            problems += self.problems(in: command).map { "'\(command.name)': \($0)" }
        }
        for command in commands {
            for example in command.examples {
                do {
                    let invocation = try ArgumentParser.parse(example.arguments, commands: commands)
                    if case .run(let parsed) = invocation, parsed.command != command.name {
                        problems.append(
                            "'\(command.name)': example '\(example.commandLine)' runs '\(parsed.command)' instead")
                    }
                } catch {
                    problems.append("'\(command.name)': example '\(example.commandLine)' fails: \(error.message)")
                }
            }
        }
        return problems
    }

    private static func problems(in command: CommandSpec) -> [String] {
        var problems: [String] = []
        if command.abstract.isEmpty || command.abstract.contains("\n") {
            problems.append("the abstract must be one non-empty line")
        }
        var longNames: Set<String> = ["help"]
        var shortNames: Set<Character> = []
        for option in command.options {
            if !isWord(option.name) || option.name.contains("=") {
                problems.append("option name '\(option.name)' must be a word without '=' not starting with '-'")
            }
            if !longNames.insert(option.name).inserted {
                problems.append("option '--\(option.name)' is declared twice or clashes with '--help'")
            }
            if let short = option.short {
                if short == "-" || short == "=" || short.isWhitespace {
                    problems.append("option '--\(option.name)' has an invalid short name '\(short)'")
                }
                if !shortNames.insert(short).inserted {
                    problems.append("short name '-\(short)' is used twice")
                }
            }
            if option.kind == .flag, option.allowedValues != nil || option.defaultValue != nil {
                problems.append("flag '--\(option.name)' cannot have allowed or default values")
            }
            if let allowed = option.allowedValues {
                if allowed.isEmpty { problems.append("option '--\(option.name)' allows no value at all") }
                if option.kind == .list, allowed.contains(where: { $0.contains(",") || $0.isEmpty }) {
                    problems.append("list option '--\(option.name)' allows a value no list item can be")
                }
            }
        }
        var argumentNames: Set<String> = []
        var sawOptional = false
        for (index, argument) in command.arguments.enumerated() {
            if !argumentNames.insert(argument.name).inserted {
                problems.append("argument '<\(argument.name)>' is declared twice")
            }
            if argument.isRepeated, index != command.arguments.count - 1 {
                problems.append("repeated argument '<\(argument.name)>' must be the last one")
            }
            if sawOptional, !argument.isOptional {
                problems.append("required argument '<\(argument.name)>' follows an optional one")
            }
            if argument.allowedValues?.isEmpty == true {
                problems.append("argument '<\(argument.name)>' allows no value at all")
            }
            sawOptional = sawOptional || argument.isOptional
        }
        return problems
    }

    private static func isWord(_ word: String) -> Bool {
        !word.isEmpty && !word.hasPrefix("-") && !word.contains(where: \.isWhitespace)
    }
}
