#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import UpskillRendering
import UpskillGraph
import UpskillPlanner
import UpskillTracking

/// `upskill assess`: a short adaptive self-assessment that marks what you know already.
struct AssessCommand: UpskillCommand {
    static let spec = CommandSpec(
        "assess",
        abstract: "Find out what you know already, in as few questions as the skills graph allows.",
        discussion: """
            Asks yes/no questions about the skills your plan needs and infers the rest: if \
            you know a skill you know everything it requires, and if you do not, you do not \
            know what requires it. It asks only about skills whose answer can change your \
            plan, and stops as soon as no answer can: an alternative the plan would not \
            choose either way is never asked about. Each question shows at most how many \
            are left. Answer y, n, ? (unsure: not asked again), b (back: revise the \
            previous answer) or q (stop, keeping the answers so far); anything else is \
            asked again. The skills found known are marked skipped in one change, so \
            one 'upskill undo' reverts the whole assessment. Without a terminal, answers come \
            from --answers or, one per question, from standard input; with neither it exits 1 \
            rather than guess.
            """,
        options: [
            .list("from", help: "A role you hold now (repeatable); default: the saved goal's.", valueName: "role"),
            .list("to", help: "A role you want (repeatable); default: the saved goal's.", valueName: "role"),
            OptionSpec(
                "answers", help: "Read answers from this file: one 'skill-id yes|no|unsure' per line, # comments.",
                valueName: "file"),
        ] + CommandTable.catalogOptions,
        examples: [
            CommandExample("upskill assess", "Answer a few questions about the skills of your saved goal."),
            CommandExample("upskill assess --to ml-engineer --answers known.txt", "Take the answers from a file."),
            CommandExample(
                "upskill assess --from software-engineer --to ml-engineer",
                "Assess for another move than your saved goal; a script can pipe one y, n or ? per question."),
        ],
        group: "Progress")

    let context: ProgressContext
    let from: [String]
    let to: [String]
    let answersPath: String?
    let environment: Environment

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        context = try ProgressContext(arguments, environment: environment)
        from = arguments.values("from")
        to = arguments.values("to")
        answersPath = arguments.value("answers")
        self.environment = environment
    }

    func run(console: Console) throws(CLIError) {
        let catalog = try context.catalog(console: console)
        let saved = try context.load()
        let progress = saved.resolved(in: catalog)
        var request: PlanRequest
        let title: String
        if !to.isEmpty {
            request = PlanRequest(from: from, completed: progress.completed, to: to)
            title = (from.isEmpty ? "nothing" : from.joined(separator: " + ")) + " -> " + to.joined(separator: " + ")
        } else if let goal = saved.goal {
            request = progress.planRequest(for: goal)
            if !from.isEmpty { request.from = from }
            var shown = goal
            if !from.isEmpty { shown.from = from }
            title = shown.title()
        } else {
            throw CLIError(
                lines: [
                    "error: no goal saved yet in \(context.store.folder), and no --to given",
                    "Save one first with 'upskill init --from data-scientist --to ml-engineer', or say where you are heading: 'upskill assess --to ml-engineer'.",
                ], exitCode: .failure)
        }

        let start: Assessment
        do throws(PlanningError) {
            start = try Assessment(catalog: catalog, request: request)
        } catch {
            throw .usage(error.description)
        }
        let cone = start.cone
        let hoursBefore = try? Planner(catalog: catalog).plan(request).totalHours

        // Where the answers come from, checked before anything is asked.
        var source: AnswerSource
        if let answersPath {
            let path = environment.absolute(answersPath)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CLIError("cannot read the answers file \(answersPath)", exitCode: .noInput)
            }
            source = .file(try AnswersFile(text: String(decoding: data, as: UTF8.self), file: answersPath, catalog: catalog))
        } else if let readLine = console.readLine {
            source = .terminal(readLine)
        } else if let readPiped = console.readPipedLine, let first = readPiped() {
            source = .piped(first: first, readPiped)
        } else {
            throw CLIError(
                lines: [
                    "error: standard input is not a terminal and no answers were given; nothing was changed",
                    "Run 'upskill assess' in a terminal, give '--answers FILE' (one 'skill-id yes|no|unsure' per line), or pipe one y/n/? per question.",
                ], exitCode: .failure)
        }

        guard cone.count > 0 else {
            console.out("Nothing to assess: you know every skill \(title) needs already.\n")
            return
        }

        if start.isSettled, answersPath == nil {
            console.out("Nothing to assess: no answer about the \(Format.count(cone.count, "skill")) left can change your plan for \(title).\n")
            return
        }

        var conversation = AssessmentConversation(
            catalog: catalog, assessment: start, console: console, title: title)
        switch source {
        case .file(let file):
            conversation.take(file, name: answersPath ?? "")
        case .terminal(let readLine):
            conversation.ask(readLine: readLine, piped: false)
        case .piped(let first, let readLine):
            var pending: String? = first
            conversation.ask(
                readLine: {
                    defer { pending = nil }
                    return pending ?? readLine()
                }, piped: true)
        }
        try finish(conversation.assessment, catalog: catalog, request: request, hoursBefore: hoursBefore, console: console)
    }

    /// The summary, and the record in the progress store.
    private func finish(
        _ assessment: Assessment, catalog: Catalog, request: PlanRequest, hoursBefore: Double?, console: Console
    ) throws(CLIError) {
        let known = assessment.knownSkills.map { catalog.id(ofSkill: $0) }
        var lines = [""]
        lines.append(
            "Asked \(Format.count(assessment.questionCount, "question")); inferred \(Format.count(assessment.inferredCount, "skill")) from your answers."
        )
        lines.append(
            "Known already: \(Format.count(known.count, "skill"))" + (known.isEmpty ? "." : ": " + known.joined(separator: ", ")))
        lines.append("Not known yet: \(Format.count(assessment.unknown.count, "skill")).")
        let open = assessment.undetermined.elements.map { catalog.id(ofSkill: assessment.cone.skills[$0]) }
        if assessment.isSettled {
            let unsure = assessment.undetermined.intersection(assessment.unsure).elements.map {
                catalog.id(ofSkill: assessment.cone.skills[$0])
            }
            if open.count > unsure.count {
                lines.append(
                    "Not asked, since no answer could change your plan: \(Format.count(open.count - unsure.count, "skill")).")
            }
            if !unsure.isEmpty {
                lines.append("Unsure: \(Format.count(unsure.count, "skill")), counted as not known: \(unsure.joined(separator: ", "))")
            }
        } else if !open.isEmpty {
            lines.append(
                "Still open: \(Format.count(open.count, "skill")) (unsure or not reached; they stay in your plan): \(open.prefix(10).joined(separator: ", "))\(open.count > 10 ? ", and \(open.count - 10) more" : "")"
            )
        }
        var after = request
        after.completed += known.filter { !after.completed.contains($0) }
        if let hoursBefore, let hoursAfter = try? Planner(catalog: catalog).plan(after).totalHours {
            lines.append(
                "Your plan: \(TrackingText.hours(hoursAfter)) hours (was \(TrackingText.hours(hoursBefore)) before this assessment)."
            )
        }
        console.out(lines.joined(separator: "\n") + "\n")

        let record = AssessmentRecord(
            asked: assessment.questionCount, inferred: assessment.inferredCount, known: known.count)
        var before = UpskillTracking.Progress()
        let entry = try context.update(on: context.today, catalog: catalog) { progress in
            before = progress
            return progress.recordAssessment(record, known: known, on: context.today)
        }
        if let entry, case .assess(_, let transitions) = entry.change {
            console.out(
                transitions.isEmpty
                    ? "Recorded the assessment as #\(entry.sequence); no skill changed state.\n"
                    : "Marked \(Format.count(transitions.count, "skill")) as skipped (known already) in change #\(entry.sequence); 'upskill undo' reverts the whole assessment.\n"
            )
            let beyond = Self.knownBeyondAnswers(assessment, marked: transitions.map(\.skill), before: before, catalog: catalog)
            if let list = KnownSkills.list(beyond) {
                console.out("Counts as known beyond your answers: \(list)\n")
            }
        } else {
            console.out("Nothing answered, nothing recorded.\n")
        }
    }

    /// The skills the recorded assessment makes count as known that were not answered
    /// "yes": those inferred from answers, then their prerequisites outside the questions.
    static func knownBeyondAnswers(_ assessment: Assessment, marked: [String], before: UpskillTracking.Progress, catalog: Catalog)
        -> [String]
    {
        let knownBefore = KnownSkills(before, catalog: catalog)
        let answeredYes = Set(assessment.answers.filter { $0.answer == .yes }.map { assessment.cone.skills[$0.skill] })
        let skills = marked.compactMap { catalog.skill($0) }
        let inferred = skills.filter { !answeredYes.contains($0) && !knownBefore.contains($0) }
        let implied = knownBefore.added(by: skills).filter { !answeredYes.contains($0) }
        return (inferred + implied).map { catalog.id(ofSkill: $0) }
    }

    private enum AnswerSource {
        case file(AnswersFile)
        case terminal(@Sendable () -> String?)
        case piped(first: String, @Sendable () -> String?)
    }
}
