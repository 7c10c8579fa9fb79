/// What the value of an option or a positional argument is, for shell completion.
///
/// Read from the command table, so a new command completes without touching the
/// completion code: allowed values complete as themselves; otherwise the placeholder name
/// says what the value is — `skill`/`skills`, `role`/`roles`, `id`/`ids` (either),
/// `category`, `path`/`paths`/`file`/`files`/`folder` (files), `subcommand`/`command` (a
/// command name); any other name is free text and completes nothing.
enum CompletionValue: Hashable, Sendable {
    /// One of these words.
    case oneOf([String])
    /// A skill id, asked of `upskill __complete skills`.
    case skill
    /// A role id, asked of `upskill __complete roles`.
    case role
    /// A skill or role id, asked of `upskill __complete ids`.
    case skillOrRole
    /// A skill category, asked of `upskill __complete categories`.
    case category
    /// A subcommand name.
    case command
    /// A file or folder.
    case file
    /// Free text: nothing to offer.
    case text

    init(name: String, allowedValues: [String]?) {
        if let allowedValues {
            self = .oneOf(allowedValues)
            return
        }
        switch name {
        case "skill", "skills": self = .skill
        case "role", "roles": self = .role
        case "id", "ids": self = .skillOrRole
        case "category", "categories": self = .category
        case "path", "paths", "file", "files", "folder", "folders": self = .file
        case "subcommand", "command": self = .command
        default: self = .text
        }
    }

    /// What an option's value is, or `nil` for a flag.
    init?(_ option: OptionSpec) {
        guard option.kind != .flag else { return nil }
        self.init(name: option.valueName, allowedValues: option.allowedValues)
    }

    /// What a positional argument is.
    init(_ argument: ArgumentSpec) {
        self.init(name: argument.name, allowedValues: argument.allowedValues)
    }

    /// The argument of `upskill __complete` that lists these values, for the kinds that
    /// come from the catalog.
    var dynamicSource: String? {
        switch self {
        case .skill: CompleteCommand.Source.skills.rawValue
        case .role: CompleteCommand.Source.roles.rawValue
        case .skillOrRole: CompleteCommand.Source.ids.rawValue
        case .category: CompleteCommand.Source.categories.rawValue
        default: nil
        }
    }
}
