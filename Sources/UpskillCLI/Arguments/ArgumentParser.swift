import UpskillCurriculum

/// Turns a command line into an ``Invocation`` using a table of ``CommandSpec``s.
///
/// A pure function of its input: no I/O and no global state. The syntax follows
/// swift-argument-parser and git:
///
/// - `upskill <command> [options and arguments]`; options may come before, between or
///   after the positional arguments.
/// - `--name value` and `--name=value` (split at the first `=`); `-s value` and
///   `-s=value` for a short name. No short-option clusters.
/// - A value taken from the next argument may not start with `-` (so a forgotten value
///   is caught), except `-` alone (the stdin convention); write `--name=-x` instead.
/// - `--` ends the options: everything after it is positional, even `--foo`.
/// - `-h`/`--help` anywhere before `--` asks for the command's help; `help`, `help
///   <command>`, `--help`, `-h` and no arguments at all ask for help at the top level,
///   and `--version` for the version.
package enum ArgumentParser {
    /// Parses `argv` (without the program name) against `commands`.
    /// - Throws: ``UsageError`` when the command line does not fit the table.
    package static func parse(_ argv: [String], commands: [CommandSpec]) throws(UsageError) -> Invocation {
        guard let first = argv.first else { return .help(command: nil) }
        let rest = Array(argv.dropFirst())
        switch first {
        case "--version":
            if let extra = rest.first {
                throw UsageError(
                    kind: .unexpectedArgument, message: "unexpected argument '\(extra)' after '--version'",
                    command: nil, token: extra
                )
            }
            return .version
        case "-h", "--help", CommandSpec.help.name:
            return try parseHelp(rest, commands: commands)
        default:
            break
        }
        if isOptionLike(first) {
            let (written, _) = splitInline(first)
            throw unknownOption(written, command: nil, candidates: ["help", "version"])
        }
        guard let spec = command(named: first, in: commands) else {
            throw unknownCommand(first, commands: commands)
        }
        return try parseCommand(spec, arguments: rest)
    }

    /// The command called `word` or with `word` among its aliases; names win over aliases.
    package static func command(named word: String, in commands: [CommandSpec]) -> CommandSpec? {
        commands.first { $0.name == word } ?? commands.first { $0.aliases.contains(word) }
    }

    // MARK: - Help

    /// `help [<subcommand>]`, also reached through a leading `-h` or `--help`.
    private static func parseHelp(_ arguments: [String], commands: [CommandSpec]) throws(UsageError) -> Invocation {
        let helpName = CommandSpec.help.name
        var positionals: [String] = []
        var asksForHelpOfHelp = false
        var optionsEnded = false
        for token in arguments {
            if !optionsEnded, token == "--" {
                optionsEnded = true
            } else if !optionsEnded, token == "-h" || token == "--help" {
                asksForHelpOfHelp = true
            } else if !optionsEnded, isOptionLike(token) {
                let (written, _) = splitInline(token)
                throw unknownOption(written, command: helpName, candidates: ["help"])
            } else {
                positionals.append(token)
            }
        }
        guard let target = positionals.first else {
            return .help(command: asksForHelpOfHelp ? helpName : nil)
        }
        if positionals.count > 1 {
            let extra = positionals[1]
            let helpUsage = CommandSpec.help.arguments.map(\.usage).joined(separator: " ")
            throw UsageError(
                kind: .unexpectedArgument,
                message: "unexpected argument '\(extra)'; '\(helpName)' takes only \(helpUsage)",
                command: helpName, token: extra
            )
        }
        if target == helpName { return .help(command: helpName) }
        guard let spec = command(named: target, in: commands) else {
            throw unknownCommand(target, commands: commands)
        }
        return .help(command: spec.name)
    }

    // MARK: - Commands

    private static func parseCommand(_ spec: CommandSpec, arguments: [String]) throws(UsageError) -> Invocation {
        // Help wins over everything else before `--`, so a half-typed command can still ask.
        for token in arguments {
            if token == "--" { break }
            if isHelp(token, for: spec) { return .help(command: spec.name) }
        }

        var positionals: [String] = []
        var options: [String: [String]] = [:]
        var flags: Set<String> = []
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let token = arguments[index]
            index += 1
            if optionsEnded || !isOptionLike(token) {
                positionals.append(token)
                continue
            }
            if token == "--" {
                optionsEnded = true
                continue
            }
            let (written, inline) = splitInline(token)
            guard let option = option(written: written, in: spec) else {
                if let inline, isHelp(written, for: spec) {
                    throw flagGivenValue(written: written, value: inline, command: spec.name)
                }
                let candidates = spec.options.filter { !$0.isHidden }.map(\.name) + ["help"]
                throw unknownOption(written, command: spec.name, candidates: candidates)
            }
            if option.kind == .flag {
                if let inline { throw flagGivenValue(written: written, value: inline, command: spec.name) }
                flags.insert(option.name)
                continue
            }
            if option.kind == .value, options[option.name] != nil {
                throw UsageError(
                    kind: .duplicateOption,
                    message: "option '\(option.longFlag)' given twice; it takes a single value",
                    command: spec.name, token: written
                )
            }
            let value: String
            if let inline {
                value = inline
            } else if index < arguments.count, !isOptionLike(arguments[index]) {
                value = arguments[index]
                index += 1
            } else {
                throw missingValue(option, written: written, next: arguments[index...].first, in: spec)
            }
            let items: [String]
            if option.kind == .list {
                items = value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                if items.contains(where: \.isEmpty) {
                    let message =
                        value.isEmpty
                        ? "empty value for '\(option.longFlag)'; give at least one item"
                        : "empty item in '\(value)' for '\(option.longFlag)'; separate items with single commas"
                    throw UsageError(kind: .emptyListItem, message: message, command: spec.name, token: value)
                }
            } else {
                items = [value]
            }
            for item in items {
                try check(item, allowedValues: option.allowedValues, for: option.longFlag, command: spec.name)
            }
            options[option.name, default: []].append(contentsOf: items)
        }

        let argumentsByName = try bind(positionals, to: spec)
        return .run(
            ParsedArguments(
                command: spec.name, arguments: positionals, options: options, flags: flags,
                argumentsByName: argumentsByName
            )
        )
    }

    /// Binds positional values to the command's arguments, in order.
    private static func bind(_ positionals: [String], to spec: CommandSpec) throws(UsageError) -> [String: [String]] {
        var bound: [String: [String]] = [:]
        var cursor = 0
        for argument in spec.arguments {
            let taken: ArraySlice<String>
            if argument.isRepeated {
                taken = positionals[cursor...]
            } else {
                taken = positionals[cursor..<min(cursor + 1, positionals.count)]
            }
            if taken.isEmpty {
                if argument.isOptional { continue }
                throw UsageError(
                    kind: .missingArgument,
                    message: "missing argument '\(argument.placeholder)' for '\(spec.name)'",
                    command: spec.name, token: ""
                )
            }
            for value in taken {
                try check(value, allowedValues: argument.allowedValues, for: argument.placeholder, command: spec.name)
            }
            bound[argument.name] = Array(taken)
            cursor += taken.count
        }
        if cursor < positionals.count {
            let extra = positionals[cursor]
            let accepted = spec.arguments.map(\.usage).joined(separator: " ")
            let what = accepted.isEmpty ? "takes no arguments" : "takes only \(accepted)"
            throw UsageError(
                kind: .unexpectedArgument, message: "unexpected argument '\(extra)'; '\(spec.name)' \(what)",
                command: spec.name, token: extra
            )
        }
        return bound
    }

    // MARK: - Tokens

    /// Whether a token is an option rather than a value: it starts with `-` and is not `-`.
    private static func isOptionLike(_ token: String) -> Bool {
        token.hasPrefix("-") && token != "-"
    }

    /// Whether `token` (exactly) asks for help within `spec`.
    private static func isHelp(_ token: String, for spec: CommandSpec) -> Bool {
        token == "--help" || (token == "-h" && spec.hasShortHelp)
    }

    /// Splits `--name=value` at the first `=` into the option as written and its value.
    private static func splitInline(_ token: String) -> (written: String, value: String?) {
        guard let equals = token.firstIndex(of: "=") else { return (token, nil) }
        return (String(token[..<equals]), String(token[token.index(after: equals)...]))
    }

    /// The option `written` (`--name` or `-s`, without any `=value`) names in `spec`.
    private static func option(written: String, in spec: CommandSpec) -> OptionSpec? {
        if written.hasPrefix("--") {
            return spec.option(named: String(written.dropFirst(2)))
        }
        let short = written.dropFirst()
        guard short.count == 1, let letter = short.first else { return nil }
        return spec.option(short: letter)
    }

    /// Whether `token` would be read as an option of `spec` (or `--`), for messages.
    private static func isKnownOption(_ token: String, in spec: CommandSpec) -> Bool {
        let (written, _) = splitInline(token)
        return token == "--" || isHelp(written, for: spec) || option(written: written, in: spec) != nil
    }

    // MARK: - Errors

    private static func suffix(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }

    private static func unknownCommand(_ word: String, commands: [CommandSpec]) -> UsageError {
        var candidates = commands.map(\.name)
        if !candidates.contains(CommandSpec.help.name) { candidates.append(CommandSpec.help.name) }
        let suggestion = Suggestion.closest(to: word, in: candidates)
        return UsageError(
            kind: .unknownCommand, message: "unknown command '\(word)'\(suffix(suggestion))", command: nil,
            token: word, suggestion: suggestion
        )
    }

    /// An unknown `--name` or `-x`, with the closest long option among `candidates`
    /// (long names without dashes) as a suggestion.
    private static func unknownOption(_ written: String, command: String?, candidates: [String]) -> UsageError {
        let bare = String(written.drop { $0 == "-" })
        let suggestion = Suggestion.closest(to: bare, in: candidates).map { "--\($0)" }
        let scope = command.map { " for '\($0)'" } ?? ""
        return UsageError(
            kind: .unknownOption, message: "unknown option '\(written)'\(scope)\(suffix(suggestion))",
            command: command, token: written, suggestion: suggestion
        )
    }

    private static func flagGivenValue(written: String, value: String, command: String) -> UsageError {
        UsageError(
            kind: .unexpectedValue,
            message: "flag '\(written)' takes no value; write '\(written)' rather than '\(written)=\(value)'",
            command: command, token: "\(written)=\(value)"
        )
    }

    private static func missingValue(_ option: OptionSpec, written: String, next: String?, in spec: CommandSpec)
        -> UsageError
    {
        let base = "missing value for '\(option.synopsis)'"
        let message: String
        switch next {
        case nil:
            message = base
        case let next? where isKnownOption(next, in: spec):
            message = "\(base) before '\(next)'"
        case let next?:
            message = "\(base); to pass '\(next)' as the value, write '\(written)=\(next)'"
        }
        return UsageError(kind: .missingValue, message: message, command: spec.name, token: written)
    }

    /// Throws unless `value` is among `allowedValues` (when there are any).
    private static func check(_ value: String, allowedValues: [String]?, for subject: String, command: String)
        throws(UsageError)
    {
        guard let allowedValues, !allowedValues.contains(value) else { return }
        let suggestion = Suggestion.closest(to: value, in: allowedValues)
        let accepted = allowedValues.joined(separator: ", ")
        throw UsageError(
            kind: .invalidValue,
            message: "invalid value '\(value)' for '\(subject)' (expected one of: \(accepted))\(suffix(suggestion))",
            command: command, token: value, suggestion: suggestion
        )
    }
}
