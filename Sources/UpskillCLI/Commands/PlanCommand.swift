import UpskillGraph
import UpskillPlanner

/// `upskill plan`: the shortest learning path for a request, as a roadmap or JSON.
struct PlanCommand {
    let loader: CatalogLoader
    let request: PlanRequest
    let hoursPerWeek: Double?
    let start: CivilDate
    let deadline: CivilDate?
    let format: String

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        loader = CatalogLoader(arguments, environment: environment)
        var budget = PlanRequest.defaultSearchBudget
        if let text = arguments.value("search-budget") {
            guard let value = Int(text), value > 0 else {
                throw .usage("--search-budget takes a whole number of search nodes above 0, not '\(text)'")
            }
            budget = value
        }
        request = PlanRequest(
            from: arguments.values("from"), know: arguments.values("know"), to: arguments.values("to"),
            goals: arguments.values("goal"), avoid: arguments.values("avoid"), searchBudget: budget)
        if let text = arguments.value("hours-per-week") {
            guard let value = Double(text), value.isFinite, value > 0, value <= 168 else {
                throw .usage("--hours-per-week takes a number of hours above 0 and at most 168, not '\(text)'")
            }
            hoursPerWeek = value
        } else {
            hoursPerWeek = nil
        }
        start = try Self.date(arguments.value("start"), option: "start") ?? environment.today
        deadline = try Self.date(arguments.value("by"), option: "by")
        if deadline != nil && hoursPerWeek != nil {
            throw .usage("give either --hours-per-week or --by, not both: --by works out the hours a week")
        }
        if let deadline, deadline < start {
            throw .usage("--by \(deadline) is before the start, \(start)")
        }
        format = arguments.value("format") ?? "text"
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
        let plan: Plan
        do throws(PlanningError) {
            plan = try Planner(catalog: catalog).plan(request)
        } catch {
            switch error {
            case .unknownRole, .unknownSkill, .noTarget: throw .usage(error.description)
            case .unreachable: throw CLIError(error.description, exitCode: .failure)
            }
        }
        var pace = hoursPerWeek ?? 8
        if let deadline {
            guard let needed = Schedule.hoursPerWeek(toFinish: plan.totalHours, from: start, by: deadline) else {
                throw .usage("--by \(deadline) leaves less than one whole week from \(start)")
            }
            pace = max(needed, 0.25)
        }
        let roadmap = Roadmap(
            catalog: catalog, request: request, plan: plan,
            schedule: Schedule(stepHours: plan.steps.map(\.hours), hoursPerWeek: pace, start: start),
            deadline: deadline)
        switch format {
        case "json": console.out(roadmap.json().rendered())
        default: console.out(RoadmapTextRenderer(console: console).render(roadmap))
        }
    }
}
