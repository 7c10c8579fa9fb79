import Testing
import UpskillRendering

/// WCAG AA contrast in both themes of the page: the colour variables of the light
/// `:root` and of the dark one are read from the page's own style sheet, and every pair of
/// colours the page puts text or a mark on is checked — 4.5:1 for text, 3:1 for large text
/// and for graphical objects (bars, box borders, edges, lines, the meters).
@Suite("HTML page contrast")
struct PageContrastTests {
    /// A foreground and the background it sits on, by variable name. The background may be
    /// translucent (`--hero-card`): it is painted over `under` first.
    struct Pair: CustomTestStringConvertible, Sendable {
        let foreground: String
        let background: String
        var under: String? = nil
        let minimum: Double
        let use: String

        var testDescription: String { "\(use): \(foreground) on \(background)" }
    }

    static let text = 4.5
    static let graphic = 3.0

    static let pairs: [Pair] = [
        // Body text, muted text and links on the page, the sections and the timeline's stripes.
        Pair(foreground: "--ink", background: "--paper", minimum: text, use: "body text"),
        Pair(foreground: "--ink", background: "--ground", minimum: text, use: "text on the page ground"),
        Pair(foreground: "--ink", background: "--stripe", minimum: text, use: "timeline label on a stripe"),
        Pair(foreground: "--muted", background: "--paper", minimum: text, use: "muted text"),
        Pair(foreground: "--muted", background: "--ground", minimum: text, use: "footer"),
        Pair(foreground: "--muted", background: "--stripe", minimum: text, use: "timeline hours on a stripe"),
        Pair(foreground: "--muted", background: "--later-fill", minimum: text, use: "graph box details"),
        Pair(foreground: "--link", background: "--paper", minimum: text, use: "links"),
        Pair(foreground: "--link", background: "--stripe", minimum: text, use: "links on a stripe"),
        // Status labels (pills and graph boxes) on their backgrounds.
        Pair(foreground: "--done-ink", background: "--done-fill", minimum: text, use: "Done label"),
        Pair(foreground: "--progress-ink", background: "--progress-fill", minimum: text, use: "In progress label"),
        Pair(foreground: "--ready-ink", background: "--ready-fill", minimum: text, use: "Ready now label"),
        Pair(foreground: "--later-ink", background: "--later-pill", minimum: text, use: "Later pill"),
        Pair(foreground: "--later-ink", background: "--later-fill", minimum: text, use: "Later box"),
        Pair(foreground: "--skipped-ink", background: "--skipped-fill", minimum: text, use: "Skipped label"),
        Pair(foreground: "--node-link", background: "--done-fill", minimum: text, use: "resource in a done box"),
        Pair(foreground: "--node-link", background: "--progress-fill", minimum: text, use: "resource in a started box"),
        Pair(foreground: "--node-link", background: "--ready-fill", minimum: text, use: "resource in a ready box"),
        Pair(foreground: "--node-link", background: "--later-fill", minimum: text, use: "resource in a later box"),
        Pair(foreground: "--node-link", background: "--skipped-fill", minimum: text, use: "resource in a skipped box"),
        // The timeline's marker pills.
        Pair(foreground: "--marker-ink", background: "--today", minimum: text, use: "Today label"),
        Pair(foreground: "--marker-ink", background: "--ink", minimum: text, use: "Deadline label"),
        // The header: text on the gradient's ends and on the translucent cards.
        Pair(foreground: "--hero-ink", background: "--hero-from", minimum: text, use: "title"),
        Pair(foreground: "--hero-ink", background: "--hero-to", minimum: text, use: "title"),
        Pair(foreground: "--hero-muted", background: "--hero-to", minimum: text, use: "header notes"),
        Pair(foreground: "--hero-ink", background: "--hero-card", under: "--hero-to", minimum: text, use: "card value"),
        Pair(foreground: "--hero-muted", background: "--hero-card", under: "--hero-to", minimum: text, use: "card note"),
        Pair(foreground: "--hero-muted", background: "--hero-warn", under: "--hero-to", minimum: text, use: "warning card"),
        Pair(foreground: "--hero-meter", background: "--hero-track", under: "--hero-to", minimum: graphic, use: "Done meter"),
        // Graphical objects: bars and box borders on the section and on stripes, edges, lines.
        Pair(foreground: "--done", background: "--paper", minimum: graphic, use: "done bar and border"),
        Pair(foreground: "--done", background: "--stripe", minimum: graphic, use: "done bar on a stripe"),
        Pair(foreground: "--progress", background: "--paper", minimum: graphic, use: "started bar and border"),
        Pair(foreground: "--progress", background: "--stripe", minimum: graphic, use: "started bar on a stripe"),
        Pair(foreground: "--progress", background: "--progress-fill", minimum: graphic, use: "meter in a started bar"),
        Pair(foreground: "--ready", background: "--paper", minimum: graphic, use: "ready bar and border"),
        Pair(foreground: "--ready", background: "--stripe", minimum: graphic, use: "ready bar on a stripe"),
        Pair(foreground: "--later", background: "--paper", minimum: graphic, use: "later bar and border"),
        Pair(foreground: "--later", background: "--stripe", minimum: graphic, use: "later bar on a stripe"),
        Pair(foreground: "--skipped", background: "--paper", minimum: graphic, use: "skipped bar and border"),
        Pair(foreground: "--skipped", background: "--stripe", minimum: graphic, use: "skipped bar on a stripe"),
        Pair(foreground: "--edge", background: "--paper", minimum: graphic, use: "graph edge"),
        Pair(foreground: "--edge-met", background: "--paper", minimum: graphic, use: "graph edge, met"),
        Pair(foreground: "--today", background: "--paper", minimum: graphic, use: "today line"),
        Pair(foreground: "--today", background: "--stripe", minimum: graphic, use: "today line on a stripe"),
        Pair(foreground: "--ink", background: "--stripe", minimum: graphic, use: "deadline line"),
        Pair(foreground: "--target-line", background: "--paper", minimum: graphic, use: "target role box"),
        Pair(foreground: "--target-ink", background: "--target", minimum: text, use: "target role name"),
        Pair(foreground: "--target-label", background: "--target", minimum: text, use: "target role GOAL label"),
    ]

    /// The variables of the first `:root { … }` block after `marker` in the page.
    static func variables(after marker: String) throws -> [String: CSSColor] {
        let html = HTMLRenderer(options: RenderOptions()).render(
            try RenderingFixtures.roadmap(try RenderingFixtures.catalog(RenderingFixtures.small)), progress: nil)
        let at = try #require(html.firstRange(of: marker))
        let root = try #require(html[at.upperBound...].firstRange(of: ":root {"))
        let block = html[root.upperBound...].prefix { $0 != "}" }
        var result: [String: CSSColor] = [:]
        for match in block.matches(of: /(--[a-z-]+):\s*([^;]+);/) {
            if let color = CSSColor(css: String(match.output.2)) { result[String(match.output.1)] = color }
        }
        return result
    }

    static let themes = ["light": "<style>", "dark": "@media screen and (prefers-color-scheme: dark)"]

    @Test("Every text and mark meets WCAG AA in both themes", arguments: ["light", "dark"], pairs)
    func contrast(theme: String, pair: Pair) throws {
        let colors = try Self.variables(after: try #require(Self.themes[theme]))
        let foreground = try #require(colors[pair.foreground], "\(pair.foreground) missing in the \(theme) theme")
        var background = try #require(colors[pair.background], "\(pair.background) missing in the \(theme) theme")
        if let under = pair.under {
            background = background.over(try #require(colors[under]))
        }
        #expect(background.alpha == 1, "\(pair.background) is translucent: say what it is painted over")
        let ratio = CSSColor.contrast(foreground.over(background), background)
        #expect(
            ratio >= pair.minimum,
            "\(theme): \(pair.use), \(foreground) on \(background): \((ratio * 100).rounded() / 100):1, needs \(pair.minimum):1")
    }

    @Test("The contrast test reads real colours and can fail")
    func oracle() throws {
        #expect(CSSColor.contrast(CSSColor(css: "#000")!, CSSColor(css: "#fff")!) == 21)
        // The palette this page had before: muted text on the ground, later bars, edges.
        let ground = try #require(CSSColor(css: "#f1f5f9"))
        #expect(CSSColor.contrast(try #require(CSSColor(css: "#64748b")), ground) < Self.text)
        #expect(CSSColor.contrast(try #require(CSSColor(css: "#94a3b8")), CSSColor(css: "#ffffff")!) < Self.graphic)
        let light = try Self.variables(after: "<style>")
        let dark = try Self.variables(after: Self.themes["dark"]!)
        #expect(light.count >= 30)
        #expect(Set(light.keys) == Set(dark.keys))
        #expect(light["--paper"] != dark["--paper"])
        for pair in Self.pairs {
            #expect(light[pair.foreground] != nil && light[pair.background] != nil, "\(pair.testDescription)")
        }
    }
}
