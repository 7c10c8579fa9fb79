/// The roadmap formats upskill can write, by `--format` name.
package enum RoadmapFormats {
    /// The built-in formats, in the order help lists them.
    package static let builtin: [any RoadmapRenderer.Type] = [
        TextRenderer.self,
        JSONRenderer.self,
        MarkdownRenderer.self,
        CSVRenderer.self,
        MermaidRenderer.self,
        DOTRenderer.self,
        ICalendarRenderer.self,
        HTMLRenderer.self,
    ]

    /// The built-in formats followed by `extra` ones (a plugin's), the first of each name
    /// winning.
    package static func all(adding extra: [any RoadmapRenderer.Type] = []) -> [any RoadmapRenderer.Type] {
        var seen: Set<String> = []
        return (builtin + extra).filter { seen.insert($0.format).inserted }
    }

    /// Every format name: `text`, `json`, `markdown`, ….
    package static var names: [String] { builtin.map { $0.format } }

    /// The format with this `--format` name.
    package static func renderer(named name: String) -> (any RoadmapRenderer.Type)? {
        builtin.first { $0.format == name }
    }

    /// The format a file name's extension suggests (`roadmap.ics` → iCalendar), if any.
    /// `.markdown`, `.htm`, `.gv` and `.ical` are understood too.
    package static func renderer(forPath path: String) -> (any RoadmapRenderer.Type)? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ext = name[name.index(after: dot)...].lowercased()
        let synonyms = ["markdown": "md", "htm": "html", "gv": "dot", "ical": "ics", "ifb": "ics", "mermaid": "mmd"]
        let canonical = synonyms[ext] ?? ext
        return builtin.first { $0.fileExtension == canonical }
    }
}
