import UpskillPlanner

/// `--ics-sessions`: timed study sessions on the learner's study days instead of one
/// all-day block a week. The week's hours are shared equally between its study days
/// (in the first week, between the study days from the start on), and the steps fill
/// the sessions in plan order, so every step falls in the same weeks as in the plan.
///
/// Consecutive sessions spent on the same step are one event that repeats on the study
/// days (`RRULE:FREQ=WEEKLY;BYDAY=…;COUNT=n`), so the file grows with the plan's steps,
/// never with its weeks. Each `UID` is the roadmap's identity and the session's date: a
/// later export replaces the sessions it had on the same days.
extension ICalendarRenderer {
    /// A run of consecutive sessions holding the same steps.
    struct SessionRun {
        /// The first and last session, numbered from 0 in study order.
        var sessions: ClosedRange<Int>
        /// The steps studied in them: plan position and hours in each session.
        var steps: [(position: Int, hours: Double)]
    }

    /// The sessions' timing for one schedule: where each session starts, in hours of
    /// study from the start of ``Schedule/firstWeek``.
    struct SessionClock {
        let hoursPerWeek: Double
        let days: [StudySessions.Weekday]
        /// The study days of the first week (from the start on); when none is left, the
        /// start day itself.
        let firstWeekDays: [StudySessions.Weekday]

        init(schedule: Schedule, sessions: StudySessions) {
            hoursPerWeek = schedule.hoursPerWeek
            days = sessions.days
            let startDay = StudySessions.Weekday(of: schedule.start)
            let left = sessions.days.filter { $0 >= startDay }
            firstWeekDays = left.isEmpty ? [startDay] : left
        }

        /// The hours of one session: a first-week session's share differs when the week
        /// starts after some of its study days.
        func length(ofSession session: Int) -> Double {
            session < firstWeekDays.count
                ? hoursPerWeek / Double(firstWeekDays.count) : hoursPerWeek / Double(days.count)
        }

        /// The session that holds the study just after `time` (or, with `endingAt`, just
        /// before it), `time` in hours from the start.
        func session(at time: Double, endingAt: Bool = false) -> Int {
            let inside = endingAt ? time - 1e-9 : time + 1e-9
            if inside < hoursPerWeek {
                let index = Schedule.wholeWeeks(inside / length(ofSession: 0), rounding: .down)
                return min(max(index, 0), firstWeekDays.count - 1)
            }
            let week = Schedule.wholeWeeks(inside / hoursPerWeek, rounding: .down)
            let within = inside - Double(week) * hoursPerWeek
            let index = Schedule.wholeWeeks(within / length(ofSession: firstWeekDays.count), rounding: .down)
            return firstWeekDays.count + (week - 1) * days.count + min(max(index, 0), days.count - 1)
        }

        /// The week (counted from 0 at the first week) and the study day of a session.
        func place(ofSession session: Int) -> (week: Int, day: StudySessions.Weekday) {
            if session < firstWeekDays.count { return (0, firstWeekDays[session]) }
            let later = session - firstWeekDays.count
            return (1 + later / days.count, days[later % days.count])
        }
    }

    /// The runs of sessions of a schedule, in order.
    /// - Complexity: O(*s*) for *s* steps, whatever the number of weeks.
    static func sessionRuns(of schedule: Schedule, clock: SessionClock) -> [SessionRun] {
        var runs: [SessionRun] = []
        var elapsed = 0.0
        let tolerance = 1e-9
        for (position, hours) in schedule.stepHours.enumerated() where hours > tolerance {
            let begin = elapsed
            elapsed += hours
            let first = clock.session(at: begin), last = clock.session(at: elapsed, endingAt: true)
            // The step's share of its first and last session; the sessions between hold it alone.
            func share(of session: Int) -> Double {
                let start = sessionStart(session, clock: clock)
                return min(elapsed, start + clock.length(ofSession: session)) - max(begin, start)
            }
            add(first...first, (position, share(of: first)), to: &runs, clock: clock)
            if last > first + 1 {
                add((first + 1)...(last - 1), (position, clock.length(ofSession: first + 1)), to: &runs, clock: clock)
            }
            if last > first { add(last...last, (position, share(of: last)), to: &runs, clock: clock) }
        }
        return merged(runs, clock: clock)
    }

    /// Joins neighbouring runs that hold the same one step for the same hours (a step's
    /// first or last session when it fills it), within the first week or after it.
    private static func merged(_ runs: [SessionRun], clock: SessionClock) -> [SessionRun] {
        var result: [SessionRun] = []
        for run in runs {
            if let last = result.last, last.steps.count == 1, run.steps.count == 1,
                last.steps[0].position == run.steps[0].position,
                abs(last.steps[0].hours - run.steps[0].hours) < 1e-9,
                last.sessions.upperBound + 1 == run.sessions.lowerBound,
                (last.sessions.upperBound < clock.firstWeekDays.count) == (run.sessions.lowerBound < clock.firstWeekDays.count)
            {
                result[result.count - 1].sessions = last.sessions.lowerBound...run.sessions.upperBound
            } else {
                result.append(run)
            }
        }
        return result
    }

    /// Where a session starts, in hours of study from the start.
    private static func sessionStart(_ session: Int, clock: SessionClock) -> Double {
        let firstCount = clock.firstWeekDays.count
        if session < firstCount { return Double(session) * clock.length(ofSession: 0) }
        let later = session - firstCount
        return clock.hoursPerWeek * Double(1 + later / clock.days.count)
            + Double(later % clock.days.count) * clock.length(ofSession: firstCount)
    }

    /// Appends a step's sessions, keeping a run within the first week or after it (their
    /// sessions differ in length).
    private static func add(
        _ sessions: ClosedRange<Int>, _ step: (position: Int, hours: Double), to runs: inout [SessionRun],
        clock: SessionClock
    ) {
        let boundary = clock.firstWeekDays.count
        if sessions.lowerBound < boundary, sessions.upperBound >= boundary {
            add(sessions.lowerBound...(boundary - 1), (step.position, clock.length(ofSession: 0)), to: &runs, clock: clock)
            add(boundary...sessions.upperBound, (step.position, clock.length(ofSession: boundary)), to: &runs, clock: clock)
            return
        }
        if let last = runs.last, last.sessions == sessions, sessions.count == 1 {
            runs[runs.count - 1].steps.append(step)
        } else {
            runs.append(SessionRun(sessions: sessions, steps: [step]))
        }
    }
}

extension ICalendarRenderer {
    /// The events of `--ics-sessions`: one per run of sessions.
    static func sessionEvents(
        _ view: RoadmapView, schedule: Schedule, sessions: StudySessions, identity: String, stamp: String
    ) -> [String] {
        let clock = SessionClock(schedule: schedule, sessions: sessions)
        // Plan position → the view's step (a skill done before the plan has no position).
        var stepAt: [Int: RoadmapView.Step] = [:]
        for step in view.steps where step.number > 0 { stepAt[step.number - 1] = step }
        let time = twoDigits(sessions.startMinute / 60) + twoDigits(sessions.startMinute % 60)
        var lines: [String] = []
        for run in sessionRuns(of: schedule, clock: clock) {
            let place = clock.place(ofSession: run.sessions.lowerBound)
            let day = schedule.firstDay(ofWeek: schedule.firstWeek + place.week).adding(days: place.day.rawValue)
            // iCalendar dates have four-digit years: sessions after 9999 are left out.
            guard day <= latestWeekStart else { break }
            let steps = run.steps.compactMap { part in stepAt[part.position].map { (step: $0, hours: part.hours) } }
            guard !steps.isEmpty else { continue }
            let minutes = max(1, Int((steps.reduce(0) { $0 + $1.hours } * 60).rounded()))
            let count = run.sessions.count
            let lastPlace = clock.place(ofSession: run.sessions.upperBound)
            let firstWeek = schedule.firstWeek + place.week, lastWeek = schedule.firstWeek + lastPlace.week
            let span = firstWeek == lastWeek ? "week \(firstWeek)" : "weeks \(firstWeek)–\(lastWeek)"
            var description = [
                count == 1
                    ? "A study session of \(duration(minutes)), \(span) of \(schedule.weekCount) of your roadmap."
                    : "\(count) study sessions of \(duration(minutes)) each ("
                        + clock.days.map(\.name).joined(separator: ", ")
                        + "), \(span) of \(schedule.weekCount) of your roadmap.",
                "",
            ]
            for (step, hours) in steps {
                var line = "• \(step.skill.name): \(Format.hours(hours)) h a session, \(Format.hours(step.hours)) h in all"
                if let weeks = step.weeks {
                    line += weeks.count > 1 ? ", weeks \(weeks.lowerBound)–\(weeks.upperBound)" : ", week \(weeks.lowerBound)"
                }
                description += details(of: step, line: line)
            }
            lines += [
                "BEGIN:VEVENT",
                "UID:upskill-\(identity)-session-\(Format.compactDate(day))@upskill.invalid",
                "DTSTAMP:\(stamp)",
                "DTSTART:\(Format.compactDate(day))T\(time)00",
                "DURATION:PT\(minutes / 60)H\(minutes % 60)M",
            ]
            if count > 1 {
                lines.append(
                    "RRULE:FREQ=WEEKLY;BYDAY=" + clock.days.map(\.calendarName).joined(separator: ",") + ";COUNT=\(count)")
            }
            let names = steps.map { PlainText.singleLine($0.step.skill.name) }
            lines += [
                "SUMMARY:" + ICalendarText.escape("Study: " + names.joined(separator: ", ")),
                "DESCRIPTION:" + ICalendarText.escape(description.joined(separator: "\n")),
                "CATEGORIES:Upskill",
                "END:VEVENT",
            ]
        }
        return lines
    }

    /// "2 h 40 min", "45 min", "3 h".
    static func duration(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        switch (hours, rest) {
        case (0, _): return "\(rest) min"
        case (_, 0): return "\(hours) h"
        default: return "\(hours) h \(rest) min"
        }
    }
}

/// A non-negative number in decimal with two digits at least: `7` → `07`.
private func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : String(value)
}
