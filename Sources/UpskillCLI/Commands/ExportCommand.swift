import UpskillGraph
import UpskillPlanner
import UpskillRendering
import UpskillTracking

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
        let goal = try Self.savedGoal(environment, catalog: loaded.catalog)
        let roadmap = try goal.roadmap(catalog: loaded.catalog)
        try output.write(roadmap, progress: goal.progress, console: console)
    }

    /// The goal saved by `upskill init` and the learner's progress on it, today being
    /// `environment.today`.
    /// - Throws: ``CLIError`` — exit 1 when no goal is saved, 65 or 74 when the progress
    ///   store cannot be read.
    static func savedGoal(_ environment: Environment, catalog: Catalog) throws(CLIError) -> TrackedGoal {
        let folder = environment.upskillHome
        let saved: Progress
        do throws(TrackingError) {
            saved = try ProgressStore(folder: folder, environment: environment.variables).load()
        } catch {
            throw CLIError(error)
        }
        guard let goal = saved.goal else {
            throw CLIError(
                lines: [
                    "error: no goal saved yet in \(folder)",
                    "Save one first, e.g.: upskill init --from data-scientist --to ml-engineer",
                ], exitCode: .failure)
        }
        let progress = SavedGoalProgress.roadmapProgress(
            saved.resolved(in: catalog), catalog: catalog, today: environment.today)
        return TrackedGoal(request: goal.planRequest(), hoursPerWeek: goal.hoursPerWeek, progress: progress)
    }
}
