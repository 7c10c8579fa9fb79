import UpskillPlanner
import UpskillRendering

/// Where a roadmap goes and in which format: `--format FORMAT` and `-o FILE`, shared by
/// `upskill plan` and `upskill export`.
package struct RoadmapOutput: Sendable {
    /// `--format`: every format of ``RoadmapFormats``.
    package static func formatOption(defaultFormat: String) -> OptionSpec {
        OptionSpec(
            "format",
            help: "Output format: " + RoadmapFormats.names.joined(separator: ", ")
                + " (default: from the -o file's extension, else \(defaultFormat)).",
            valueName: "format", allowedValues: RoadmapFormats.names)
    }

    /// `-o`/`--output`.
    package static let outputOption = OptionSpec(
        "output", short: "o",
        help: "Write to this file (replaced atomically; a device or FIFO is written to) instead of standard output; '-' is standard output.",
        valueName: "file")

    /// `--ics-sessions`, `--study-days` and `--study-time`: timed study sessions in the
    /// calendar instead of an all-day block a week.
    package static let sessionOptions: [OptionSpec] = [
        .flag(
            "ics-sessions",
            help: "With --format ics: timed study sessions on your study days instead of an all-day block a week."),
        OptionSpec(
            "study-days", help: "With --ics-sessions: the days you study, comma-separated.", valueName: "days",
            defaultValue: "mon,wed,sat"),
        OptionSpec(
            "study-time", help: "With --ics-sessions: when a session starts, HH:MM on a 24-hour clock.",
            valueName: "time", defaultValue: "19:00"),
    ]

    /// The format's renderer.
    package let renderer: any RoadmapRenderer.Type
    /// The absolute path to write, or `nil` for standard output.
    package let path: String?
    /// The calendar's timed sessions, when asked for.
    package let studySessions: StudySessions?

    /// Reads `--format` and `-o`. Without `--format`, a known extension of the `-o` file
    /// picks the format (`roadmap.ics` → ics), else `defaultFormat`.
    package init(_ arguments: ParsedArguments, environment: Environment, defaultFormat: String) throws(CLIError) {
        let output = arguments.value("output")
        path = output.flatMap { $0 == "-" ? nil : environment.absolute($0) }
        if let name = arguments.value("format") {
            guard let renderer = RoadmapFormats.renderer(named: name) else {
                throw .usage("unknown format '\(name)'; use one of " + RoadmapFormats.names.joined(separator: ", "))
            }
            self.renderer = renderer
        } else if let output, output != "-", let renderer = RoadmapFormats.renderer(forPath: output) {
            self.renderer = renderer
        } else if let renderer = RoadmapFormats.renderer(named: defaultFormat) {
            self.renderer = renderer
        } else {
            renderer = TextRenderer.self
        }
        if let output, output.isEmpty {
            throw .usage("-o takes a file name, or '-' for standard output")
        }
        studySessions = try Self.studySessions(arguments, format: renderer.format)
    }

    /// Reads the session options; `nil` when none is given.
    private static func studySessions(_ arguments: ParsedArguments, format: String) throws(CLIError) -> StudySessions? {
        let daysText = arguments.value("study-days"), timeText = arguments.value("study-time")
        guard arguments.flag("ics-sessions") || daysText != nil || timeText != nil else { return nil }
        guard format == ICalendarRenderer.format else {
            throw .usage(
                "--ics-sessions, --study-days and --study-time are for the calendar: add --format ics, or write to a file ending in .ics")
        }
        var days = StudySessions.standard.days
        if let daysText {
            switch StudySessions.days(from: daysText) {
            case .success(let parsed): days = parsed
            case .failure(let error):
                throw .usage(
                    "--study-days takes days of the week separated by commas, such as mon,wed,sat; '\(error.name)' is not a day")
            }
        }
        var minute = StudySessions.standard.startMinute
        if let timeText {
            guard let parsed = StudySessions.startMinute(from: timeText) else {
                throw .usage("--study-time takes a time of day as HH:MM on a 24-hour clock, such as 19:00, not '\(timeText)'")
            }
            minute = parsed
        }
        return StudySessions(days: days, startMinute: minute)
    }

    /// Renders the roadmap and writes it: to standard output, or to the file as
    /// ``OutputFile`` does (atomically for a regular file, in place for a device or FIFO).
    /// A format that streams (JSON) is written chunk by chunk as it is rendered, so a
    /// large roadmap is never held whole.
    /// - Throws: ``CLIError`` with exit 74 when the file cannot be written.
    package func write(_ roadmap: Roadmap, progress: RoadmapProgress?, console: Console) throws(CLIError) {
        let options = RenderOptions(
            usesColor: path == nil && console.usesColor, usesUnicode: path == nil && console.usesUnicode,
            width: console.width, generator: "upskill \(CommandTable.version)", studySessions: studySessions)
        let renderer = renderer.init(options: options)
        guard let path, !OutputFile.standardOutputNames.contains(path) else {
            renderer.write(roadmap, progress: progress) { console.rawOutBytes($0) }
            return
        }
        try OutputFile.write(to: path, fileExtension: self.renderer.fileExtension) { sink in
            renderer.write(roadmap, progress: progress, to: sink)
        }
    }
}
