/// `upskill validate [PATH...]`: checks the built-in curricula, the plugins and the given
/// files, printing every problem compiler style.
struct ValidateCommand {
    let loader: CatalogLoader

    init(_ arguments: ParsedArguments, environment: Environment) {
        loader = CatalogLoader(arguments, environment: environment, extraPaths: arguments.arguments)
    }

    func run(console: Console) throws(CLIError) {
        let loaded = try loader.load()
        for warning in loaded.warnings { console.err(warning + "\n") }
        let catalog = loaded.catalog
        let curricula = catalog.sources.count
        console.out(
            "ok: \(curricula) curricul\(curricula == 1 ? "um" : "a"), \(catalog.skillCount) skills, \(catalog.roles.count) roles, \(catalog.resources.count) resources\n"
        )
    }
}
