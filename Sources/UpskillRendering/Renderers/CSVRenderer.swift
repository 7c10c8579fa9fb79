import UpskillPlanner

/// One row per step, for a spreadsheet: RFC 4180 (CRLF line ends, quoted fields), UTF-8
/// with a byte order mark so that Excel reads accents and CJK correctly; LibreOffice and
/// scripts read it too.
///
/// Columns: Step, Skill ID, Skill, Category, Hours, Start week, End week, Start date, End
/// date, Status, Hours logged, Because, Resource, Resource URL. Skills done before the
/// plan come first, with step 0 and no weeks.
package struct CSVRenderer: RoadmapRenderer {
    package static let format = "csv"
    package static let fileExtension = "csv"
    package static let summary = "One row per step for a spreadsheet (RFC 4180, UTF-8 with BOM)."

    /// The header row.
    package static let columns = [
        "Step", "Skill ID", "Skill", "Category", "Hours", "Start week", "End week", "Start date", "End date",
        "Status", "Hours logged", "Because", "Resource", "Resource URL",
    ]

    package init(options: RenderOptions) {}

    package func render(_ roadmap: Roadmap, progress: RoadmapProgress?) -> String {
        let view = RoadmapView(roadmap, progress: progress)
        var rows = [Self.columns.map(CSVField.text)]
        for step in view.allSteps {
            let resource = step.resources.first
            rows.append([
                CSVField.plain(String(step.number)),
                CSVField.text(step.skill.id),
                CSVField.text(step.skill.name),
                CSVField.text(step.skill.category),
                CSVField.plain(Format.hours(step.hours)),
                CSVField.plain(step.weeks.map { String($0.lowerBound) } ?? ""),
                CSVField.plain(step.weeks.map { String($0.upperBound) } ?? ""),
                CSVField.plain(step.dates?.lowerBound.description ?? step.finishedOn?.description ?? ""),
                CSVField.plain(step.dates?.upperBound.description ?? step.finishedOn?.description ?? ""),
                CSVField.text(step.status.label),
                CSVField.plain(Format.hours(step.hoursLogged)),
                CSVField.text(step.why()),
                CSVField.text(resource?.title ?? ""),
                CSVField.text(resource.map { URLText.safe($0.url) ?? $0.url } ?? ""),
            ])
        }
        return "\u{FEFF}" + rows.map { $0.joined(separator: ",") + "\r\n" }.joined()
    }
}
