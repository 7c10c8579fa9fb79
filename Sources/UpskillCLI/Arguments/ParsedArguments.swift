/// The arguments of one command, checked against its ``CommandSpec``.
///
/// Every value is given verbatim (lists are split on commas, nothing is trimmed). Options
/// are keyed by long name, arguments by ``ArgumentSpec/name``.
package struct ParsedArguments: Sendable, Hashable {
    /// The canonical name of the command (an alias is resolved to its command's name).
    package var command: String
    /// The positional values, in order (after `--` too).
    package var arguments: [String]
    /// The values of the value and list options given, by long name, in order.
    package var options: [String: [String]]
    /// The long names of the flags given.
    package var flags: Set<String>
    /// The positional values bound to each argument, by argument name.
    package var argumentsByName: [String: [String]]

    package init(
        command: String, arguments: [String] = [], options: [String: [String]] = [:], flags: Set<String> = [],
        argumentsByName: [String: [String]] = [:]
    ) {
        self.command = command
        self.arguments = arguments
        self.options = options
        self.flags = flags
        self.argumentsByName = argumentsByName
    }

    /// The value of a single-value option, or `nil` if it was not given. For a list, the
    /// last item.
    package func value(_ name: String) -> String? {
        options[name]?.last
    }

    /// Every value of a list option, in command-line order; empty if it was not given.
    package func values(_ name: String) -> [String] {
        options[name] ?? []
    }

    /// Whether the flag (or any option) with this long name was given.
    package func flag(_ name: String) -> Bool {
        flags.contains(name) || options[name] != nil
    }

    /// The value bound to a positional argument, or `nil` if it was optional and left out.
    /// For a repeated argument, the first value.
    package func argument(_ name: String) -> String? {
        argumentsByName[name]?.first
    }

    /// Every value bound to a (repeated) positional argument; empty if none.
    package func argumentValues(_ name: String) -> [String] {
        argumentsByName[name] ?? []
    }
}
