import UpskillPlanner
import UpskillRendering
import UpskillTracking

/// `upskill history`: the dated record of changes and study time.
struct HistoryCommand: UpskillCommand {
    static let spec = CommandSpec(
        "history",
        abstract: "Show the dated record of your changes and study time, in date order.",
        discussion: """
            Entries are in the order of the day they count for (the --date given, else the \
            day recorded), entries of one day in the order recorded. Each keeps its number \
            (#1, #2, ...) for good: 'upskill revert N' takes that number (a git merge \
            numbers the other machine's new changes after yours). Changes taken back \
            by 'upskill undo' or 'upskill revert', and the undo and redo entries \
            themselves, are hidden unless --all is given, which marks what took each one \
            back. Reads the journal beside your progress and never changes it.
            """,
        options: [
            OptionSpec("since", help: "Only entries dated on or after this day, YYYY-MM-DD.", valueName: "date"),
            .flag("all", help: "Also show undone and reverted changes (marked so) and the undo and redo entries."),
            OptionSpec(
                "format", help: "Output format.", valueName: "format", allowedValues: ["text", "json"],
                defaultValue: "text"),
        ],
        examples: [
            CommandExample("upskill history", "Everything in effect, in date order."),
            CommandExample("upskill history --all", "Also what was undone, and by which entry."),
            CommandExample("upskill history --since 2026-01-01 --format json", "This year's record, for a script."),
        ],
        group: "Progress")

    let context: ProgressContext
    let since: CivilDate?
    let all: Bool
    let format: String

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        context = try ProgressContext(arguments, environment: environment)
        since = try PlanCommand.date(arguments.value("since"), option: "since")
        all = arguments.flag("all")
        format = arguments.value("format") ?? "text"
    }

    /// The entries shown, in date order (ties in the order recorded), and how many the
    /// filter hid.
    static func shown(_ history: History, timeline: JournalTimeline, all: Bool, since: CivilDate?)
        -> (entries: [JournalEntry], hidden: Int)
    {
        let dated = history.entries.filter { entry in since.map { entry.date >= $0 } ?? true }
        let visible = all ? dated : dated.filter { timeline.isInEffect($0.sequence) }
        let ordered = visible.sorted { ($0.date, $0.sequence) < ($1.date, $1.sequence) }
        return (ordered, dated.count - visible.count)
    }

    func run(console: Console) throws(CLIError) {
        let history = try context.history()
        let timeline = JournalTimeline(history)
        let takenBackBy = timeline.takenBackBy
        let (entries, hidden) = Self.shown(history, timeline: timeline, all: all, since: since)
        let style = TextStyle(console: console)

        if format == "json" {
            console.out(
                JSONOutput.object([
                    ("missingEntries", .number(Double(history.missingEntries))),
                    ("hiddenEntries", .number(Double(hidden))),
                    ("entries", .array(entries.map { json($0, timeline: timeline) })),
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
                    : since.map { "No entries since \($0)." } ?? "No changes in effect: every one was undone."
            )
        }
        let numberWidth = String(entries.map(\.sequence).max() ?? 0).count + 1
        for entry in entries {
            var summary = ChangeSummary.describe(
                entry.change, arrow: style.arrow, target: Self.subject(of: entry, timeline))
            if let taker = takenBackBy[entry.sequence] {
                let how = if case .revert? = timeline.entries[taker]?.change { "reverted" } else { "undone" }
                summary += style.dim(" (\(how) by #\(taker))")
            }
            lines.append(
                "\(entry.date)  " + style.dim(Format.pad("#\(entry.sequence)", numberWidth, right: true)) + "  "
                    + summary)
        }
        if hidden > 0 {
            lines.append(
                style.dim(
                    "(\(Format.count(hidden, "entry", "entries")) hidden: undone or reverted changes, undos and redos; --all shows them)"
                ))
        }
        console.out(lines.joined(separator: "\n") + "\n")
    }

    /// For an undo, redo or revert, the entry it is about.
    static func subject(of entry: JournalEntry, _ timeline: JournalTimeline) -> JournalEntry? {
        switch entry.change {
        case .undo(let target), .redo(let target), .revert(let target): timeline.entries[target]
        default: nil
        }
    }

    private func json(_ entry: JournalEntry, timeline: JournalTimeline) -> JSONOutput {
        var minutes: Int?
        var text: String?
        var undoes: Int?
        var redoes: Int?
        var reverts: Int?
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
        case .redo(let sequence): redoes = sequence
        case .revert(let sequence): reverts = sequence
        }
        func number(_ value: Int?) -> JSONOutput { value.map { JSONOutput.number(Double($0)) } ?? .null }
        let hours: JSONOutput = minutes.map { .number((Double($0) / 60 * 100).rounded() / 100) } ?? .null
        let summary = ChangeSummary.describe(entry.change, target: Self.subject(of: entry, timeline))
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
            ("undoes", number(undoes)),
            ("redoes", number(redoes)),
            ("reverts", number(reverts)),
            ("inEffect", .bool(timeline.isInEffect(entry.sequence))),
            ("undoneBy", number(timeline.status[entry.sequence]?.takenBackBy)),
        ]
        return .object(members)
    }
}
