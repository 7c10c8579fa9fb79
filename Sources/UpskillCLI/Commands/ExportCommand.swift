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
        ] + RoadmapOutput.sessionOptions + CommandTable.catalogOptions,
        examples: [
            CommandExample("upskill export -o roadmap.html", "A page to open in a browser, send, or print to PDF."),
            CommandExample("upskill export --format markdown -o ROADMAP.md", "A task list that GitHub shows."),
            CommandExample("upskill export -o study.ics", "A study block a week, for your calendar."),
            CommandExample(
                "upskill export -o study.ics --ics-sessions --study-days mon,wed,sat --study-time 19:00",
                "Timed study sessions on the days you study instead."),
        ],
        group: "Progress")

    let context: ProgressContext
    let output: RoadmapOutput

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        context = try ProgressContext(arguments, environment: environment)
        output = try RoadmapOutput(arguments, environment: environment, defaultFormat: "markdown")
    }

    func run(console: Console) throws(CLIError) {
        let saved = try context.load()
        let goal = try context.goal(of: saved)
        let catalog = try context.catalog(console: console)
        let resolved = saved.resolved(in: catalog)
        var progress = SavedGoalProgress.roadmapProgress(resolved, catalog: catalog, today: context.today)
        let tracked = TrackedGoal(
            request: goal.planRequest(), start: goal.start, hoursPerWeek: goal.hoursPerWeek, deadline: goal.deadline,
            progress: progress)
        let roadmap = try tracked.roadmap(catalog: catalog)
        // The figures `status` prints, from the plan this export shows.
        progress.figures =
            ProgressReport(goal: goal, catalog: catalog, progress: resolved, remaining: roadmap.plan, today: context.today)
            .figures
        try output.write(roadmap, progress: progress, console: console)
    }
}
