import UpskillPlanner

/// Writes a roadmap in one file format: Markdown, CSV, iCalendar, an HTML page, …
///
/// Each format is one small type conforming to this protocol, listed in
/// ``RoadmapFormats/builtin``. A renderer is a pure function of its inputs: it reads no
/// clock, no file and no environment, so the same roadmap and progress always give the
/// same bytes. "Today" comes in with the progress.
///
/// Adding a format — in this package or from a plugin target — is a new type conforming to
/// this protocol, passed to ``RoadmapFormats/all(adding:)``.
package protocol RoadmapRenderer: Sendable {
    /// The name `--format` takes, e.g. `markdown`. Lowercase, no spaces.
    static var format: String { get }
    /// The usual file name extension, without the dot, e.g. `md`. `-o roadmap.md` picks
    /// this format when `--format` is not given.
    static var fileExtension: String { get }
    /// One line for help and the README, e.g. "A GitHub task list grouped by week".
    static var summary: String { get }

    /// Creates the renderer for one output.
    init(options: RenderOptions)

    /// The roadmap in this format.
    /// - Parameters:
    ///   - roadmap: The plan, its catalog and its schedule.
    ///   - progress: What the learner has done, and today's date; `nil` for a plan that is
    ///     not being tracked (nothing done, no "today" marker).
    /// - Returns: The whole file, ending in a line break.
    func render(_ roadmap: Roadmap, progress: RoadmapProgress?) -> String

    /// The text of ``render(_:progress:)`` handed to `sink` as UTF-8: whole, or in chunks
    /// as it is written by a format whose output grows with the plan (JSON), so that a
    /// large roadmap is never held whole. By default, the rendered text in one piece.
    /// - Parameter sink: Takes each chunk, in order; the bytes are valid only during the
    ///   call.
    func write(_ roadmap: Roadmap, progress: RoadmapProgress?, to sink: (UnsafeBufferPointer<UInt8>) -> Void)
}

extension RoadmapRenderer {
    package func write(_ roadmap: Roadmap, progress: RoadmapProgress?, to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = render(roadmap, progress: progress)
        text.withUTF8 { sink($0) }
    }
}

/// What a renderer may know about where its output goes.
package struct RenderOptions: Sendable, Hashable {
    /// Whether to use ANSI colour (text to a colour terminal only).
    package var usesColor: Bool
    /// Whether to use Unicode arrows and dots in the text format (a terminal), or ASCII.
    package var usesUnicode: Bool
    /// The output width in columns, for the text format.
    package var width: Int
    /// The program that made the file, for iCalendar's `PRODID` and the HTML footer,
    /// e.g. `upskill 0.1.0`.
    package var generator: String
    /// For the calendar: timed study sessions (`--ics-sessions`) instead of an all-day
    /// block a week; `nil` for the weekly blocks.
    package var studySessions: StudySessions?

    package init(
        usesColor: Bool = false, usesUnicode: Bool = false, width: Int = 80, generator: String = "upskill",
        studySessions: StudySessions? = nil
    ) {
        self.usesColor = usesColor
        self.usesUnicode = usesUnicode
        self.width = width
        self.generator = generator
        self.studySessions = studySessions
    }
}
