import UpskillPlanner

/// The schedule as an iCalendar file (RFC 5545) that imports into Google Calendar,
/// Outlook and Apple Calendar: an all-day study block a week, Monday to Sunday, listing
/// that week's steps, their hours and where to learn them. Consecutive weeks with the
/// same steps are one event that repeats weekly (`RRULE:FREQ=WEEKLY;COUNT=n`), so the
/// file grows with the plan's steps, never with its weeks.
///
/// The file is byte-identical for the same plan: `DTSTAMP` is the plan's start (not the
/// clock), and each `UID` is derived from the roadmap's targets, start and week, so that
/// importing an updated plan again replaces its weeks rather than adding copies.
///
/// With ``StudySessions`` (`--ics-sessions`), timed sessions on the study days instead
/// (`ICalendarRenderer+Sessions.swift`).
package struct ICalendarRenderer: RoadmapRenderer {
    package static let format = "ics"
    package static let fileExtension = "ics"
    package static let summary = "A calendar file with a study block for each week (Google, Outlook, Apple)."

    let generator: String
    /// Timed study sessions instead of a block a week (`--ics-sessions`).
    let sessions: StudySessions?

    package init(options: RenderOptions) {
        generator = options.generator
        sessions = options.studySessions
    }

    package func render(_ roadmap: Roadmap, progress: RoadmapProgress?) -> String {
        let view = RoadmapView(roadmap, progress: progress)
        let schedule = roadmap.schedule
        let title = view.displayTitle()
        // Week 1's Monday, not the day of the export: a later export of the same goal keeps
        // each week's event id and date, so importing it replaces the weeks it had.
        let stamp = Format.compactDate(schedule.weekOne) + "T000000Z"
        let identity = Self.hash(roadmap.title() + "|" + schedule.weekOne.description)
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Upskill//\(ICalendarText.escape(generator))//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ICalendarText.escape("Upskill: " + title),
        ]
        if let sessions {
            lines += Self.sessionEvents(view, schedule: schedule, sessions: sessions, identity: identity, stamp: stamp)
            lines.append("END:VCALENDAR")
            return lines.map(ICalendarText.fold).joined()
        }
        // Runs of weeks that hold the same steps (a step spanning weeks is in each), found
        // from the steps' first and last weeks: the work is proportional to the steps,
        // never to the weeks (a plan of a million weeks is a handful of runs).
        for run in Self.runs(of: view, weekCount: schedule.weekCount) {
            let first = schedule.firstDay(ofWeek: run.weeks.lowerBound)
            // iCalendar dates have four-digit years: weeks that end after 9999 are left out.
            guard first <= Self.latestWeekStart else { break }
            let representable = (Self.latestWeekStart.daysSinceEpoch - first.daysSinceEpoch) / 7 + 1
            let count = min(run.weeks.count, representable)
            let last = run.weeks.lowerBound + count - 1
            let steps = run.steps.map { view.steps[$0] }
            let names = steps.map { PlainText.singleLine($0.skill.name) }
            let span = count == 1 ? "Week \(run.weeks.lowerBound)" : "Weeks \(run.weeks.lowerBound)–\(last)"
            var description: [String] = [
                "\(span) of \(schedule.weekCount) of your roadmap: \(title).",
                "Up to \(Format.hours(schedule.hoursPerWeek)) hours of study \(count == 1 ? "this week" : "each week").", "",
            ]
            for step in steps {
                var line = "• \(step.skill.name) (\(Format.hours(step.hours)) h"
                if let weeks = step.weeks, weeks.count > 1 {
                    line += ", weeks \(weeks.lowerBound)–\(weeks.upperBound)"
                }
                line += ")"
                description += Self.details(of: step, line: line)
            }
            lines += [
                "BEGIN:VEVENT",
                "UID:upskill-\(identity)-week-\(run.weeks.lowerBound)@upskill.invalid",
                "DTSTAMP:\(stamp)",
                "DTSTART;VALUE=DATE:\(Format.compactDate(first))",
                "DTEND;VALUE=DATE:\(Format.compactDate(first.adding(days: 7)))",
            ]
            if count > 1 { lines.append("RRULE:FREQ=WEEKLY;COUNT=\(count)") }
            lines += [
                "SUMMARY:" + ICalendarText.escape("Study \(span.lowercased()): " + names.joined(separator: ", ")),
                "DESCRIPTION:" + ICalendarText.escape(description.joined(separator: "\n")),
                "CATEGORIES:Upskill",
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.fold).joined()
    }

    /// A step's lines in an event's description: `line` (its name and hours), the hours
    /// logged on a started step, why it is there and where to learn it.
    static func details(of step: RoadmapView.Step, line: String) -> [String] {
        var lines = [line + (step.status == .inProgress ? ", \(Format.hours(step.hoursLogged)) h logged" : "")]
        lines.append("  Why: " + step.why())
        if let resource = step.resources.first {
            lines.append("  Learn: \(resource.title) \(URLText.safe(resource.url) ?? resource.url)")
        }
        return lines
    }

    /// The latest first day of a week an event can have: its end, a week later, is
    /// still a four-digit year.
    static let latestWeekStart = CivilDate(year: 9999, month: 12, day: 24)

    /// Consecutive weeks holding the same unfinished steps, in order, each with the
    /// positions of its steps in plan order. Weeks with no step are left out.
    /// - Complexity: O(*s* log *s*) for *s* steps, whatever the number of weeks.
    static func runs(of view: RoadmapView, weekCount: Int) -> [(weeks: ClosedRange<Int>, steps: [Int])] {
        var boundaries: [Int] = []
        var spans: [(position: Int, weeks: ClosedRange<Int>)] = []
        for (position, step) in view.steps.enumerated() {
            guard let weeks = step.weeks, !step.status.isFinished else { continue }
            let first = max(weeks.lowerBound, 1), last = min(weeks.upperBound, weekCount)
            guard first <= last else { continue }
            spans.append((position, first...last))
            boundaries += [first, last + 1]
        }
        boundaries = Array(Set(boundaries)).sorted()
        // Steps are in plan order, so their first weeks never decrease: a sweep over the
        // boundaries adds each step once and drops it once.
        let byStart = spans.sorted { ($0.weeks.lowerBound, $0.position) < ($1.weeks.lowerBound, $1.position) }
        var next = 0
        var active: [(position: Int, weeks: ClosedRange<Int>)] = []
        var runs: [(weeks: ClosedRange<Int>, steps: [Int])] = []
        for (index, week) in boundaries.enumerated().dropLast() {
            active.removeAll { $0.weeks.upperBound < week }
            while next < byStart.count, byStart[next].weeks.lowerBound <= week {
                active.append(byStart[next])
                next += 1
            }
            guard !active.isEmpty else { continue }
            runs.append((week...(boundaries[index + 1] - 1), active.map(\.position).sorted()))
        }
        return runs
    }

    /// FNV-1a, 64 bits, in hex: a stable id that no Swift hashing seed can change.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
