/// `upskill validate [PATH...]`: checks the built-in curricula, the plugins and the given
/// files, printing every problem compiler style.
struct ValidateCommand: UpskillCommand {
    static let spec = CommandSpec(
        "validate",
        abstract: "Check curricula: the built-in ones plus the given files and folders.",
        discussion: """
            Prints every problem, one per line, as path:line:column: error: message, and exits 65 \
            when there is any; exits 0 when everything is valid, and 66 when a path does not \
            exist. Your curricula folder ($UPSKILL_HOME/curricula) is always checked too. A plugin             that fails to load, or whose curricula are invalid, is an error here, as with --strict             elsewhere: validating is for finding every problem.
            """,
        arguments: [
            ArgumentSpec(
                "path", help: "Curriculum files, or folders of *.json curricula, to check.", isOptional: true,
                isRepeated: true)
        ],
        options: [
            .flag(
            "no-builtin",
            help: "Leave out the curricula compiled into upskill (built-in and plugins): use only your files.")
        ],
        examples: [
            CommandExample("upskill validate", "Check the built-in curricula and plugins."),
            CommandExample("upskill validate acme.json", "Check a company curriculum against the built-in ones."),
            CommandExample(
                "upskill validate --no-builtin curricula/",
                "Check every *.json in a folder, leaving out the built-in curricula."),
        ],
        group: "Curricula")

    let loader: CatalogLoader

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        var loader = CatalogLoader(arguments, environment: environment, extraPaths: arguments.arguments)
        loader.strict = true
        self.loader = loader
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
