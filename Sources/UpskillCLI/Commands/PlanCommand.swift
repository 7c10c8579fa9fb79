import UpskillGraph
import UpskillPlanner
import UpskillRendering
import UpskillTracking

/// `upskill plan`: the shortest learning path for a request, as a roadmap or JSON.
struct PlanCommand: UpskillCommand {
    static let spec = CommandSpec(
        "plan",
        abstract: "Plan the shortest learning path from where you stand to a role.",
        discussion: """
            Finds the set of skills with the fewest total hours that takes you from the roles \
            and skills you have to the roles and skills you want, orders it so that every step's \
            prerequisites come first, explains why each step is there, and places the steps on \
            weeks at your pace.
            """,
        options: [
            .list("from", help: "A role you hold now; its skills count as known (repeatable).", valueName: "role"),
            .list("to", help: "A role you want (repeatable).", valueName: "role"),
            .list("know", help: "Skills you already know, comma-separated or repeated.", valueName: "skill"),
            .list("goal", help: "Skills you want, beyond or instead of a role.", valueName: "skill"),
            .list("avoid", help: "Alternatives you refuse to learn; the plan never chooses them.", valueName: "skill"),
            OptionSpec(
                "hours-per-week", help: "Hours of study a week.", valueName: "hours", defaultValue: "8"),
            OptionSpec("start", help: "The first day of week 1, YYYY-MM-DD.", valueName: "date", defaultValue: "today"),
            OptionSpec(
                "by",
                help:
                    "Finish by this date (YYYY-MM-DD): alone, works out the hours a week that takes; with --hours-per-week, tells whether that pace meets it.",
                valueName: "date"),
            OptionSpec(
                "order",
                help:
                    "delivery: started skills first, then milestone by milestone, finishing requirements early; depth: each target's prerequisites depth first.",
                valueName: "order", defaultValue: "delivery"),
            .flag(
                "no-assume",
                help:
                    "Do not assume which alternative of a --from role's 'any of' requirements you know (by default, the one that saves the most hours)."),
            RoadmapOutput.formatOption(defaultFormat: "text"),
            RoadmapOutput.outputOption,
        ] + RoadmapOutput.sessionOptions + [
            OptionSpec(
                "search-budget",
                help:
                    "Search work (skills visited) before settling for the best plan found, which is then marked not proven optimal.",
                valueName: "steps", defaultValue: "5000000"),
        ] + CommandTable.catalogOptions,
        examples: [
            CommandExample(
                "upskill plan --from data-scientist --to ml-engineer",
                "Your roadmap from data scientist to machine learning engineer."),
            CommandExample(
                "upskill plan --from data-scientist --to ml-engineer --know git,docker --avoid azure",
                "The same, knowing Git and Docker, and never choosing Azure."),
            CommandExample(
                "upskill plan --from data-scientist --to ml-engineer --hours-per-week 6 --by 2027-12-31",
                "At 6 hours a week: when you finish, whether that meets the date, and the pace that would."),
            CommandExample(
                "upskill plan --goal kubernetes --hours-per-week 5 --format json",
                "What it takes to learn Kubernetes at 5 hours a week, for scripts."),
            CommandExample("upskill plan", "The roadmap of your saved goal, with what you have done ticked."),
            CommandExample(
                "upskill plan --from data-scientist --to ml-engineer -o roadmap.html",
                "A page with the graph and timeline to open in a browser or print to PDF."),
            CommandExample(
                "upskill plan --from data-scientist --to ml-engineer --format ics -o study.ics",
                "A study block a week for your calendar."),
        ],
        group: "Planning")

    let loader: CatalogLoader
    let request: PlanRequest
    let hoursPerWeek: Double?
    let start: CivilDate
    let deadline: CivilDate?
    let output: RoadmapOutput
    /// The saved goal's progress, when the command names no target and plans the goal
    /// saved by `upskill init`.
    let savedGoal: ProgressContext?
    let startGiven: Bool
    let today: CivilDate
    let exitsAfterCommand: Bool

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        loader = CatalogLoader(arguments, environment: environment)
        let namesTarget = ["from", "to", "goal"].contains { !arguments.values($0).isEmpty }
        savedGoal = namesTarget ? nil : try ProgressContext(arguments, environment: environment)
        startGiven = arguments.value("start") != nil
        today = environment.today
        exitsAfterCommand = environment.exitsAfterCommand
        var budget = PlanRequest.defaultSearchBudget
        if let text = arguments.value("search-budget") {
            guard let value = Int(text), value > 0 else {
                throw .usage("--search-budget takes a whole number of search steps above 0, not '\(text)'")
            }
            budget = value
        }
        let orderText = arguments.value("order") ?? PlanOrder.delivery.rawValue
        guard let order = PlanOrder(rawValue: orderText) else {
            throw .usage(
                "--order takes one of \(PlanOrder.allCases.map(\.rawValue).joined(separator: ", ")), not '\(orderText)'")
        }
        request = PlanRequest(
            from: arguments.values("from"), know: arguments.values("know"), to: arguments.values("to"),
            goals: arguments.values("goal"), avoid: arguments.values("avoid"), order: order,
            assume: !arguments.flag("no-assume"), searchBudget: budget)
        if let text = arguments.value("hours-per-week") {
            guard let value = DecimalNumber.parse(text), Schedule.accepts(hoursPerWeek: value) else {
                throw .usage("--hours-per-week takes a number of hours from 0.25 to 168, not '\(text)'")
            }
            hoursPerWeek = value
        } else {
            hoursPerWeek = nil
        }
        start = try Self.date(arguments.value("start"), option: "start") ?? environment.today
        deadline = try Self.date(arguments.value("by"), option: "by")
        let avoided = Set(request.avoid)
        if let clash = request.goals.first(where: avoided.contains) {
            throw .usage("'\(clash)' is both a --goal and in --avoid; drop it from one of them")
        }
        if let deadline, deadline < start {
            throw .usage("--by \(deadline) is before the start, \(start)")
        }
        output = try RoadmapOutput(arguments, environment: environment, defaultFormat: "text")
    }

    static func date(_ text: String?, option: String) throws(CLIError) -> CivilDate? {
        guard let text else { return nil }
        guard let date = CivilDate(iso: text) else {
            throw .usage("--\(option) takes a date as YYYY-MM-DD, e.g. 2026-01-31, not '\(text)'")
        }
        return date
    }

    func run(console: Console) throws(CLIError) {
        let loaded = try loader.load()
        for warning in loaded.warnings { console.err(warning + "\n") }
        let catalog = loaded.catalog
        var request = self.request
        var hoursPerWeek = self.hoursPerWeek
        var start = self.start
        var deadline = self.deadline
        var completed: SavedGoalProgress?
        if let savedGoal, let saved = try SavedGoalProgress(savedGoal, catalog: catalog) {
            request = saved.request(adding: request)
            // A --by of the command line works out the pace; a saved deadline is measured
            // against the saved pace.
            hoursPerWeek = hoursPerWeek ?? (deadline == nil ? saved.goal.hoursPerWeek : nil)
            deadline = deadline ?? saved.goal.deadline
            if !startGiven { start = max(start, saved.goal.start) }
            completed = saved
        }
        let plan: Plan
        do throws(PlanningError) {
            plan = try Planner(catalog: catalog).plan(request)
        } catch {
            switch error {
            case .noTarget where savedGoal != nil:
                throw .usage(error.description + ", or save a goal with 'upskill init'")
            case .unknownRole, .unknownSkill, .roleGivenAsSkill, .skillGivenAsRole, .noTarget: throw .usage(error.description)
            case .unreachable: throw CLIError(error.description, exitCode: .failure)
            case .tooLarge: throw CLIError(error.description, exitCode: .dataError)
            }
        }
        let pace = try StudyPace.hoursPerWeek(
            given: hoursPerWeek, deadline: deadline, totalHours: plan.totalHours, start: start)
        var schedule = Schedule(stepHours: plan.steps.map(\.hours), hoursPerWeek: pace, start: start)
        var progress = completed?.roadmapProgress(today: today)
        if let completed, !startGiven {
            // The saved goal: the figures and schedule `status` and `export` show, at this pace.
            var goal = completed.goal
            goal.hoursPerWeek = pace
            let figures = ProgressReport(
                goal: goal, catalog: catalog, progress: completed.progress, remaining: plan, today: today
            ).figures
            progress?.figures = figures
            schedule = figures.schedule
        }
        var roadmap = Roadmap(catalog: catalog, request: request, plan: plan, schedule: schedule, deadline: deadline)
        roadmap.paceFromDeadline = self.deadline != nil && hoursPerWeek == nil
        try output.write(roadmap, progress: progress, console: console)
        // The catalog and plan (which the roadmap holds) are left for the exit: freeing a
        // 100,000-skill catalog and roadmap value by value costs a twentieth of the run.
        ExitReclaim.leave(roadmap, exitsAfterCommand: exitsAfterCommand)
    }
}
