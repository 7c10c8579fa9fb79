/// A positional argument of a command, shown as `<name>` in usage and help.
///
/// Arguments bind in declaration order. At most the last one may be ``isRepeated``
/// (it takes the rest), and optional arguments must come after the required ones;
/// ``CommandSpecLint`` reports tables that break these rules.
package struct ArgumentSpec: Sendable, Hashable {
    /// The name shown between angle brackets, such as `skill` for `<skill>`, and the key
    /// for ``ParsedArguments/argument(_:)``.
    package var name: String
    /// One sentence for the `ARGUMENTS:` section of the help.
    package var help: String
    /// Whether the command runs without it (shown as `[<name>]`).
    package var isOptional: Bool
    /// Whether it takes every remaining positional value (shown as `<name> ...`).
    package var isRepeated: Bool
    /// The only values accepted, if restricted (such as the shells `bash`, `zsh`, `fish`);
    /// anything else is a usage error that lists them.
    package var allowedValues: [String]?

    package init(
        _ name: String, help: String, isOptional: Bool = false, isRepeated: Bool = false,
        allowedValues: [String]? = nil
    ) {
        self.name = name
        self.help = help
        self.isOptional = isOptional
        self.isRepeated = isRepeated
        self.allowedValues = allowedValues
    }

    /// `<name>`, as the argument is shown in help and error messages.
    package var placeholder: String { "<\(name)>" }

    /// How the argument appears in a usage line: `<skill>`, `[<skill>]`, `<skills> ...`
    /// or `[<skills> ...]`.
    package var usage: String {
        let core = isRepeated ? "\(placeholder) ..." : placeholder
        return isOptional ? "[\(core)]" : core
    }
}
