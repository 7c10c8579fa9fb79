import Foundation
import Testing
import UpskillCurriculum
import UpskillPlanner
import UpskillRendering

/// iCalendar: CRLF line ends, lines folded at 75 octets without splitting a UTF-8
/// sequence, escaped text, the required properties, and byte-identical output.
@Suite("iCalendar")
struct ICalendarTests {
    /// Checks the RFC 5545 framing of a whole file.
    static func expectWellFormed(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let bytes = Array(text.utf8)
        // Every LF is part of a CRLF, and every CR is followed by LF.
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A { #expect(index > 0 && bytes[index - 1] == 0x0D, "bare LF at \(index)", sourceLocation: sourceLocation) }
            if byte == 0x0D { #expect(index + 1 < bytes.count && bytes[index + 1] == 0x0A, "bare CR at \(index)", sourceLocation: sourceLocation) }
        }
        #expect(text.hasSuffix("\r\n"), sourceLocation: sourceLocation)
        // Each physical line: at most 75 octets, and valid UTF-8 on its own (no sequence
        // split across a fold).
        var line: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A {
                #expect(line.count <= 75, "a line of \(line.count) octets", sourceLocation: sourceLocation)
                #expect(String(validating: line, as: UTF8.self) != nil, "split UTF-8: \(line)", sourceLocation: sourceLocation)
                line = []
                index += 2
            } else {
                line.append(bytes[index])
                index += 1
            }
        }
        let lines = ICalendarReader.unfold(text)
        #expect(lines.first == "BEGIN:VCALENDAR", sourceLocation: sourceLocation)
        #expect(lines.last == "END:VCALENDAR", sourceLocation: sourceLocation)
        #expect(lines.contains("VERSION:2.0"), sourceLocation: sourceLocation)
        #expect(lines.contains { $0.hasPrefix("PRODID:") }, sourceLocation: sourceLocation)
        let properties = ICalendarReader.properties(text)
        let events = properties.filter { $0.name == "BEGIN" && $0.value == "VEVENT" }.count
        #expect(events == properties.filter { $0.name == "END" && $0.value == "VEVENT" }.count, sourceLocation: sourceLocation)
        for name in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"] {
            #expect(properties.filter { $0.name == name }.count == events, "\(name)", sourceLocation: sourceLocation)
        }
        let uids = properties.filter { $0.name == "UID" }.map(\.value)
        #expect(Set(uids).count == uids.count, "UIDs repeat", sourceLocation: sourceLocation)
    }

    @Test(
        "Folding keeps lines within 75 octets and unfolds to the original",
        arguments: [
            String(repeating: "a", count: 300),
            String(repeating: "日本", count: 80),
            String(repeating: "é🚀", count: 60),
            "DESCRIPTION:" + String(repeating: "👩‍👩‍👧‍👦", count: 20),
            String(repeating: "e\u{301}", count: 100),
            "SHORT:line",
        ])
    func folding(line: String) throws {
        let folded = ICalendarText.fold(line)
        try Self.expectWellFormedLines(folded)
        #expect(ICalendarReader.unfold(folded) == [line])
        for (index, physical) in ICalendarReader.physicalLines(folded).enumerated() where index > 0 {
            #expect(physical.hasPrefix(" "))
        }
    }

    static func expectWellFormedLines(_ text: String) throws {
        for physical in ICalendarReader.physicalLines(text) {
            #expect(physical.utf8.count <= 75)
        }
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.dropLast(2).contains("\n") || text.contains("\r\n "))
    }

    @Test("TEXT escaping: backslash, semicolon, comma and line breaks")
    func escaping() {
        #expect(ICalendarText.escape("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf")
        #expect(ICalendarReader.unescape(ICalendarText.escape("a\\b;c,d\ne")) == "a\\b;c,d\ne")
    }

    @Test("The built-in roadmap's calendar: a study block every week, all-day, Monday to Monday, stable UIDs")
    func builtin() throws {
        let catalog = try RenderingFixtures.builtinCatalog()
        let roadmap = try RenderingFixtures.roadmap(catalog, from: ["data-scientist"], to: ["ml-engineer"], hoursPerWeek: 8)
        let renderer = ICalendarRenderer(options: RenderOptions())
        let text = renderer.render(roadmap, progress: nil)
        try Self.expectWellFormed(text)
        #expect(text == renderer.render(roadmap, progress: nil))
        let properties = ICalendarReader.properties(text)
        let starts = properties.filter { $0.name == "DTSTART" }
        // Consecutive weeks with the same steps are one event repeated weekly: every
        // week is covered once.
        let repeats = properties.filter { $0.name == "RRULE" }.compactMap {
            Int($0.value.replacingOccurrences(of: "FREQ=WEEKLY;COUNT=", with: ""))
        }
        #expect(starts.count - repeats.count + repeats.reduce(0, +) == roadmap.schedule.weekCount)
        #expect(!repeats.isEmpty && repeats.allSatisfy { $0 > 1 })
        #expect(starts.allSatisfy { $0.parameters == ";VALUE=DATE" && $0.value.count == 8 })
        #expect(starts.first?.value == "20270104")
        #expect(properties.filter { $0.name == "DTEND" }.first?.value == "20270111")
        #expect(properties.filter { $0.name == "DTSTAMP" }.allSatisfy { $0.value == "20270104T000000Z" })
    }

    @Test("A plan of millions of weeks is a handful of events, and none past the year 9999 (issue 16, findings 6 and 11)")
    func hugePlan() throws {
        let skills = (0..<40).map { index in
            #"{"id": "s\#(index)", "name": "S\#(index)", "hours": 10000\#(index > 0 ? #", "requires": ["s\#(index - 1)"]"# : "")}"#
        }
        let catalog = try RenderingFixtures.catalog(Curriculum(json:
            #"{"curriculum": "big", "title": "Big", "skills": [\#(skills.joined(separator: ", "))], "roles": [{"id": "big", "name": "Big", "requires": ["s39"]}]}"#, source: "big.json"))
        let roadmap = try RenderingFixtures.roadmap(catalog, from: [], to: ["big"], hoursPerWeek: 0.25)
        #expect(roadmap.schedule.weekCount == 1_600_000)
        let text = ICalendarRenderer(options: RenderOptions()).render(roadmap, progress: nil)
        try Self.expectWellFormedLines(text)
        let starts = ICalendarReader.properties(text).filter { $0.name == "DTSTART" || $0.name == "DTEND" }
        #expect(starts.count < 100)
        #expect(starts.allSatisfy { $0.value.count == 8 && $0.value <= "99991231" })
        let html = HTMLRenderer(options: RenderOptions()).render(roadmap, progress: nil)
        #expect(html.utf8.count < 1_000_000)
    }
}
