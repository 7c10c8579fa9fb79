import UpskillGraph
import UpskillRendering
import UpskillPlanner

/// The conversation of `upskill assess`: the introduction, one question at a time with
/// progress, and answers taken from a file; the ``Assessment`` does the inferring.
struct AssessmentConversation {
    let catalog: Catalog
    var assessment: Assessment
    let console: Console
    /// The goal, for the introduction: `data-scientist -> ml-engineer`.
    let title: String

    /// How many unreadable answers in a row count as "unsure".
    static let retries = 3

    /// Asks until every skill is settled, the person quits, or the input ends.
    /// - Parameters:
    ///   - readLine: One line of input, `nil` at its end.
    ///   - piped: Whether the input is a script rather than a person (answers are echoed
    ///     so that the transcript reads as a conversation).
    mutating func ask(readLine: () -> String?, piped: Bool) {
        let cone = assessment.cone
        console.out(
            "\(Format.count(cone.count, "skill")) of \(title) are not marked known yet. I'll ask about a few and infer most of the others from the prerequisites.\n"
                + "Answer y (yes), n (no), ? (unsure) or q (stop; answers so far are kept).\n")
        var number = 0
        while let question = assessment.nextQuestion {
            number += 1
            let skill = catalog.skills[Int(cone.skills[question])]
            console.out(
                "\n(question \(number), \(Format.count(assessment.undetermined.count, "skill")) left to settle)\n"
                    + "Do you know \(skill.name) well enough to use it at work? (y/n/?/q)\n"
                    + (skill.description.isEmpty ? "" : "  \(skill.description)\n"))
            var answer: Assessment.Answer?
            for _ in 0..<Self.retries {
                console.out("> ")
                guard let line = readLine() else {
                    console.out("\n")
                    if piped { console.out("(no more answers on standard input; stopping here)\n") }
                    return
                }
                let word = line.filter { !$0.isWhitespace }.lowercased()
                if piped { console.out(word + "\n") }
                if word == "q" || word == "quit" {
                    console.out("Stopping here; your answers so far are kept.\n")
                    return
                }
                if let parsed = AnswersFile.answer(word) {
                    answer = parsed
                    break
                }
                console.out("Please answer y, n, ? or q.\n")
            }
            // Three unreadable answers: taken as unsure, so the conversation moves on.
            assessment.answer(question, answer ?? .unsure)
        }
        console.out("\nThat settles every skill in scope.\n")
    }

    /// Takes the answers of a file in order; warns about skills out of scope and answers
    /// that contradict earlier ones, which are ignored.
    mutating func take(_ file: AnswersFile, name: String) {
        let cone = assessment.cone
        for entry in file.entries {
            let id = catalog.id(ofSkill: entry.skill)
            guard let local = cone.local(entry.skill) else {
                console.err(
                    "warning: \(name):\(entry.line): '\(id)' is not among the skills in scope (known already, or not needed for \(title)); ignored\n"
                )
                continue
            }
            if case .contradicts(let because) = assessment.answer(local, entry.answer) {
                let other = catalog.id(ofSkill: cone.skills[because])
                console.err(
                    "warning: \(name):\(entry.line): '\(id) \(entry.answer.rawValue)' contradicts the answer about '\(other)' (one requires the other); ignored\n"
                )
            }
        }
        console.out(
            "Took \(Format.count(file.entries.count, "answer")) from \(name) for \(title) (\(Format.count(cone.count, "skill")) in scope).\n"
        )
    }
}
