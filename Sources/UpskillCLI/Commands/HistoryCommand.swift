import UpskillPlanner
import UpskillRendering
import UpskillTracking

/// `upskill history`: the dated record of changes and study time.
struct HistoryCommand: UpskillCommand {
    static let spec = CommandSpec(
        "history",
        abstract: "Show the dated record of your changes and study time, oldest first.",
        discussion: """
            Every change is numbered (#1, #2, ...) and dated with the day it counts for; \
            changes reverted by 'upskill undo' are marked. Reads the journal beside your \
            progress and never changes it.
            """,
        options: [
            OptionSpec("since", help: "Only entries dated on or after this day, YYYY-MM-DD.", valueName: "date"),
            OptionSpec(
                "format", help: "Output format.", valueName: "format", allowedValues: ["text", "json"],
                defaultValue: "text"),
        ],
        examples: [
            CommandExample("upskill history", "Everything you recorded."),
            CommandExample("upskill history --since 2026-01-01 --format json", "This year's record, for a script."),
        ],
        group: "Progress")

    let context: ProgressContext
    let since: CivilDate?
    let format: String

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        context = try ProgressContext(arguments, environment: environment)
        since = try PlanCommand.date(arguments.value("since"), option: "since")
        format = arguments.value("format") ?? "text"
    }

    func run(console: Console) throws(CLIError) {
        let history = try context.history()
        let undoneBy = history.undoneBy
        let bySequence = Dictionary(history.entries.map { ($0.sequence, $0) }, uniquingKeysWith: { first, _ in first })
        let entries = history.entries.filter { entry in since.map { entry.date >= $0 } ?? true }
        let style = TextStyle(console: console)

        if format == "json" {
            console.out(
                JSONOutput.object([
                    ("missingEntries", .number(Double(history.missingEntries))),
                    ("entries", .array(entries.map { json($0, undoneBy: undoneBy[$0.sequence], target: bySequence) })),
                ]).rendered())
            return
        }
        var lines: [String] = []
        if history.missingEntries > 0 {
            lines.append(
                style.dim(
                    "(\(Format.count(history.missingEntries, "earlier entry")) not in the journal: it was moved aside or removed)"
                ))
        }
        if entries.isEmpty {
            lines.append(
                history.entries.isEmpty
                    ? "No history yet: it starts with 'upskill init'."
                    : "No entries since \(since?.description ?? "")."
            )
        }
        let numberWidth = String(entries.last?.sequence ?? 0).count + 1
        for entry in entries {
            var summary = ChangeSummary.describe(
                entry.change, arrow: style.arrow, target: undoTarget(entry, bySequence))
            if let undo = undoneBy[entry.sequence] { summary += style.dim(" (undone by #\(undo))") }
            lines.append(
                "\(entry.date)  " + style.dim(Format.pad("#\(entry.sequence)", numberWidth, right: true)) + "  "
                    + summary)
        }
        console.out(lines.joined(separator: "\n") + "\n")
    }

    private func undoTarget(_ entry: JournalEntry, _ bySequence: [Int: JournalEntry]) -> JournalEntry? {
        if case .undo(let target) = entry.change { return bySequence[target] }
        return nil
    }

    private func json(_ entry: JournalEntry, undoneBy: Int?, target: [Int: JournalEntry]) -> JSONOutput {
        var minutes: Int?
        var text: String?
        var undoes: Int?
        var goal: JSONOutput = .null
        var state: String?
        switch entry.change {
        case .setGoal(let saved, _): goal = saved.json
        case .setState(let target, _): state = target.rawValue
        case .assess: state = SkillState.skipped.rawValue
        case .log(_, let session, _): minutes = session.minutes
        case .note(_, let note): text = note.text
        case .clearNotes: break
        case .undo(let sequence): undoes = sequence
        }
        let hours: JSONOutput = minutes.map { .number((Double($0) / 60 * 100).rounded() / 100) } ?? .null
        let summary = ChangeSummary.describe(entry.change, target: undoTarget(entry, target))
        let members: [(String, JSONOutput)] = [
            ("seq", .number(Double(entry.sequence))),
            ("at", .string(entry.recordedAt)),
            ("date", .string(entry.date.description)),
            ("op", .string(entry.change.operation)),
            ("skills", .array(entry.change.skills.map(JSONOutput.string))),
            ("summary", .string(summary)),
            ("state", state.map(JSONOutput.string) ?? .null),
            ("hours", hours),
            ("text", text.map(JSONOutput.string) ?? .null),
            ("goal", goal),
            ("undoes", undoes.map { JSONOutput.number(Double($0)) } ?? .null),
            ("undoneBy", undoneBy.map { JSONOutput.number(Double($0)) } ?? .null),
        ]
        return .object(members)
    }
}
