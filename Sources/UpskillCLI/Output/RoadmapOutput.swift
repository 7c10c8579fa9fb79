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

    /// The format's renderer.
    package let renderer: any RoadmapRenderer.Type
    /// The absolute path to write, or `nil` for standard output.
    package let path: String?

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
    }

    /// Renders the roadmap and writes it: to standard output, or to the file as
    /// ``OutputFile`` does (atomically for a regular file, in place for a device or FIFO).
    /// - Throws: ``CLIError`` with exit 74 when the file cannot be written.
    package func write(_ roadmap: Roadmap, progress: RoadmapProgress?, console: Console) throws(CLIError) {
        let options = RenderOptions(
            usesColor: path == nil && console.usesColor, usesUnicode: path == nil && console.usesUnicode,
            width: console.width, generator: "upskill \(CommandTable.version)")
        let text = renderer.init(options: options).render(roadmap, progress: progress)
        guard let path else {
            console.rawOut(text)
            return
        }
        if OutputFile.standardOutputNames.contains(path) {
            console.rawOut(text)
            return
        }
        try OutputFile.write(Array(text.utf8), to: path, fileExtension: renderer.fileExtension)
    }
}
