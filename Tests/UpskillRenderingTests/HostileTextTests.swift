import Foundation
import Testing
import UpskillCurriculum
import UpskillPlanner
import UpskillRendering

/// A catalog whose names, descriptions, categories, resource titles and URLs hold quotes,
/// commas, line breaks, `<script>`, `&`, `]]>`, `|`, backticks, `#`, `$`, a terminal
/// escape and non-ASCII text must give valid output in every format, showing the text
/// rather than running it.
@Suite("Hostile text in every format")
struct HostileTextTests {
    let roadmap: Roadmap
    let progress = RenderingFixtures.progress
    let names: [String]

    init() throws {
        let catalog = try RenderingFixtures.catalog(RenderingFixtures.hostileCurriculum)
        let roadmap = try RenderingFixtures.roadmap(catalog)
        self.roadmap = roadmap
        names = roadmap.plan.steps.map { roadmap.skill(of: $0).name }
    }

    func render(_ format: String) throws -> String {
        let type = try #require(RoadmapFormats.renderer(named: format))
        // Wide enough that no name wraps: these tests are about escaping, not wrapping.
        return type.init(options: RenderOptions(width: 10_000)).render(roadmap, progress: progress)
    }

    @Test("No format lets a control character through (no terminal escapes)", arguments: RoadmapFormats.names)
    func noControlCharacters(format: String) throws {
        let text = try render(format)
        let allowed: Set<UInt32> = [0x0A, 0x0D]
        let controls = text.unicodeScalars.filter { ($0.value < 0x20 || (0x7F..<0xA0).contains($0.value)) && !allowed.contains($0.value) }
        #expect(controls.isEmpty, "\(format) has \(controls.map { String($0.value, radix: 16) })")
    }

    @Test("text: each name on its own line, as written")
    func text() throws {
        let text = try render("text")
        for name in names {
            #expect(text.contains(PlainText.singleLine(name)))
        }
        #expect(text.split(separator: "\n").filter { $0.contains("why: ") }.count == names.count)
    }

    @Test("json: every string survives exactly")
    func json() throws {
        let document = try JSONDocument(text: try render("json"))
        let steps = try #require(document.root.member("steps")?.elements)
        #expect(steps.compactMap { $0.member("name")?.string } == names)
        let resource = try #require(steps.first { !($0.member("resources")?.elements?.isEmpty ?? true) })
        let title = resource.member("resources")?.elements?.first?.member("title")?.string
        #expect(title?.hasSuffix(RenderingFixtures.hostile) == true)
    }

    @Test("markdown: names are escaped text, one item per line, links well formed")
    func markdown() throws {
        let text = try render("markdown")
        // `<` only ever escaped, outside the one <details> block the renderer writes.
        let tags = Self.unescaped("<", in: text).map { text[$0...].prefix { $0 != ">" } + ">" }
        #expect(Set(tags).isSubset(of: ["<details>", "</details>", "<summary>", "</summary>", "<br/>"]), "\(Set(tags))")
        let items = text.split(separator: "\n").filter { $0.hasPrefix("- [") }
        #expect(items.count == names.count + RoadmapView(roadmap, progress: progress).earlier.count)
        // Unescaping each item gives back the name on one line.
        for name in names {
            let escaped = MarkdownText.escape(name)
            #expect(text.contains("**\(escaped)**"))
            #expect(Self.unescapeMarkdown(escaped) == PlainText.singleLine(name))
        }
        // Every line is one of the shapes the renderer writes: a stray line break in a
        // name would start a line of its own.
        let shapes = ["# ", "**", "The ", "To ", "## ", "- [", "  - ", "<", "```", "flowchart", "    ", "*Made"]
        for line in text.split(separator: "\n") where !line.isEmpty {
            #expect(shapes.contains { line.hasPrefix($0) }, "unexpected line: \(line)")
        }
        // Link targets have no space, quote, angle bracket or parenthesis.
        let links = Self.unescaped("]", in: text).compactMap { index -> Substring? in
            let rest = text[text.index(after: index)...]
            return rest.hasPrefix("(") ? rest.dropFirst().prefix { $0 != ")" } : nil
        }
        #expect(!links.isEmpty)
        for link in links {
            #expect(link.hasPrefix("https://"))
            #expect(!link.contains { " \"<>()`|".contains($0) }, "\(link)")
        }
    }

    /// Where `character` appears in `text` without a backslash escaping it.
    static func unescaped(_ character: Character, in text: String) -> [String.Index] {
        var result: [String.Index] = []
        var escaping = false
        for index in text.indices {
            if escaping {
                escaping = false
            } else if text[index] == "\\" {
                escaping = true
            } else if text[index] == character {
                result.append(index)
            }
        }
        return result
    }

    /// Removes the backslash before escaped punctuation.
    static func unescapeMarkdown(_ text: String) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if !escaping && character == "\\" {
                escaping = true
                continue
            }
            escaping = false
            result.append(character)
        }
        return result
    }

    @Test("csv: every field reads back exactly with an RFC 4180 parser")
    func csv() throws {
        let records = try CSVParser.parse(try render("csv"))
        #expect(records.first == CSVRenderer.columns)
        let rows = records.dropFirst().filter { $0.first != "0" }
        #expect(rows.count == names.count)
        for (row, step) in zip(rows, roadmap.plan.steps) {
            #expect(row.count == CSVRenderer.columns.count)
            let skill = roadmap.skill(of: step)
            let crlf = { (text: String) in PlainText.multiline(text).replacingOccurrences(of: "\n", with: "\r\n") }
            #expect(row[1] == skill.id)
            #expect(row[2] == crlf(skill.name))
            #expect(row[3] == crlf(skill.category))
            if let resource = roadmap.resources(ofSkill: step.skill).first {
                #expect(row[12] == crlf(resource.title))
                #expect(row[13] == URLText.safe(resource.url))
            }
        }
    }

    @Test("csv: a text a spreadsheet would run as a formula is defused")
    func csvFormula() {
        #expect(CSVField.text("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(CSVField.text("+1") == "'+1")
        #expect(CSVField.text("-x") == "'-x")
        #expect(CSVField.text("@SUM") == "'@SUM")
        #expect(CSVField.plain("-3") == "-3")
    }

    @Test("mermaid: every line has the shape of a node, an edge or a class")
    func mermaid() throws {
        let text = try render("mermaid")
        // Labels hold no quote, bracket, brace, parenthesis, pipe, backtick or angle
        // bracket (only entity codes like #quot;), except the one <br/> the renderer writes.
        let node = try Regex(#"^    n\d+\["[^"<>`\[\]|{}()]*(<br/>)[^"<>`\[\]|{}()]*"\]:::\w+$"#)
        let target = try Regex(#"^    n\d+\(\["[^"<>`\[\]|{}()]*"\]\):::target$"#)
        let edge = try Regex(#"^    n\d+ --> n\d+$"#)
        let classDef = try Regex(#"^    classDef \w+ [a-z0-9:#,.\- ]+$"#)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "flowchart TD")
        for line in lines.dropFirst() {
            let ok = [node, target, edge, classDef].contains { (try? $0.wholeMatch(in: line)) != nil }
            #expect(ok, "unexpected line: \(line)")
        }
        #expect(text.contains(MermaidText.label(names[0])))
    }

    @Test("dot: quoted strings close on their line, and Graphviz (when installed) reads it without a warning")
    func dot() throws {
        let text = try render("dot")
        for line in text.split(separator: "\n") {
            var inside = false
            var escaped = false
            for character in line {
                if escaped {
                    escaped = false
                } else if character == "\\" && inside {
                    escaped = true
                } else if character == "\"" {
                    inside.toggle()
                }
            }
            #expect(!inside, "unbalanced quotes: \(line)")
        }
        try GraphvizCheck.expectRenders(text)
    }

    @Test("ics: text values unescape to the names, and lines are folded")
    func ics() throws {
        let text = try render("ics")
        try ICalendarTests.expectWellFormed(text)
        let properties = ICalendarReader.properties(text)
        let descriptions = properties.filter { $0.name == "DESCRIPTION" }.compactMap { ICalendarReader.unescape($0.value) }
        #expect(descriptions.count == properties.filter { $0.name == "DESCRIPTION" }.count)
        let all = descriptions.joined(separator: "\n")
        for (step, name) in zip(roadmap.plan.steps, names) where progress.skills[roadmap.catalog.id(ofSkill: step.skill)]?.state != .done {
            #expect(all.contains(PlainText.multiline(name)), "\(name)")
        }
        for summary in properties.filter({ $0.name == "SUMMARY" }) {
            #expect(ICalendarReader.unescape(summary.value) != nil, "\(summary.value)")
        }
    }

    @Test("html: well-formed XML, no script but the page's own, names shown as text, links only to http(s)")
    func html() throws {
        let text = try render("html")
        #expect(text.lowercased().components(separatedBy: "<script").count == 2)
        #expect(text.contains(GraphHighlightScript.element))
        let (error, document) = XMLCheck.check(text)
        #expect(error == nil, "\(error ?? "")")
        #expect(document.elements.filter { $0 == "script" }.count == 1)
        for name in names {
            #expect(document.text.contains(PlainText.multiline(name)), "\(name)")
        }
        let links = document.attributes.compactMap { $0["href"] }
        #expect(!links.isEmpty)
        #expect(links.allSatisfy { $0.hasPrefix("https://") || $0.hasPrefix("http://") })
        #expect(document.attributes.allSatisfy { $0.keys.allSatisfy { !$0.lowercased().hasPrefix("on") } })
    }

    @Test("URLs other than http(s) are never links")
    func unsafeURLs() {
        #expect(URLText.safe("javascript:alert(1)") == nil)
        #expect(URLText.safe("data:text/html,<script>") == nil)
        #expect(URLText.safe(" JavaScript:alert(1)") == nil)
        #expect(URLText.safe("https://e.com/a b\"<>") == "https://e.com/a%20b%22%3C%3E")
        #expect(URLText.safe("https://e.com/é") == "https://e.com/%C3%A9")
        #expect(MarkdownText.link("x", url: "javascript:alert(1)") == "x")
    }
}
