import UpskillCurriculum
import UpskillGraph
import UpskillPlanner

/// The answers of `upskill assess --answers FILE`: one `skill-id yes|no|unsure` per line
/// (`y`, `n`, `?` too), `#` starting a comment, blank lines ignored.
struct AnswersFile {
    /// One answer, with the line it is on.
    struct Entry {
        var skill: Int32
        var answer: Assessment.Answer
        var line: Int
    }

    var entries: [Entry]

    /// Reads answers from the text of `file`.
    /// - Throws: ``CLIError`` (exit 64) naming the line of a malformed answer or the
    ///   unknown skill ids, with suggestions.
    init(text: String, file: String, catalog: Catalog) throws(CLIError) {
        var entries: [Entry] = []
        var unknown: [String] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "," })
            guard !words.isEmpty else { continue }
            guard words.count == 2, let answer = Self.answer(String(words[1])) else {
                throw .usage(
                    "\(file):\(offset + 1): expected 'skill-id yes|no|unsure', found '\(line.trimmingWhitespace)'")
            }
            let id = String(words[0])
            guard let skill = catalog.skill(id) else {
                let hint = Suggestion.closest(to: id, in: catalog.skills.map(\.id)).map { " (did you mean '\($0)'?)" }
                unknown.append("'\(id)' on line \(offset + 1)" + (hint ?? ""))
                continue
            }
            entries.append(Entry(skill: skill, answer: answer, line: offset + 1))
        }
        guard unknown.isEmpty else {
            let what = unknown.count == 1 ? "unknown skill" : "unknown skills"
            throw .usage("\(file): \(what) \(unknown.joined(separator: ", ")); nothing was changed (see 'upskill skills')")
        }
        self.entries = entries
    }

    /// An answer word: yes/y, no/n, unsure/?; `nil` for anything else.
    static func answer(_ word: String) -> Assessment.Answer? {
        switch word.lowercased() {
        case "yes", "y": .yes
        case "no", "n": .no
        case "unsure", "?", "u": .unsure
        default: nil
        }
    }
}
