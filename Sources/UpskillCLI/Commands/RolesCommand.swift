import UpskillGraph
import UpskillTracking

/// `upskill roles`: every role with its id, name, how many skills it needs and their hours.
struct RolesCommand: UpskillCommand {
    static let spec = CommandSpec(
        "roles",
        abstract: "List the roles you can plan from and to.",
        discussion: """
            SKILLS counts every skill the role needs whatever alternatives you choose (its \
            mandatory requirements, those of the roles it includes, and all their mandatory \
            prerequisites), plus one for each "any of" choice of the role that none of those \
            already meets. HOURS adds up the mandatory skills only. For the exact path from \
            where you stand, run 'upskill plan --to ROLE'.
            """,
        options: [.outputFormat] + CommandTable.catalogOptions,
        examples: [
            CommandExample("upskill roles", "Every role, with its size in skills and hours."),
            CommandExample(
                "upskill roles --curriculum acme.json --format json",
                "The roles including a company curriculum's, for scripts."),
        ],
        group: "Catalog")

    let loader: CatalogLoader
    let format: String
    let exitsAfterCommand: Bool

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        loader = CatalogLoader(arguments, environment: environment)
        format = arguments.value("format") ?? "text"
        exitsAfterCommand = environment.exitsAfterCommand
    }

    func run(console: Console) throws(CLIError) {
        let loaded = try loader.load()
        for warning in loaded.warnings { console.err(warning + "\n") }
        let catalog = loaded.catalog
        ExitReclaim.leave(catalog, exitsAfterCommand: exitsAfterCommand)
        let summaries = catalog.roles.indices.map { RoleSummary(role: Int32($0), catalog: catalog) }
        if format == "json" {
            console.out(JSONOutput.array(summaries.map { .object(CatalogJSON.role($0, in: catalog)) }).rendered())
            return
        }
        var table = TextTable(columns: [
            TextTable.Column(title: "ID"), TextTable.Column(title: "NAME", isFlexible: true),
            TextTable.Column(title: "SKILLS", alignsRight: true), TextTable.Column(title: "HOURS", alignsRight: true),
        ])
        for summary in summaries {
            let role = catalog.roles[Int(summary.role)]
            table.rows.append([role.id, role.name, String(summary.skillCount), formatHours(summary.hours)])
        }
        console.out(table.lines(width: console.width, style: TextStyle(console: console)).joined(with: "\n") + "\n")
    }
}
