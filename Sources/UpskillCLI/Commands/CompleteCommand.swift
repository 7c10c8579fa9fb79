/// `upskill __complete skills|roles|ids|categories [--] [PREFIX]`: the ids (or skill
/// categories) the completion scripts offer, one per line as `id<TAB>description`, those
/// starting with PREFIX. Hidden: not in the
/// help, not suggested; its output is for the scripts only.
///
/// It loads the catalog like every other command (built-in curricula, plugins and the
/// user's curricula folder), so new curricula complete without regenerating a script.
struct CompleteCommand: UpskillCommand {
    /// What to list.
    enum Source: String, CaseIterable {
        case skills, roles, ids, categories
    }

    static let spec = CommandSpec(
        "__complete",
        abstract: "List skill and role ids for the shell completion scripts.",
        arguments: [
            ArgumentSpec("source", help: "What to list.", allowedValues: Source.allCases.map(\.rawValue)),
            ArgumentSpec("prefix", help: "Only the ids that start with this.", isOptional: true),
        ],
        options: CommandTable.catalogOptions)

    let loader: CatalogLoader
    let source: Source
    let prefix: String

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        loader = CatalogLoader(arguments, environment: environment)
        source = arguments.argument("source").flatMap(Source.init(rawValue:)) ?? .ids
        prefix = arguments.argument("prefix") ?? ""
    }

    func run(console: Console) throws(CLIError) {
        let catalog = try loader.load().catalog
        var lines: [String] = []
        if source == .categories {
            var counts: [String: Int] = [:]
            for skill in catalog.skills { counts[skill.category, default: 0] += 1 }
            for (category, count) in counts.sorted(by: { $0.key < $1.key }) where category.hasPrefix(prefix) {
                lines.append(Self.line(category, "\(count) skill\(count == 1 ? "" : "s")"))
            }
            if !lines.isEmpty { console.out(lines.joined(separator: "\n") + "\n") }
            return
        }
        if source != .roles {
            for skill in catalog.skills where skill.id.hasPrefix(prefix) {
                lines.append(Self.line(skill.id, skill.name))
            }
        }
        if source != .skills {
            for role in catalog.roles where role.id.hasPrefix(prefix) {
                lines.append(Self.line(role.id, role.name))
            }
        }
        if !lines.isEmpty { console.out(lines.joined(separator: "\n") + "\n") }
    }

    /// `id<TAB>name`, with any tab or line break in the name made a space.
    private static func line(_ id: String, _ name: String) -> String {
        id + "\t" + String(name.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
