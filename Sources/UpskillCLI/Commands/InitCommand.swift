import UpskillGraph
import UpskillPlanner
import UpskillRendering
import UpskillTracking

/// `upskill init`: save the goal that `next`, `status` and `plan` work from.
struct InitCommand: UpskillCommand {
    static let spec = CommandSpec(
        "init",
        abstract: "Save your goal: where you stand, where you want to be, and your pace.",
        discussion: """
            The goal is planned like 'upskill plan', and saved in the upskill home \
            ($UPSKILL_HOME, else $XDG_DATA_HOME/upskill, else ~/.local/share/upskill). \
            Replacing a goal that has progress asks first, or needs --force when not run \
            from a terminal. Progress belongs to the skills, so it is kept either way; \
            'upskill undo' brings the old goal back.
            """,
        options: [
            .list("from", help: "A role you hold now; its skills count as known (repeatable).", valueName: "role"),
            .list("to", help: "A role you want (repeatable).", valueName: "role"),
            .list("know", help: "Skills you already know, comma-separated or repeated.", valueName: "skill"),
            .list("goal", help: "Skills you want, beyond or instead of a role.", valueName: "skill"),
            .list("avoid", help: "Alternatives you refuse to learn; plans never choose them.", valueName: "skill"),
            OptionSpec(
                "hours-per-week", help: "Hours of study a week.", valueName: "hours", defaultValue: "8"),
            OptionSpec("start", help: "The first day of week 1, YYYY-MM-DD.", valueName: "date", defaultValue: "today"),
            OptionSpec(
                "by",
                help:
                    "Finish by this date (YYYY-MM-DD), saved with the goal: 'status' tells whether you are on track. Without --hours-per-week, the pace is worked out from it.",
                valueName: "date"),
            .flag("force", help: "Replace a saved goal without asking."),
        ] + CommandTable.catalogOptions,
        examples: [
            CommandExample(
                "upskill init --from data-scientist --to ml-engineer",
                "Plan your move from data scientist to machine learning engineer, at 8 hours a week."),
            CommandExample(
                "upskill init --from data-scientist --to ml-engineer --know git,docker --hours-per-week 5 --start 2026-01-05",
                "The same, knowing Git and Docker, at 5 hours a week from 5 January."),
            CommandExample(
                "upskill init --from data-scientist --to ml-engineer --hours-per-week 6 --by 2027-12-31",
                "At 6 hours a week, finishing by the end of 2027; 'upskill status' keeps track."),
        ],
        group: "Progress")

    let context: ProgressContext
    let from: [String], to: [String], know: [String], goals: [String], avoid: [String]
    /// The pace given, or `nil` to work it out from ``deadline`` (or use 8).
    let givenHoursPerWeek: Double?
    let start: CivilDate
    let deadline: CivilDate?
    let force: Bool

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        context = try ProgressContext(arguments, environment: environment)
        from = arguments.values("from")
        to = arguments.values("to")
        know = arguments.values("know")
        goals = arguments.values("goal")
        avoid = arguments.values("avoid")
        if let text = arguments.value("hours-per-week") {
            guard let value = DecimalNumber.parse(text), Schedule.accepts(hoursPerWeek: value) else {
                throw .usage("--hours-per-week takes a number of hours from 0.25 to 168, not '\(text)'")
            }
            givenHoursPerWeek = value
        } else {
            givenHoursPerWeek = nil
        }
        start = try PlanCommand.date(arguments.value("start"), option: "start") ?? environment.today
        deadline = try PlanCommand.date(arguments.value("by"), option: "by")
        if let deadline, deadline < start {
            throw .usage("--by \(deadline) is before the start, \(start)")
        }
        force = arguments.flag("force")
    }

    func run(console: Console) throws(CLIError) {
        let catalog = try context.catalog(console: console)
        let request = PlanRequest(from: from, know: know, to: to, goals: goals, avoid: avoid)
        let plan: Plan
        do throws(PlanningError) {
            plan = try Planner(catalog: catalog).plan(request)
        } catch {
            switch error {
            case .unknownRole, .unknownSkill, .roleGivenAsSkill, .skillGivenAsRole, .noTarget: throw .usage(error.description)
            case .unreachable: throw CLIError(error.description, exitCode: .failure)
            case .tooLarge: throw CLIError(error.description, exitCode: .dataError)
            }
        }
        let hoursPerWeek = try StudyPace.hoursPerWeek(
            given: givenHoursPerWeek, deadline: deadline, totalHours: plan.totalHours, start: start)
        let goal = Goal(
            from: canonicalRoles(from, catalog), to: canonicalRoles(to, catalog), know: canonical(know, catalog), goals: canonical(goals, catalog),
            avoid: canonical(avoid, catalog), hoursPerWeek: hoursPerWeek, start: start, deadline: deadline)

        let saved = try context.load()
        if let previous = saved.goal, previous != goal, saved.hasSkillProgress, !force {
            try confirmReplacing(previous, progress: saved, console: console)
        }
        var conflict = false
        let entry = try context.update(on: context.today, catalog: catalog) { progress in
            // Someone else may have changed the goal while the question was open.
            if progress.goal != saved.goal {
                conflict = true
                return nil
            }
            return progress.setGoal(goal)
        }
        if conflict {
            throw CLIError(
                "the saved goal changed while you were answering; nothing was changed: run 'upskill init' again",
                exitCode: .failure)
        }
        let style = TextStyle(console: console)
        guard entry != nil else {
            console.out("Your goal is already \(goal.title(arrow: style.arrow)); nothing changed.\n")
            return
        }
        let schedule = Schedule(stepHours: plan.steps.map(\.hours), hoursPerWeek: hoursPerWeek, start: start)
        let weeks = schedule.weekCount
        console.out(
            """
            \(saved.goal == nil ? "Saved" : "Replaced") your goal: \(goal.title(arrow: style.arrow))
            \(plan.steps.count) skill\(plan.steps.count == 1 ? "" : "s") \(style.dot) \(formatHours(plan.totalHours)) hours \(style.dot) \(weeks) week\(weeks == 1 ? "" : "s") at \(formatHours(hoursPerWeek)) h/week \(style.dot) \(start) to \(schedule.finish)

            """)
        if let deadline {
            let deadlinePace = DeadlinePace(totalHours: plan.totalHours, start: start, deadline: deadline)
            console.out(deadlinePace.sentence(atHoursPerWeek: hoursPerWeek) + "\n")
        }
        let completed = saved.resolved(in: catalog).completed
        if !completed.isEmpty {
            console.out(
                "Your progress on \(completed.count) skill\(completed.count == 1 ? "" : "s") done or skipped counts towards it.\n"
            )
        }
        console.out("Next: 'upskill next' shows what to learn now; 'upskill status' where you stand.\n")
    }

    /// The canonical ids of skills the planner accepted (so aliases are stored resolved).
    private func canonical(_ ids: [String], _ catalog: Catalog) -> [String] {
        var result: [String] = []
        for id in ids {
            let resolved = catalog.skill(id).map { catalog.id(ofSkill: $0) } ?? id
            if !result.contains(resolved) { result.append(resolved) }
        }
        return result
    }

    /// The roles' ids as the catalog spells them (a role typed `ML-Engineer` is saved as
    /// `ml-engineer`).
    private func canonicalRoles(_ ids: [String], _ catalog: Catalog) -> [String] {
        var result: [String] = []
        for id in ids {
            let resolved = catalog.role(id).map { catalog.id(ofRole: $0) } ?? id
            if !result.contains(resolved) { result.append(resolved) }
        }
        return result
    }

    /// Asks before replacing a goal that has progress; refuses when it cannot ask.
    private func confirmReplacing(_ previous: Goal, progress: Progress, console: Console) throws(CLIError) {
        let records = progress.skills.count
        let what =
            "a goal is saved already (\(previous.title()), since \(previous.start)) with progress on \(records) skill\(records == 1 ? "" : "s")"
        guard let readLine = console.readLine else {
            throw CLIError(
                lines: [
                    "error: \(what); nothing was changed",
                    "To replace it, run the command again with --force. Progress on skills is kept either way, and 'upskill undo' brings the old goal back.",
                ], exitCode: .failure)
        }
        console.err(
            "\(what.prefix(1).uppercased() + what.dropFirst()).\nReplace it? Progress on skills is kept. [y/N] ")
        let answer = (readLine() ?? "").filter { !$0.isWhitespace }.lowercased()
        guard answer == "y" || answer == "yes" else {
            throw CLIError("kept the saved goal; nothing was changed", exitCode: .failure)
        }
    }
}
