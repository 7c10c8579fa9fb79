import UpskillPlanner

/// The schedule as an iCalendar file (RFC 5545) that imports into Google Calendar,
/// Outlook and Apple Calendar: one all-day study block a week, Monday to Sunday, listing
/// that week's steps, their hours and where to learn them.
///
/// The file is byte-identical for the same plan: `DTSTAMP` is the plan's start (not the
/// clock), and each `UID` is derived from the roadmap's targets, start and week, so that
/// importing an updated plan again replaces its weeks rather than adding copies.
package struct ICalendarRenderer: RoadmapRenderer {
    package static let format = "ics"
    package static let fileExtension = "ics"
    package static let summary = "A calendar file with a study block for each week (Google, Outlook, Apple)."

    let generator: String

    package init(options: RenderOptions) {
        generator = options.generator
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
        // The steps each week holds (a step spanning weeks is in each of them).
        var weekSteps = [[Int]](repeating: [], count: schedule.weekCount + 1)
        for (position, step) in view.steps.enumerated() {
            guard let weeks = step.weeks, !step.status.isFinished else { continue }
            for week in weeks where week >= 1 && week <= schedule.weekCount { weekSteps[week].append(position) }
        }
        for week in 1..<max(1, schedule.weekCount + 1) where !weekSteps[week].isEmpty {
            let steps = weekSteps[week].map { view.steps[$0] }
            let names = steps.map { PlainText.singleLine($0.skill.name) }
            var description: [String] = [
                "Week \(week) of \(schedule.weekCount) of your roadmap: \(title).",
                "Up to \(Format.hours(schedule.hoursPerWeek)) hours of study this week.", "",
            ]
            for step in steps {
                var line = "• \(step.skill.name) (\(Format.hours(step.hours)) h"
                if let weeks = step.weeks, weeks.count > 1 {
                    line += ", weeks \(weeks.lowerBound)–\(weeks.upperBound)"
                }
                line += ")"
                if step.status == .inProgress { line += ", \(Format.hours(step.hoursLogged)) h logged" }
                description.append(line)
                description.append("  Why: " + step.why())
                if let resource = step.resources.first {
                    description.append("  Learn: \(resource.title) \(URLText.safe(resource.url) ?? resource.url)")
                }
            }
            let first = schedule.firstDay(ofWeek: week)
            lines += [
                "BEGIN:VEVENT",
                "UID:upskill-\(identity)-week-\(week)@upskill.invalid",
                "DTSTAMP:\(stamp)",
                "DTSTART;VALUE=DATE:\(Format.compactDate(first))",
                "DTEND;VALUE=DATE:\(Format.compactDate(first.adding(days: 7)))",
                "SUMMARY:" + ICalendarText.escape("Study week \(week): " + names.joined(separator: ", ")),
                "DESCRIPTION:" + ICalendarText.escape(description.joined(separator: "\n")),
                "CATEGORIES:Upskill",
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.fold).joined()
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
