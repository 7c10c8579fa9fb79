import UpskillPlanner

/// The schedule as a Gantt chart in inline SVG: a row per step with a bar over its weeks,
/// months along the top, week numbers along the bottom, and lines for today, the deadline
/// and the finish.
struct TimelineDrawing {
    static let width = 1120.0
    static let labelWidth = 250.0
    static let rowHeight = 22.0
    static let barHeight = 12.0
    static let top = 48.0
    static let bottom = 48.0
    static let right = 16.0

    let view: RoadmapView

    func svg() -> String {
        let schedule = view.roadmap.schedule
        let steps = view.steps
        let weeks = max(1, schedule.weekCount)
        let chartLeft = Self.labelWidth + 12
        let chartWidth = Self.width - chartLeft - Self.right
        let weekWidth = chartWidth / Double(weeks)
        let height = Self.top + Double(steps.count) * Self.rowHeight + Self.bottom
        // Week 1's Monday: weeks are numbered from it (a saved goal's start).
        let start = schedule.weekOne
        let end = start.adding(days: 7 * weeks)
        func x(_ date: CivilDate) -> Double {
            chartLeft + Double(date.daysSinceEpoch - start.daysSinceEpoch) / 7 * weekWidth
        }
        func x(week: Int) -> Double { chartLeft + Double(week - 1) * weekWidth }

        var out: [String] = []
        out.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 \(Self.width.svg) \(height.svg)\" width=\"\(Self.width.svg)\" height=\"\(height.svg)\" role=\"img\" aria-labelledby=\"timeline-title\">"
        )
        out.append(
            "<title id=\"timeline-title\">Timeline: \(Format.count(schedule.weekCount, "week")) from \(Format.date(start)) to \(Format.date(schedule.finish))</title>"
        )
        // Month bands, and labels: years on one row, months under them.
        let monthWidth = 4.35 * weekWidth
        // Every month while months are 2 px or wider; else every year, or every 10, 100, …
        // years: at most a few hundred lines, however long the plan (issue 16, finding 6).
        let monthStep = monthWidth >= 2 ? 1 : 12 * Self.niceStep(atLeast: 2 / (monthWidth * 12))
        let months = monthStarts(from: start, to: end, every: monthStep)
        let every = monthWidth >= 26 ? 1 : monthWidth >= 9 ? 3 : 0
        out.append("<g class=\"months\">")
        let gridBottom = Self.top + Double(steps.count) * Self.rowHeight + 2
        for month in months {
            out.append(
                "<line class=\"grid\" x1=\"\(x(month).svg)\" y1=\"\((Self.top - 4).svg)\" x2=\"\(x(month).svg)\" y2=\"\(gridBottom.svg)\"/>"
            )
        }
        // Every year gets a label: at its 1 January, or at the start for the first year, moved
        // right just enough not to run into the label before it. Only when years are
        // narrower than a label (plans of decades) are they labelled every 2, 5, 10, … years.
        let labelWidth = 30.0
        let yearWidth = 365.25 / 7 * weekWidth
        let yearStride = yearWidth >= labelWidth + 4 ? 1 : Self.niceStep(atLeast: (labelWidth + 4) / yearWidth)
        var labelEnd = -Double.infinity
        var yearsShown: Set<Int> = []
        let lastYear = schedule.finish.year
        for month in [start] + monthStarts(from: start, to: end, every: 12 * yearStride) where month == start || month.month == 1 {
            guard month.year <= lastYear, yearsShown.insert(month.year).inserted else { continue }
            if month != start, yearStride > 1, month.year % yearStride != 0 { continue }
            let at = max(x(month) + 3, labelEnd + 4)
            guard at <= Self.width - Self.right - labelWidth + 12 else { continue }
            out.append("<text class=\"year\" x=\"\(at.svg)\" y=\"14\">\(month.year)</text>")
            labelEnd = at + labelWidth
        }
        for month in [start] + months {
            let left = x(month)
            guard left <= Self.width - Self.right - 24 else { continue }
            guard month.day == 1, every > 0, (month.month - 1) % every == 0 else { continue }
            out.append(
                "<line class=\"tick\" x1=\"\(left.svg)\" y1=\"20\" x2=\"\(left.svg)\" y2=\"\((Self.top - 4).svg)\"/>")
            if monthWidth * Double(every) >= 22 {
                out.append(
                    "<text class=\"month\" x=\"\((left + 3).svg)\" y=\"33\">\(Format.monthName(month.month))</text>")
            }
        }
        out.append("</g>")

        // Week numbers along the bottom, spaced to stay readable.
        let weekStep =
            [1, 2, 4, 5, 10, 13, 26, 52, 104].first { Double($0) * weekWidth >= 30 }
            ?? 104 * Self.niceStep(atLeast: 30 / (104 * weekWidth))
        out.append("<g class=\"weeks\">")
        let axisY = Self.top + Double(steps.count) * Self.rowHeight + 18
        out.append(
            "<text class=\"week\" x=\"\(Self.labelWidth.svg)\" y=\"\(axisY.svg)\" text-anchor=\"end\">Week</text>")
        var lastLabel = -Double.infinity
        // Only the labelled weeks are visited: week 1 and the multiples of the step.
        for week in [1] + Array(stride(from: weekStep, through: weeks, by: weekStep)) {
            let center = x(week: week) + weekWidth / 2
            guard center - lastLabel >= 26 else { continue }
            lastLabel = center
            out.append(
                "<text class=\"week\" x=\"\(center.svg)\" y=\"\(axisY.svg)\" text-anchor=\"middle\">\(week)</text>")
        }
        out.append("</g>")

        // Rows.
        out.append("<g class=\"rows\">")
        for (row, step) in steps.enumerated() {
            let y = Self.top + Double(row) * Self.rowHeight
            let label = TextMetrics.ellipsized(
                "\(step.number). \(PlainText.singleLine(step.skill.name))", width: Self.labelWidth - 52, fontSize: 12)
            out.append("<g class=\"row \(StatusPalette.cssClass(step.status))\">")
            out.append(
                "<title>\(XMLText.escape("\(step.skill.name): \(Format.hours(step.hours)) h, \(step.dates.map { "\(Format.date($0.lowerBound)) – \(Format.date($0.upperBound))" } ?? "") · \(step.status.label)"))</title>"
            )
            if row % 2 == 0 {
                out.append(
                    "<rect class=\"stripe\" x=\"0\" y=\"\(y.svg)\" width=\"\(Self.width.svg)\" height=\"\(Self.rowHeight.svg)\"/>")
            }
            out.append(
                "<text class=\"label\" x=\"4\" y=\"\((y + 15).svg)\">\(XMLText.escape(label))</text>"
                    + "<text class=\"hours\" x=\"\(Self.labelWidth.svg)\" y=\"\((y + 15).svg)\" text-anchor=\"end\">\(Format.hours(step.hours)) h</text>"
            )
            if let weeks = step.weeks {
                let left = x(week: weeks.lowerBound) + 1
                let barWidth = max(3, Double(weeks.count) * weekWidth - 2)
                let barY = y + (Self.rowHeight - Self.barHeight) / 2
                out.append(
                    "<rect class=\"bar\" x=\"\(left.svg)\" y=\"\(barY.svg)\" width=\"\(barWidth.svg)\" height=\"\(Self.barHeight.svg)\" rx=\"3\"/>"
                )
                if step.status == .inProgress, step.hours > 0 {
                    out.append(
                        "<rect class=\"meter\" x=\"\(left.svg)\" y=\"\(barY.svg)\" width=\"\((barWidth * min(1, step.hoursLogged / step.hours)).svg)\" height=\"\(Self.barHeight.svg)\" rx=\"3\"/>"
                    )
                }
            }
            out.append("</g>")
        }
        out.append("</g>")

        // Markers: a line over the rows, labelled under the week numbers.
        let chartTop = Self.top - 4, chartBottom = Self.top + Double(steps.count) * Self.rowHeight + 4
        let labelY = chartBottom + 36
        var labelRight = -Double.infinity
        func marker(_ date: CivilDate, _ name: String, _ cssClass: String) -> String {
            let position = x(date)
            let labelWidth = TextMetrics.width(name, fontSize: 11, bold: true) + 12
            var left = min(max(position - labelWidth / 2, chartLeft - 8), Self.width - labelWidth)
            if left < labelRight + 6 { left = labelRight + 6 }
            labelRight = left + labelWidth
            return "<g class=\"marker \(cssClass)\"><line x1=\"\(position.svg)\" y1=\"\(chartTop.svg)\" x2=\"\(position.svg)\" y2=\"\((labelY - 12).svg)\"/>"
                + "<rect x=\"\(left.svg)\" y=\"\((labelY - 12).svg)\" width=\"\(labelWidth.svg)\" height=\"17\" rx=\"8.5\"/>"
                + "<text x=\"\((left + labelWidth / 2).svg)\" y=\"\(labelY.svg)\" text-anchor=\"middle\">\(XMLText.escape(name))</text></g>"
        }
        var markers: [(CivilDate, String, String)] = []
        if let today = view.today, today >= start, today < end {
            markers.append((today, "Today, \(Format.shortDate(today))", "today"))
        }
        if let deadline = view.roadmap.deadline, deadline >= start, deadline <= end {
            markers.append((deadline, "Deadline, \(Format.shortDate(deadline))", "deadline"))
        }
        for (date, name, cssClass) in markers.sorted(by: { $0.0 < $1.0 }) {
            out.append(marker(date, name, cssClass))
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
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
