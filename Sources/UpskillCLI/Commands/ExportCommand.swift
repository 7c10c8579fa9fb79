import UpskillGraph
import UpskillPlanner
import UpskillRendering

/// `upskill export`: the saved goal with its progress, in any format of
/// ``RoadmapFormats`` — a checklist for GitHub, a spreadsheet, a calendar, a web page.
struct ExportCommand: UpskillCommand {
    static let spec = CommandSpec(
        "export",
        abstract: "Write your saved roadmap and progress as a web page, Markdown, CSV or a calendar.",
        discussion: """
            Plans what is left of the goal you saved with 'upskill init' at your pace from today, \
            and writes it with what you have done: done skills ticked, hours logged, a forecast. \
            The same formats as 'upskill plan --format'.
            """,
        options: [
            RoadmapOutput.formatOption(defaultFormat: "markdown"),
            RoadmapOutput.outputOption,
        ] + CommandTable.catalogOptions,
        examples: [
            CommandExample("upskill export -o roadmap.html", "A page to open in a browser, send, or print to PDF."),
            CommandExample("upskill export --format markdown -o ROADMAP.md", "A task list that GitHub shows."),
            CommandExample("upskill export -o study.ics", "A study block a week, for your calendar."),
        ],
        group: "Progress")

    let loader: CatalogLoader
    let output: RoadmapOutput
    let environment: Environment

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        loader = CatalogLoader(arguments, environment: environment)
        output = try RoadmapOutput(arguments, environment: environment, defaultFormat: "markdown")
        self.environment = environment
    }

    func run(console: Console) throws(CLIError) {
        let loaded = try loader.load()
        for warning in loaded.warnings { console.err(warning + "\n") }
        let goal = try Self.savedGoal(environment)
        let roadmap = try goal.roadmap(catalog: loaded.catalog)
        try output.write(roadmap, progress: goal.progress, console: console)
    }

    /// The saved goal and its progress.
    ///
    /// SEAM (issue 4): read the goal saved by `upskill init` and the progress store here —
    /// request (from/to/know/goals/avoid), hours per week, deadline, and each skill's
    /// state (done / in progress / skipped), hours logged and date — with
    /// `environment.today` as `RoadmapProgress.today`. Until then, export explains itself.
    static func savedGoal(_ environment: Environment) throws(CLIError) -> TrackedGoal {
        throw CLIError(
            "upskill export needs a saved goal, and this build cannot read one yet; use 'upskill plan … --format FORMAT -o FILE'",
            exitCode: .failure)
    }
}
