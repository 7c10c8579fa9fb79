import UpskillCurriculum
import UpskillPlanner

/// The roadmap as one self-contained web page, to look at and to send: the prerequisite
/// graph drawn as SVG (laid out by ``LayeredLayout``, coloured by status, hours and the
/// best resource on each box), a week-by-week timeline with today marked, the totals and
/// the forecast, and every step with its reason and resource.
///
/// No script, no font, no image is fetched: the file works offline and prints to PDF. Its
/// one inline script (``GraphHighlightScript``) only highlights the graph.
/// The markup is XHTML-compatible (it parses as XML), and every catalog text is escaped.
package struct HTMLRenderer: RoadmapRenderer {
    package static let format = "html"
    package static let fileExtension = "html"
    package static let summary = "One self-contained page: the graph, a timeline, totals and forecast."

    let generator: String

    package init(options: RenderOptions) {
        generator = options.generator
    }

    package func render(_ roadmap: Roadmap, progress: RoadmapProgress?) -> String {
        let view = RoadmapView(roadmap, progress: progress)
        let title = view.displayTitle()
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\"/>")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        out.append("<meta name=\"generator\" content=\"\(XMLText.attribute(generator))\"/>")
        out.append("<title>Roadmap: \(XMLText.escape(title))</title>")
        out.append("<style>\n\(PageStyle.css)\n</style>")
        out.append("</head>")
        out.append("<body>")
        out.append("<main>")
        out.append(hero(view, title: title))
        if view.steps.isEmpty && view.earlier.isEmpty {
            out.append("<section><p>Nothing to learn: you already know everything these targets need.</p></section>")
        } else {
            out.append(graphSection(view))
            if !view.steps.isEmpty { out.append(timelineSection(view)) }
            out.append(stepsSection(view))
        }
        // Spelled out rather than `view.today.map { … }` inside the interpolation: that form
        // crashes the Swift 6.3.1 optimizer ("Found ownership error") in release builds.
        var footer = "<footer>Made with \(XMLText.escape(generator)) · plan of \(Format.date(view.totals.start))"
        if let today = view.today { footer += " · progress as of \(Format.date(today))" }
        out.append(footer + "</footer>")
        out.append("</main>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: Sections

    private func hero(_ view: RoadmapView, title: String) -> String {
        let totals = view.totals
        var out: [String] = ["<header class=\"hero\">"]
        out.append("<p class=\"eyebrow\">Learning roadmap</p>")
        out.append("<h1>\(XMLText.escape(title))</h1>")
        out.append(
            "<p class=\"lede\">\(totals.skillsPhrase(view.steps.count, left: "")) to learn · \(Format.hours(totals.headlineHours)) hours\(totals.figures != nil ? " to study" : "") · \(totals.weeksPhrase()) at \(Format.hours(totals.hoursPerWeek)) h/week · \(Format.date(totals.start)) → \(Format.date(totals.finish))</p>"
        )
        let verdict =
            totals.optimal
            ? "The shortest plan: no other set of skills reaches these targets in fewer hours."
            : "The best plan found; the shortest takes at least \(Format.hours(view.roadmap.plan.lowerBound)) hours."
        out.append("<p class=\"verdict\">\(XMLText.escape(verdict))</p>")

        out.append("<div class=\"cards\">")
        func card(_ label: String, _ value: String, _ note: String, warn: Bool = false, extra: String = "") {
            out.append(
                "<div class=\"card\(warn ? " warn" : "")\"><div class=\"label\">\(XMLText.escape(label))</div><div class=\"value\">\(XMLText.escape(value))</div><div class=\"note\">\(XMLText.escape(note))</div>\(extra)</div>"
            )
        }
        if let today = view.today {
            let share = Double(totals.percentDone)
            card(
                "Done", "\(totals.percentDone)%",
                "\(Format.hours(totals.doneHours)) of \(Format.hours(totals.plannedHours)) h · \(totals.doneCount) of \(Format.count(totals.stepCount, "skill"))",
                // The fill is never a sliver (a CSS minimum width), and absent at 0%.
                extra: "<div class=\"bar-track\">"
                    + (share > 0 ? "<div class=\"bar-fill\" style=\"width: \(Format.number(share))%\"></div>" : "") + "</div>")
            card("Left", "\(Format.hours(totals.remainingHours)) h", "\(Format.count(totals.weeksLeft, "week")) at \(Format.hours(totals.hoursPerWeek)) h/week")
            card(
                "Forecast", Format.date(totals.forecast),
                totals.onTrack.map { $0 ? "on track for \(Format.date(totals.deadline ?? today))" : "after the deadline, \(Format.date(totals.deadline ?? today))" }
                    ?? "studying from \(Format.date(today))",
                warn: totals.onTrack == false)
        } else {
            card("Total", "\(Format.hours(totals.figures?.totalHours ?? totals.planHours)) h", Format.count(view.steps.count, "skill"))
            card("Duration", totals.weeksPhrase(), "at \(Format.hours(totals.hoursPerWeek)) h/week")
            card(
                "Finish", Format.date(totals.finish),
                totals.deadline.map { "deadline \(Format.date($0))" } ?? "starting \(Format.date(totals.start))")
        }
        let ready = view.steps.filter { $0.status == .ready }
        card(
            "Ready now", Format.count(ready.count, "skill"),
            // Whole names, wrapped by the card: a name cut with "…" cannot be looked up.
            ready.prefix(3).map { PlainText.singleLine($0.skill.name) }.joined(separator: ", ")
                + (ready.count > 3 ? " and \(ready.count - 3) more" : ""))
        out.append("</div>")
        out.append("</header>")
        return out.joined(separator: "\n")
    }

    private func legend(_ view: RoadmapView) -> String {
        let present = Set(view.allSteps.map(\.status))
        var items: [String] = []
        for status in [StepStatus.done, .inProgress, .ready, .later, .skipped] where present.contains(status) {
            items.append(
                "<li><span class=\"swatch \(StatusPalette.cssClass(status))\"></span>\(status.label)</li>")
        }
        if view.graph.nodes.contains(where: { if case .role = $0 { true } else { false } }) {
            items.append("<li><span class=\"swatch target\"></span>Target role</li>")
        }
        return "<ul class=\"legend\">" + items.joined() + "</ul>"
    }

    private func graphSection(_ view: RoadmapView) -> String {
        let drawing = GraphDrawing(view: view)
        if drawing.layout.routes.isEmpty {
            // Nothing needs anything else: a graph would be a grid of unrelated boxes.
            let items = view.steps.map { step in
                let pill = "<span class=\"pill \(StatusPalette.cssClass(step.status))\">\(step.status.label)</span>"
                let weeks = step.weeks.map { $0.count == 1 ? " · week \($0.lowerBound)" : " · weeks \($0.lowerBound)–\($0.upperBound)" } ?? ""
                return "<li>\(pill) <strong>\(XMLText.escape(PlainText.singleLine(step.skill.name)))</strong> <span class=\"id\">\(XMLText.escape(step.skill.id))</span> · \(Format.hours(step.hours)) h\(weeks)</li>"
            }
            let head: [String] = [
                "<section class=\"graph-section\">",
                "<h2>Skills</h2>",
                "<p class=\"hint\">None of these skills needs another, so there is no graph to draw: any order works; blue ones can be started now.</p>",
                "<ul class=\"skill-list\">",
            ]
            return (head + items + ["</ul>", "</section>"]).joined(separator: "\n")
        }
        return [
            "<section class=\"graph-section\">",
            "<h2>Prerequisite graph</h2>",
            "<p class=\"hint\">Each skill sits below the skills it needs, edges as short as they can be; blue ones can be started now. The graph scrolls sideways when it is wider than the page. Hover or focus (Tab) a box to light up what it needs and what needs it, and see why it is in the plan; click a resource to open it.</p>",
            legend(view),
            drawing.milestoneLegend(),
            "<div class=\"figure\">",
            drawing.svg(),
            "</div>",
            GraphHighlightScript.element,
            "</section>",
        ].joined(separator: "\n")
    }

    private func timelineSection(_ view: RoadmapView) -> String {
        let schedule = view.roadmap.schedule
        let drawing = TimelineDrawing(view: view)
        var hint = "\(Format.count(schedule.weekCount, "week")) of \(Format.hours(schedule.hoursPerWeek)) hours, in plan order; a step may run over several weeks."
        if drawing.rows.contains(where: { $0.step.number == 0 }) { hint += " Ticked rows are done, at the weeks they were studied." }
        if view.today != nil { hint += " The red line is today." }
        return [
            "<section class=\"timeline-section\">",
            "<h2>Timeline</h2>",
            "<p class=\"hint\">\(XMLText.escape(hint))</p>",
            // The header stays at the top of the box while the rows scroll under it.
            "<div class=\"timeline-box\" role=\"region\" aria-label=\"Timeline\" tabindex=\"0\">",
            "<div class=\"timeline-head\">",
            drawing.headerSVG(),
            "</div>",
            drawing.rowsSVG(),
            "</div>",
            "</section>",
        ].joined(separator: "\n")
    }

    private func stepsSection(_ view: RoadmapView) -> String {
        var out: [String] = ["<section class=\"steps-section\">", "<h2>Steps</h2>"]
        out.append("<p class=\"hint\">Every skill in order, why it is in the plan, and where to learn it.</p>")
        out.append("<table>")
        out.append(
            "<colgroup><col class=\"c-num\"/><col class=\"c-skill\"/><col class=\"c-hours\"/><col class=\"c-when\"/><col class=\"c-status\"/><col class=\"c-why\"/><col class=\"c-learn\"/></colgroup>"
        )
        out.append(
            "<thead><tr><th class=\"num\">#</th><th>Skill</th><th class=\"num\">Hours</th><th>When</th><th>Status</th><th>Why</th><th>Learn with</th></tr></thead>"
        )
        out.append("<tbody>")
        var previousWeek = 0
        for step in view.allSteps {
            let week = step.weeks?.lowerBound ?? 0
            let startsWeek = week != previousWeek && step.number > 1
            previousWeek = week
            var when = ""
            if let dates = step.dates, let weeks = step.weeks {
                let span = weeks.count == 1 ? "Week \(weeks.lowerBound)" : "Weeks \(weeks.lowerBound)–\(weeks.upperBound)"
                when = "\(span)<br/>\(Format.shortDate(dates.lowerBound)) – \(Format.shortDate(dates.upperBound))"
            } else if let date = step.finishedOn {
                when = "Done<br/>\(Format.date(date))"
            } else {
                when = "Before"
            }
            var status = "<span class=\"pill \(StatusPalette.cssClass(step.status))\">\(step.status.label)</span>"
            if step.status == .inProgress { status += meter(step) }
            var why = XMLText.escape(step.why())
            if !step.alternatives.isEmpty {
                let others = step.alternatives.map { alternative in
                    "\(alternative.id) (\(alternative.cost))"
                }
                why += "<br/>Chosen over " + XMLText.escape(others.joined(separator: ", "))
            }
            out.append(
                "<tr\(startsWeek ? " class=\"week-start\"" : "")><td class=\"num step-number\" data-label=\"Step\">\(step.number == 0 ? "–" : String(step.number))</td>"
                    + "<td class=\"name\" data-label=\"Skill\"><span class=\"skill\">\(XMLText.escape(step.skill.name))</span><br/><span class=\"id\">\(XMLText.escape(step.skill.id))</span></td>"
                    + "<td class=\"num\" data-label=\"Hours\">\(Format.hours(step.hours))</td><td class=\"when\" data-label=\"When\">\(when)</td><td data-label=\"Status\">\(status)</td>"
                    + "<td class=\"why\" data-label=\"Why\">\(why)</td><td data-label=\"Learn with\">\(resources(step.resources))</td></tr>")
        }
        out.append("</tbody>")
        out.append("</table>")
        out.append("</section>")
        return out.joined(separator: "\n")
    }

    /// A started step's meter: a bar never thinner than a few pixels, with the hours and
    /// the percent in words.
    private func meter(_ step: RoadmapView.Step) -> String {
        let share = step.hours > 0 ? min(1, step.hoursLogged / step.hours) : 0
        let percent = Int((share * 100).rounded(.down))
        return "<span class=\"study-meter\" role=\"img\" aria-label=\"\(percent)% studied\"><span class=\"study-meter-fill\" style=\"width: \(max(6, percent))%\"></span></span>"
            + "<span class=\"meter-words\">\(Format.hours(step.hoursLogged)) of \(Format.hours(step.hours)) h · \(percent)%</span>"
    }

    /// The best resource as a link with its kind, hours and cost, and the next best
    /// smaller, as "also".
    private func resources(_ resources: [Resource]) -> String {
        resources.prefix(2).enumerated().map { index, resource in
            let title = XMLText.escape(resource.title)
            let link =
                URLText.safe(resource.url).map {
                    "<a href=\"\(XMLText.attribute($0))\" target=\"_blank\" rel=\"noopener noreferrer\">\(title)</a>"
                } ?? title
            let text = "\(link) <span class=\"kind\">\(XMLText.escape(resource.details))</span>"
            return index == 0 ? text : "<span class=\"alternative\"><br/><span class=\"kind\">also: </span>\(text)</span>"
        }.joined()
    }
}
