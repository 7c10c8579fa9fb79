import UpskillGraph

/// `upskill show ID`: one skill (what it requires, what requires it, where to learn it,
/// your progress) or one role (its requirements as a tree).
struct ShowCommand: UpskillCommand {
    static let spec = CommandSpec(
        "show",
        abstract: "Show a skill or a role in detail.",
        discussion: """
            For a skill: its category, hours and description, what it requires ("any of" \
            items as their alternatives), the skills and roles that require it, resources to \
            learn it from (company material first, then the best cover of its hours), its \
            aliases, the curriculum that defines it, and your progress and notes. For a role: \
            its requirements as a tree, with the roles it includes as subtrees, and hours, \
            then its milestones in order.
            """,
        arguments: [ArgumentSpec("id", help: "The id of a skill (or one of its aliases) or of a role.")],
        options: [.outputFormat] + CommandTable.catalogOptions,
        examples: [
            CommandExample("upskill show kubernetes", "What Kubernetes requires, what needs it, and where to learn it."),
            CommandExample("upskill show ml-engineer", "The requirements of the ML engineer role, as a tree."),
            CommandExample("upskill show docker --format json", "The Docker skill, for scripts."),
        ],
        group: "Catalog")

    let loader: CatalogLoader
    let id: String
    let format: String
    let progress: ProgressLookup

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        loader = CatalogLoader(arguments, environment: environment)
        id = arguments.argument("id") ?? ""
        format = arguments.value("format") ?? "text"
        progress = Self.progressLookup(environment: environment)
    }

    /// What an id names.
    enum Subject: Equatable {
        case skill(Int32)
        case role(Int32)
    }

    /// Finds the skill or role `id` names: a skill id, then a role id, then a skill alias,
    /// each also ignoring case.
    /// - Throws: A usage error with the closest ids of both kinds.
    static func subject(_ id: String, in catalog: Catalog) throws(CLIError) -> Subject {
        for candidate in [id, id.lowercased()] {
            if let skill = catalog.skill(candidate), catalog.skills[Int(skill)].id == candidate { return .skill(skill) }
            if let role = catalog.role(candidate) { return .role(role) }
            if let skill = catalog.skill(candidate) { return .skill(skill) }
        }
        let ids = catalog.skills.map(\.id) + catalog.roles.map(\.id)
        throw .usage("unknown skill or role '\(id)'\(DidYouMean.suffix(for: id, in: ids))")
    }

    func run(console: Console) throws(CLIError) {
        let loaded = try loader.load()
        for warning in loaded.warnings { console.err(warning + "\n") }
        let catalog = loaded.catalog
        switch try Self.subject(id, in: catalog) {
        case .skill(let skill):
            let record = try progress(skill, catalog)
            if format == "json" {
                console.out(CatalogJSON.skillDetail(skill, in: catalog, progress: record).rendered())
            } else {
                console.out(SkillTextRenderer(console: console).render(skill, in: catalog, progress: record))
            }
        case .role(let role):
            let summary = RoleSummary(role: role, catalog: catalog)
            if format == "json" {
                console.out(CatalogJSON.roleDetail(summary, in: catalog).rendered())
            } else {
                console.out(RoleTreeRenderer(console: console).render(summary, in: catalog))
            }
        }
    }
}
