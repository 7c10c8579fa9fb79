import UpskillPlanner

/// The schedule as a Gantt chart in two inline SVGs that share one horizontal scale: a
/// header (years, months, week numbers, and the labels of today and the deadline) that the
/// page keeps in view while the rows scroll under it, and the rows — the work already done
/// on the plan, then a row per step with a bar over its weeks — with lines for today and
/// the deadline.
///
/// Names are wrapped, never cut. A long plan widens the chart (it scrolls sideways in its
/// box) rather than shrinking its weeks below ``minimumWeekWidth``, and no bar is drawn
/// narrower than ``minimumBarWidth``. Today comes from the progress given, never from the
/// clock, so the same input draws the same chart.
struct TimelineDrawing {
    /// The width the chart fills when its weeks fit.
    static let width = 1120.0
    static let labelWidth = 250.0
    static let rowHeight = 22.0
    static let lineHeight = 14.0
    static let barHeight = 12.0
    /// The header's height: years, months and weeks, and a line for the markers' labels
    /// when there are markers.
    static let headerHeight = 76.0
    static let headerHeightWithoutMarkers = 56.0
    static let bottom = 8.0
    static let right = 16.0
    /// The narrowest a week is drawn: a longer plan widens the chart instead.
    static let minimumWeekWidth = 4.0
    /// The narrowest a bar is drawn, so that a week's step stays visible on a long plan.
    static let minimumBarWidth = 8.0
    /// The widest the chart grows to keep weeks at ``minimumWeekWidth`` (2,000 weeks):
    /// plans of decades are fitted into it, their bars kept at ``minimumBarWidth``.
    static let maximumChartWidth = 8000.0

    /// One row of the chart: a step of the plan, or a skill done during it.
    struct Row {
        let step: RoadmapView.Step
        /// The first and last week of its bar; `nil` for a step without weeks.
        let weeks: ClosedRange<Int>?
        /// The name, wrapped to the label column.
        let lines: [String]
        let top: Double
        let height: Double
    }

    let view: RoadmapView
    let rows: [Row]
    let weeks: Int
    let weekWidth: Double
    let chartLeft: Double
    let totalWidth: Double
    let rowsHeight: Double

    init(view: RoadmapView) {
        self.view = view
        let schedule = view.roadmap.schedule
        let weeks = max(1, schedule.weekCount)
        self.weeks = weeks
        let chartLeft = Self.labelWidth + 12
        self.chartLeft = chartLeft
        let fitted = Self.width - chartLeft - Self.right
        let weekWidth = max(fitted / Double(weeks), min(Self.minimumWeekWidth, Self.maximumChartWidth / Double(weeks)))
        self.weekWidth = weekWidth
        totalWidth = chartLeft + weekWidth * Double(weeks) + Self.right

        // Work done during the plan first, in the order it was finished, then the steps.
        let weekOne = schedule.weekOne
        func week(of date: CivilDate) -> Int {
            min(max(1, (date.daysSinceEpoch - weekOne.daysSinceEpoch) / 7 + 1), weeks)
        }
        let done = view.earlier.enumerated().filter { $0.element.isFinishedDuringPlan }.sorted { a, b in
            (a.element.finishedOn ?? weekOne, a.offset) < (b.element.finishedOn ?? weekOne, b.offset)
        }.map(\.element)
        var rows: [Row] = []
        var top = 4.0
        func add(_ step: RoadmapView.Step, weeks: ClosedRange<Int>?) {
            let prefix = step.number == 0 ? "✓ " : "\(step.number). "
            let lines = TextMetrics.wrap(
                prefix + PlainText.singleLine(step.skill.name), width: Self.labelWidth - 52, fontSize: 12, maxLines: 8)
            let height = max(Self.rowHeight, Double(lines.count) * Self.lineHeight + 8)
            rows.append(Row(step: step, weeks: weeks, lines: lines, top: top, height: height))
            top += height
        }
        for step in done {
            guard let finished = step.finishedOn else { continue }
            let first = week(of: min(step.startedOn ?? finished, finished))
            add(step, weeks: first...max(first, week(of: finished)))
        }
        for step in view.steps { add(step, weeks: step.weeks) }
        self.rows = rows
        rowsHeight = top + Self.bottom
    }

    // MARK: Scale

    private var start: CivilDate { view.roadmap.schedule.weekOne }
    private var end: CivilDate { start.adding(days: 7 * weeks) }

    private func x(_ date: CivilDate) -> Double {
        chartLeft + Double(date.daysSinceEpoch - start.daysSinceEpoch) / 7 * weekWidth
    }

    private func x(week: Int) -> Double { chartLeft + Double(week - 1) * weekWidth }

    /// The first day of each month shown, at most a few hundred however long the plan:
    /// every month while months are 2 px or wider; else every year, or every 10, 100, …
    /// years (issue 16, finding 6).
    private var months: [CivilDate] {
        let monthWidth = 4.35 * weekWidth
        let monthStep = monthWidth >= 2 ? 1 : 12 * Self.niceStep(atLeast: 2 / (monthWidth * 12))
        return monthStarts(from: start, to: end, every: monthStep)
    }

    /// Today and the deadline, when they fall in the chart, by date.
    private var markers: [(date: CivilDate, name: String, cssClass: String)] {
        var markers: [(CivilDate, String, String)] = []
        if let today = view.today, today >= start, today < end {
            markers.append((today, "Today, \(Format.shortDate(today))", "today"))
        }
        if let deadline = view.roadmap.deadline, deadline >= start, deadline <= end {
            markers.append((deadline, "Deadline, \(Format.shortDate(deadline))", "deadline"))
        }
        return markers.sorted { $0.0 < $1.0 }
    }

    // MARK: Header

    /// The header: years, months, week numbers and the markers' labels.
    func headerSVG() -> String {
        let schedule = view.roadmap.schedule
        let markers = self.markers
        let height = markers.isEmpty ? Self.headerHeightWithoutMarkers : Self.headerHeight
        var out: [String] = []
        out.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline head\" viewBox=\"0 0 \(totalWidth.svg) \(height.svg)\" width=\"\(totalWidth.svg)\" height=\"\(height.svg)\" role=\"img\" aria-labelledby=\"timeline-title\">"
        )
        out.append(
            "<title id=\"timeline-title\">Timeline: \(Format.count(schedule.weekCount, "week")) from \(Format.date(start)) to \(Format.date(schedule.finish))</title>"
        )
        out.append("<rect class=\"backdrop\" x=\"0\" y=\"0\" width=\"\(totalWidth.svg)\" height=\"\(height.svg)\"/>")
        let monthWidth = 4.35 * weekWidth
        let every = monthWidth >= 26 ? 1 : monthWidth >= 9 ? 3 : 0
        out.append("<g class=\"months\">")
        // Every year gets a label: at its 1 January, or at the start for the first year, moved
        // right just enough not to run into the label before it. Only when years are
        // narrower than a label (plans of decades) are they labelled every 2, 5, 10, … years.
        let labelWidth = 34.0  // "2027" in bold 12 px, and a gap
        let yearWidth = 365.25 / 7 * weekWidth
        let yearStride = yearWidth >= labelWidth + 4 ? 1 : Self.niceStep(atLeast: (labelWidth + 4) / yearWidth)
        var labelEnd = -Double.infinity
        var yearsShown: Set<Int> = []
        let lastYear = schedule.finish.year
        for month in [start] + monthStarts(from: start, to: end, every: 12 * yearStride) where month == start || month.month == 1 {
            guard month.year <= lastYear, yearsShown.insert(month.year).inserted else { continue }
            if month != start, yearStride > 1, month.year % yearStride != 0 { continue }
            let at = max(x(month) + 3, labelEnd + 4)
            guard at <= totalWidth - Self.right - labelWidth + 12 else { continue }
            out.append("<text class=\"year\" x=\"\(at.svg)\" y=\"14\">\(month.year)</text>")
            labelEnd = at + labelWidth
        }
        for month in [start] + months {
            let left = x(month)
            guard left <= totalWidth - Self.right - 24 else { continue }
            guard month.day == 1, every > 0, (month.month - 1) % every == 0 else { continue }
            out.append("<line class=\"tick\" x1=\"\(left.svg)\" y1=\"20\" x2=\"\(left.svg)\" y2=\"\(height.svg)\"/>")
            if monthWidth * Double(every) >= 22 {
                out.append("<text class=\"month\" x=\"\((left + 3).svg)\" y=\"32\">\(Format.monthName(month.month))</text>")
            }
        }
        out.append("</g>")

        // Week numbers, spaced to stay readable.
        let weekStep =
            [1, 2, 4, 5, 10, 13, 26, 52, 104].first { Double($0) * weekWidth >= 30 }
            ?? 104 * Self.niceStep(atLeast: 30 / (104 * weekWidth))
        out.append("<g class=\"weeks\">")
        out.append("<text class=\"week\" x=\"\(Self.labelWidth.svg)\" y=\"48\" text-anchor=\"end\">Week</text>")
        var lastLabel = -Double.infinity
        // Only the labelled weeks are visited: week 1 and the multiples of the step.
        for week in [1] + Array(stride(from: weekStep, through: weeks, by: weekStep)) {
            let center = x(week: week) + weekWidth / 2
            guard center - lastLabel >= 26 else { continue }
            lastLabel = center
            out.append("<text class=\"week\" x=\"\(center.svg)\" y=\"48\" text-anchor=\"middle\">\(week)</text>")
        }
        out.append("</g>")

        // Markers' labels, on their own line under the week numbers, pushed apart.
        var labelRight = -Double.infinity
        for (date, name, cssClass) in markers {
            let position = x(date)
            let width = TextMetrics.width(name, fontSize: 11, bold: true) + 12
            var left = min(max(position - width / 2, chartLeft - 8), totalWidth - width)
            if left < labelRight + 6 { left = labelRight + 6 }
            labelRight = left + width
            out.append(
                "<g class=\"marker \(cssClass)\"><line x1=\"\(position.svg)\" y1=\"70\" x2=\"\(position.svg)\" y2=\"\(height.svg)\"/>"
                    + "<rect x=\"\(left.svg)\" y=\"55\" width=\"\(width.svg)\" height=\"17\" rx=\"8.5\"/>"
                    + "<text x=\"\((left + width / 2).svg)\" y=\"67\" text-anchor=\"middle\">\(XMLText.escape(name))</text></g>"
            )
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    // MARK: Rows

    /// The rows: done work, then the steps, with the month grid and the markers' lines.
    func rowsSVG() -> String {
        let height = rowsHeight
        var out: [String] = []
        out.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline rows\" viewBox=\"0 0 \(totalWidth.svg) \(height.svg)\" width=\"\(totalWidth.svg)\" height=\"\(height.svg)\" role=\"img\" aria-label=\"\(XMLText.attribute("The bars of \(Format.count(rows.count, "skill")), by week"))\">"
        )
        // A backdrop of its own, like the header's: under Chrome's automatic dark mode (which
        // darkens the page but not an SVG's own fills) every row stays readable.
        out.append("<rect class=\"backdrop\" x=\"0\" y=\"0\" width=\"\(totalWidth.svg)\" height=\"\(height.svg)\"/>")
        out.append("<g class=\"grid-lines\">")
        for month in months {
            out.append("<line class=\"grid\" x1=\"\(x(month).svg)\" y1=\"0\" x2=\"\(x(month).svg)\" y2=\"\(height.svg)\"/>")
        }
        out.append("</g>")
        out.append("<g class=\"bars\">")
        for (index, row) in rows.enumerated() { out.append(contentsOf: draw(row, index: index)) }
        out.append("</g>")
        for (date, _, cssClass) in markers {
            out.append(
                "<g class=\"marker \(cssClass)\"><line x1=\"\(x(date).svg)\" y1=\"0\" x2=\"\(x(date).svg)\" y2=\"\(height.svg)\"/></g>"
            )
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    private func draw(_ row: Row, index: Int) -> [String] {
        let step = row.step
        let y = row.top
        var out: [String] = []
        let finished = step.number == 0
        out.append("<g class=\"row \(StatusPalette.cssClass(step.status))\(finished ? " earlier" : "")\">")
        var note = "\(Format.hours(step.hours)) h"
        if finished, let date = step.finishedOn {
            note += ", \(step.status == .skipped ? "skipped" : "done") \(Format.date(date))"
        } else if let dates = step.dates {
            note += ", \(Format.date(dates.lowerBound)) – \(Format.date(dates.upperBound)) · \(step.status.label)"
        }
        out.append("<title>\(XMLText.escape("\(PlainText.singleLine(step.skill.name)): \(note)"))</title>")
        if index % 2 == 0 {
            out.append(
                "<rect class=\"stripe\" x=\"0\" y=\"\(y.svg)\" width=\"\(totalWidth.svg)\" height=\"\(row.height.svg)\"/>")
        }
        let firstLine = y + 15
        let label = row.lines.enumerated().map { line, text in
            "<tspan x=\"4\" y=\"\((firstLine + Double(line) * Self.lineHeight).svg)\">\(XMLText.escape(text))</tspan>"
        }.joined()
        out.append(
            "<text class=\"label\">\(label)</text>"
                + "<text class=\"hours\" x=\"\(Self.labelWidth.svg)\" y=\"\(firstLine.svg)\" text-anchor=\"end\">\(Format.hours(step.hours)) h</text>"
        )
        guard let weeks = row.weeks else {
            out.append("</g>")
            return out
        }
        let left = x(week: weeks.lowerBound) + 1
        let barWidth = max(Self.minimumBarWidth, Double(weeks.count) * weekWidth - 2)
        let barY = y + (min(row.height, Self.rowHeight + Self.lineHeight) - Self.barHeight) / 2
        // Study logged on a started step before this week: drawn as done, up to the bar.
        if step.status == .inProgress, let started = step.startedOn, x(started) < left - 1 {
            let from = max(chartLeft, x(started.mondayOfWeek) + 1)
            out.append(
                "<rect class=\"studied\" x=\"\(from.svg)\" y=\"\(barY.svg)\" width=\"\(max(Self.minimumBarWidth, left - 1 - from).svg)\" height=\"\(Self.barHeight.svg)\" rx=\"3\"/>"
            )
        }
        out.append(
            "<rect class=\"bar\" x=\"\(left.svg)\" y=\"\(barY.svg)\" width=\"\(barWidth.svg)\" height=\"\(Self.barHeight.svg)\" rx=\"3\"/>"
        )
        if step.status == .inProgress, step.hours > 0 {
            let share = min(1, step.hoursLogged / step.hours)
            // Never a sliver: at least 4 px, and the figures beside the bar.
            let meter = max(4, barWidth * share)
            out.append(
                "<rect class=\"meter\" x=\"\(left.svg)\" y=\"\(barY.svg)\" width=\"\(meter.svg)\" height=\"\(Self.barHeight.svg)\" rx=\"3\"/>"
            )
            let figures = "\(Format.hours(step.hoursLogged)) of \(Format.hours(step.hours)) h · \(Int((share * 100).rounded(.down)))%"
            let textWidth = TextMetrics.width(figures, fontSize: 11.5)
            let after = left + barWidth + 6
            let (at, anchor) = after + textWidth <= totalWidth - 4 ? (after, "start") : (left - 6, "end")
            out.append(
                "<text class=\"progress-figures\" x=\"\(at.svg)\" y=\"\((barY + 10).svg)\" text-anchor=\"\(anchor)\">\(figures)</text>")
        }
        out.append("</g>")
        return out
    }

    /// The smallest of 1, 2, 5, 10, 20, 50, … that is at least `minimum`.
    static func niceStep(atLeast minimum: Double) -> Int {
        var step = 1
        while Double(step) < minimum && step < Int.max / 10 {
            for factor in [2, 5, 10] where Double(step * factor) >= minimum || factor == 10 {
                step *= factor
                break
            }
        }
        return step
    }

    /// The first day of each month after `start` and before `end`, and `start`'s own month
    /// when it begins on the 1st; with `every` above 1, only months whose number since
    /// year 0 is a multiple of it (`every: 12`: each 1 January).
    private func monthStarts(from start: CivilDate, to end: CivilDate, every: Int) -> [CivilDate] {
        var result: [CivilDate] = []
        var index = start.year * 12 + start.month - 1
        if start.day > 1 { index += 1 }
        index = (index + every - 1) / every * every
        while true {
            let month = CivilDate(year: index / 12, month: index % 12 + 1, day: 1)
            guard month < end else { break }
            result.append(month)
            index += every
        }
        return result
    }
}
