import UpskillCurriculum
import UpskillGraph

/// `upskill skills [--search TEXT] [--category C]`: the skills of the catalog, filtered.
struct SkillsCommand: UpskillCommand {
    static let spec = CommandSpec(
        "skills",
        abstract: "List skills, optionally searched or of one category.",
        discussion: """
            --search keeps the skills whose id, name, aliases or description contain the text, \
            ignoring case. Skills are listed in the order of their ids.
            """,
        options: [
            OptionSpec("search", short: "s", help: "Only skills whose id, name, aliases or description contain this text.", valueName: "text"),
            OptionSpec("category", help: "Only skills of this category, such as infrastructure.", valueName: "category"),
            .outputFormat,
        ] + CommandTable.catalogOptions,
        examples: [
            CommandExample("upskill skills", "Every skill, with its hours and category."),
            CommandExample("upskill skills --search kube", "Skills about Kubernetes."),
            CommandExample(
                "upskill skills --category infrastructure --format json", "The infrastructure skills, for scripts."),
        ],
        group: "Catalog")

    let loader: CatalogLoader
    let search: String?
    let category: String?
    let format: String

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        loader = CatalogLoader(arguments, environment: environment)
        search = arguments.value("search")
        category = arguments.value("category")
        format = arguments.value("format") ?? "text"
    }

    func run(console: Console) throws(CLIError) {
        let loaded = try loader.load()
        for warning in loaded.warnings { console.err(warning + "\n") }
        let catalog = loaded.catalog
        let matches = try Self.filter(catalog, search: search, category: category)
        if format == "json" {
            console.out(JSONOutput.array(matches.map { .object(CatalogJSON.skill($0, in: catalog)) }).rendered())
            return
        }
        if matches.isEmpty {
            console.err("No skill matches" + (search.map { " '\($0)'" } ?? "") + (category.map { " in category '\($0)'" } ?? "") + ".\n")
            return
        }
        var table = TextTable(columns: [
            TextTable.Column(title: "ID"), TextTable.Column(title: "NAME", isFlexible: true),
            TextTable.Column(title: "HOURS", alignsRight: true), TextTable.Column(title: "CATEGORY", isFlexible: true),
        ])
        for index in matches {
            let skill = catalog.skills[Int(index)]
            table.rows.append([skill.id, skill.name, formatHours(skill.hours), skill.category])
        }
        console.out(table.lines(width: console.width, style: TextStyle(console: console)).joined(separator: "\n") + "\n")
    }

    /// The skills that match, in id order.
    /// - Throws: A usage error naming the categories when `category` is not one of them.
    static func filter(_ catalog: Catalog, search: String?, category: String?) throws(CLIError) -> [Int32] {
        var wanted: String?
        if let category {
            let categories = Array(Set(catalog.skills.map(\.category))).sorted()
            guard let match = categories.first(where: { $0.lowercased() == category.lowercased() }) else {
                let hint = Suggestion.closest(to: category, in: categories).map { "; did you mean '\($0)'?" } ?? ""
                throw .usage(
                    "unknown category '\(category)' for '--category' (expected one of: \(categories.joined(separator: ", ")))\(hint)"
                )
            }
            wanted = match
        }
        let needle = search?.lowercased() ?? ""
        return catalog.skills.indices.compactMap { index in
            let skill = catalog.skills[index]
            if let wanted, skill.category != wanted { return nil }
            if !needle.isEmpty {
                let fields = [skill.id, skill.name, skill.description] + skill.aliases
                guard fields.contains(where: { $0.lowercased().contains(needle) }) else { return nil }
            }
            return Int32(index)
        }
    }
}
