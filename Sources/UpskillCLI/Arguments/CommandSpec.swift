/// One subcommand of the command line, as data: its name, help and what it accepts.
///
/// A table of these drives both ``ArgumentParser/parse(_:commands:)`` and
/// ``HelpFormatter``. `-h`/`--help` are handled for every command and need no entry.
package struct CommandSpec: Sendable, Hashable {
    /// The word that selects the command, such as `plan`.
    package var name: String
    /// Other words that select it (shown after the name in the subcommand list).
    package var aliases: [String]
    /// One line: what the command does. Shown after `OVERVIEW:` and in the root help.
    package var abstract: String
    /// An optional longer explanation, wrapped below the overview. Line breaks are kept.
    package var discussion: String?
    /// The positional arguments, in order.
    package var arguments: [ArgumentSpec]
    /// The named options, in the order the help lists them.
    package var options: [OptionSpec]
    /// Worked examples for the `EXAMPLES:` section.
    package var examples: [CommandExample]
    /// The title of the group the root help lists the command under, such as `Planning`,
    /// or `nil` for the plain `SUBCOMMANDS:` section.
    package var group: String?

    package init(
        _ name: String, abstract: String, discussion: String? = nil, arguments: [ArgumentSpec] = [],
        options: [OptionSpec] = [], examples: [CommandExample] = [], aliases: [String] = [], group: String? = nil
    ) {
        self.name = name
        self.aliases = aliases
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.examples = examples
        self.group = group
    }

    /// The option with long name `name`, hidden or not.
    package func option(named name: String) -> OptionSpec? {
        options.first { $0.name == name }
    }

    /// The option with short name `short`, hidden or not.
    package func option(short: Character) -> OptionSpec? {
        options.first { $0.short == short }
    }

    /// Whether `-h` asks for help: true unless one of the command's options claims `h`.
    package var hasShortHelp: Bool { option(short: "h") == nil }

    /// The spec of the built-in `help` subcommand, which the parser always understands.
    /// Put it in a table to list `help` in the root help; the parser never needs it.
    package static let help = CommandSpec(
        "help",
        abstract: "Show help information for a subcommand.",
        arguments: [ArgumentSpec("subcommand", help: "The subcommand to describe.", isOptional: true)]
    )
}
