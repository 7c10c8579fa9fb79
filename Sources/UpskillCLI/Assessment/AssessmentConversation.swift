import UpskillGraph
import UpskillRendering
import UpskillPlanner

/// The conversation of `upskill assess`: the introduction, one question at a time with
/// an honest bound on those left, going back, and answers taken from a file; the
/// ``Assessment`` does the inferring and decides what is worth asking.
struct AssessmentConversation {
    let catalog: Catalog
    var assessment: Assessment
    let console: Console
    /// The goal, for the introduction: `data-scientist -> ml-engineer`.
    let title: String

    /// Asks until the plan is settled, the person quits, or the input ends. `b` takes the
    /// last answer back and asks again; anything unreadable is asked again. On a terminal,
    /// once nothing is left to ask, `b` can still revise the last answer before recording.
    /// - Parameters:
    ///   - readLine: One line of input, `nil` at its end.
    ///   - piped: Whether the input is a script rather than a person (answers are echoed
    ///     so that the transcript reads as a conversation).
    mutating func ask(readLine: () -> String?, piped: Bool) {
        console.out(
            "\(Format.count(assessment.cone.count, "skill")) of \(title) are not marked known yet. I'll ask only about those that can change your plan, and infer what I can from the prerequisites.\n"
                + "Answer y (yes), n (no), ? (unsure), b (back to the previous question) or q (stop; answers so far are kept).\n")
        while askQuestions(readLine: readLine, piped: piped) {
            console.out(
                assessment.isSettled
                    ? "\nThat settles your plan: the skills not asked about cannot change it.\n"
                    : "\nNothing more to ask; the skills you were unsure about stay in your plan.\n")
            guard !piped, !assessment.answers.isEmpty else { return }
            console.out("Press Enter to record your answers, or b to revise the last one.\n> ")
            guard let line = readLine(), ["b", "back"].contains(line.filter { !$0.isWhitespace }.lowercased()) else {
                return
            }
            takeBack()
        }
    }

    /// Asks until nothing is left to ask (`true`) or the person stops or the input ends
    /// (`false`).
    private mutating func askQuestions(readLine: () -> String?, piped: Bool) -> Bool {
        let cone = assessment.cone
        while let question = assessment.nextQuestion {
            let skill = catalog.skills[Int(cone.skills[question])]
            let more = assessment.remainingBound - 1
            console.out(
                "\n(question \(assessment.answers.count + 1), \(more > 0 ? "at most \(more) more" : "the last one"))\n"
                    + "Do you know \(skill.name) well enough to use it at work? (y/n/?/b/q)\n"
                    + (skill.description.isEmpty ? "" : "  \(skill.description)\n"))
            while true {
                console.out("> ")
                guard let line = readLine() else {
                    console.out("\n")
                    if piped { console.out("(no more answers on standard input; stopping here)\n") }
                    return false
                }
                let word = line.filter { !$0.isWhitespace }.lowercased()
                if piped { console.out(word + "\n") }
                if word == "q" || word == "quit" {
                    console.out("Stopping here; your answers so far are kept.\n")
                    return false
                }
                if word == "b" || word == "back" {
                    guard takeBack() else {
                        console.out("This is the first question: nothing to go back to. Please answer y, n, ? or q.\n")
                        continue
                    }
                    break
                }
                if let answer = AnswersFile.answer(word) {
                    assessment.answer(question, answer)
                    break
                }
                console.out("'\(word)' is not an answer. Please answer y (yes), n (no), ? (unsure), b (back) or q (stop).\n")
            }
        }
        return true
    }

    /// Takes the last answer back, saying so; `false` when there is none.
    @discardableResult
    private mutating func takeBack() -> Bool {
        guard let undone = assessment.undoLastAnswer() else { return false }
        let name = catalog.skills[Int(assessment.cone.skills[undone.skill])].name
        console.out("Took back your answer about \(name) (\(undone.answer.rawValue)) and what it implied.\n")
        return true
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
