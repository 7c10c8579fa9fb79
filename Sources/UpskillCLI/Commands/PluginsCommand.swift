/// `upskill plugins`: the curricula upskill loads — plugin modules, curriculum files and
/// the built-in ones — with what each contributes.
struct PluginsCommand: UpskillCommand {
    static let spec = CommandSpec(
        "plugins",
        abstract: "List the curricula upskill loads: plugin modules, your files and the built-in ones.",
        discussion: """
            Plugin modules are compiled into upskill from Plugins/; add your company's with \
            `swift package --allow-writing-to-package-directory new-curriculum NAME`. Curriculum \
            files are every *.json in the curricula folder of the upskill home \
            ($UPSKILL_HOME/curricula) and each --curriculum path: no rebuild needed. Each \
            curriculum is shown with its id, version, title and size. A plugin that fails is \
            listed and left out, with a warning; when the curricula do not merge, they are \
            still listed, then the problems are printed and the exit status is 65.
            """,
        options: [
            OptionSpec(
                "format", help: "Output format.", valueName: "format", allowedValues: ["text", "json"],
                defaultValue: "text")
        ] + CommandTable.catalogOptions,
        examples: [
            CommandExample("upskill plugins", "What is loaded, and from where."),
            CommandExample(
                "upskill plugins --curriculum team.json --format json", "The same with a team's file, for scripts."),
        ],
        group: "Curricula")

    let loader: CatalogLoader
    let format: String

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        loader = CatalogLoader(arguments, environment: environment)
        format = arguments.value("format") ?? "text"
    }

    func run(console: Console) throws(CLIError) {
        let inventory = try loader.inventory()
        var loaded: CatalogLoader.Loaded?
        var failure: CLIError?
        do throws(CLIError) {
            loaded = try loader.merge(inventory)
        } catch {
            failure = error
        }
        let listing = CurriculaListing(inventory: inventory, loaded: loaded, userFolder: loader.userFolder)
        switch format {
        case "json": console.out(listing.json().rendered())
        default: console.out(listing.text(width: console.width))
        }
        if let failure { throw failure }
        for warning in loaded?.warnings ?? [] { console.err(warning + "\n") }
    }
}
