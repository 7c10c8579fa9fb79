/// A named option of a command: `--long-name`, with an optional one-letter short name.
///
/// Values are written `--name value` or `--name=value`; a value that starts with `-`
/// (other than `-` alone, the stdin convention) must use the `=` form.
package struct OptionSpec: Sendable, Hashable {
    /// What an option takes.
    package enum Kind: Sendable, Hashable {
        /// No value: present or absent (`--force`). Repeating it is harmless.
        case flag
        /// Exactly one value (`--format json`). Giving the option twice is a usage error.
        case value
        /// Any number of values, from repeating the option and from comma-separated items:
        /// `--know a,b --know c` is `[a, b, c]`. An empty item is a usage error.
        case list
    }

    /// The long name without dashes, such as `hours-per-week`; the key for
    /// ``ParsedArguments/value(_:)`` and its siblings.
    package var name: String
    /// A single-character short name without the dash (`f` for `-f`), if any. A command
    /// that claims `h` takes `-h` from help, which stays available as `--help`.
    package var short: Character?
    /// One sentence for the `OPTIONS:` section of the help.
    package var help: String
    /// What the option takes.
    package var kind: Kind
    /// The placeholder for the value, shown as `<valueName>`; by convention lower-case
    /// (`role`, `date`, `h`). Defaults to the long name. Unused for flags.
    package var valueName: String
    /// The only values accepted, if restricted (such as `text`, `json`); anything else is a
    /// usage error that lists them. For a list, each item is checked.
    package var allowedValues: [String]?
    /// A description of the value used when the option is absent, shown in help as
    /// `(default: 8)`. Descriptive only: the parser does not fill it in.
    package var defaultValue: String?
    /// Whether the option is accepted but left out of help, usage and suggestions.
    package var isHidden: Bool

    package init(
        _ name: String, short: Character? = nil, help: String, kind: Kind = .value, valueName: String? = nil,
        allowedValues: [String]? = nil, defaultValue: String? = nil, isHidden: Bool = false
    ) {
        self.name = name
        self.short = short
        self.help = help
        self.kind = kind
        self.valueName = valueName ?? name
        self.allowedValues = allowedValues
        self.defaultValue = defaultValue
        self.isHidden = isHidden
    }

    /// A flag: `--name`, no value.
    package static func flag(_ name: String, short: Character? = nil, help: String, isHidden: Bool = false)
        -> OptionSpec
    {
        OptionSpec(name, short: short, help: help, kind: .flag, isHidden: isHidden)
    }

    /// A repeatable, comma-separated list option: `--name a,b --name c`.
    package static func list(
        _ name: String, short: Character? = nil, help: String, valueName: String? = nil,
        allowedValues: [String]? = nil, isHidden: Bool = false
    ) -> OptionSpec {
        OptionSpec(
            name, short: short, help: help, kind: .list, valueName: valueName, allowedValues: allowedValues,
            isHidden: isHidden
        )
    }

    /// `--name`, as the option is referred to in messages.
    package var longFlag: String { "--\(name)" }

    /// `--name <valueName>`, or `--name` for a flag: the option with its value placeholder.
    package var synopsis: String {
        kind == .flag ? longFlag : "\(longFlag) <\(valueName)>"
    }

    /// How the option appears in a usage line: `[--force]`, `[--format <format>]` or
    /// `[--from <role> ...]`.
    package var usage: String {
        kind == .list ? "[\(synopsis) ...]" : "[\(synopsis)]"
    }

    /// The label in the `OPTIONS:` section: `-f, --format <format>`.
    package var helpLabel: String {
        guard let short else { return synopsis }
        return "-\(short), \(synopsis)"
    }
}
