import UpskillGraph

/// An adaptive self-assessment over a ``KnowledgeCone``, the way knowledge-space
/// assessments (ALEKS) infer most answers from a few:
///
/// - **yes** to a skill: it and every skill it mandatorily requires, transitively, are
///   known;
/// - **no**: it and every cone skill that mandatorily requires it, transitively, are
///   unknown;
/// - **unsure**: nothing is inferred; the skill is not asked again (another answer may
///   still settle it).
///
/// The known skills stay closed under mandatory prerequisites and the unknown ones under
/// dependents, so answers that agree with a person who knows a down-closed set settle
/// every skill to exactly that set.
///
/// ``nextQuestion`` is the skill whose answer settles the most undetermined skills
/// whichever way it goes: the largest `min(settled if yes, settled if no)`, then the
/// largest sum, then the smallest local index (the first id). Pure and deterministic.
///
/// With a ``PlanFocus`` the assessment asks only what can change the plan: questions come
/// from the focus's candidates, settled skills are counted within its scope, and it stops
/// as soon as the plan is the same whatever the undetermined skills are.
package struct Assessment: Sendable {
    /// One answer about a skill.
    package enum Answer: String, Sendable, Hashable, CaseIterable {
        case yes, no, unsure
    }

    /// What is known about one skill of the cone.
    package enum Verdict: Sendable, Hashable {
        case undetermined, known, unknown
    }

    /// What an answer did.
    package enum Outcome: Sendable, Hashable {
        /// The answer was taken; `settled` skills (itself included) were undetermined before.
        case settled(Int)
        /// The answer contradicts earlier ones and was ignored: `because` (a local skill
        /// answered earlier) implies the opposite.
        case contradicts(because: Int)
    }

    /// The skills asked about and the bitsets of what each answer settles.
    package let cone: KnowledgeCone
    /// The skills determined known.
    package private(set) var known: SkillSet
    /// The skills determined unknown.
    package private(set) var unknown: SkillSet
    /// The skills answered "unsure" (and not settled by another answer since, or since).
    package private(set) var unsure: SkillSet
    /// The answers taken, in order, by local index (contradicting ones left out).
    package private(set) var answers: [(skill: Int, answer: Answer)] = []

    /// What decides which skills matter to the plan; `nil` to settle every skill.
    package let focus: PlanFocus?
    /// The focus's verdict on the answers so far.
    package private(set) var evaluation: PlanFocus.Evaluation?

    /// An assessment over `cone`, settling every skill or, with a focus, what the plan needs.
    package init(cone: KnowledgeCone, focus: PlanFocus? = nil) {
        self.cone = cone
        self.focus = focus
        known = SkillSet(capacity: cone.count)
        unknown = SkillSet(capacity: cone.count)
        unsure = SkillSet(capacity: cone.count)
        undetermined = SkillSet.all(capacity: cone.count)
        reevaluate()
    }

    /// An assessment of what a request's plan needs.
    /// - Throws: ``PlanningError`` for unknown ids or no target.
    package init(catalog: Catalog, request: PlanRequest) throws(PlanningError) {
        let cone = try KnowledgeCone(catalog: catalog, request: request)
        self.init(cone: cone, focus: try PlanFocus(catalog: catalog, request: request, cone: cone))
    }

    private mutating func reevaluate() {
        evaluation = focus?.evaluate(known: known, unknown: unknown, unsure: unsure)
    }

    /// Whether nothing more needs asking for the plan: with a focus, the plan is the same
    /// whatever the undetermined skills are; without one, every skill is determined.
    package var isSettled: Bool {
        evaluation?.settled ?? isComplete
    }

    /// The skills the next question may be about.
    private var pool: SkillSet {
        var askable = undetermined
        askable.subtract(unsure)
        guard let evaluation else { return askable }
        if evaluation.settled { return SkillSet(capacity: cone.count) }
        let candidates = evaluation.candidates.intersection(askable)
        return candidates.isEmpty ? evaluation.scope.intersection(askable) : candidates
    }

    /// At most how many questions are left, the next one included: each question settles
    /// its own skill (or marks it unsure), and later ones come from what is askable now.
    package var remainingBound: Int {
        if let evaluation { return evaluation.settled ? 0 : evaluation.scope.count }
        var askable = undetermined
        askable.subtract(unsure)
        return askable.count
    }

    /// Takes back the last answer and what it implied, by replaying the ones before.
    /// - Returns: The answer taken back; `nil` when there is none.
    @discardableResult
    package mutating func undoLastAnswer() -> (skill: Int, answer: Answer)? {
        guard let last = answers.last else { return nil }
        let earlier = answers.dropLast()
        var replay = Assessment(cone: cone, focus: nil)
        for entry in earlier { replay.answer(entry.skill, entry.answer) }
        known = replay.known
        unknown = replay.unknown
        unsure = replay.unsure
        undetermined = replay.undetermined
        answers = replay.answers
        reevaluate()
        return last
    }

    /// The skills neither known nor unknown yet.
    package private(set) var undetermined: SkillSet

    /// Whether every skill of the cone is determined.
    package var isComplete: Bool { undetermined.isEmpty }

    /// What is known about a local skill.
    package func verdict(_ local: Int) -> Verdict {
        if known.contains(local) { return .known }
        if unknown.contains(local) { return .unknown }
        return .undetermined
    }

    /// How many undetermined skills an answer about `local` would settle.
    package func settled(by local: Int) -> (ifYes: Int, ifNo: Int) {
        (
            cone.prerequisites(of: local).intersectionCount(undetermined),
            cone.dependents(of: local).intersectionCount(undetermined)
        )
    }

    /// The skill to ask about next; `nil` when there is nothing left to ask.
    ///
    /// Without a focus: the undetermined skill (not answered unsure) that settles the most
    /// undetermined skills whichever way the answer goes, the largest `min(settled if yes,
    /// settled if no)`, then the larger total, then the smaller local index.
    ///
    /// With a focus: among its candidates (or, when the proof waits on none, its scope),
    /// counting the candidates an answer settles. While this person's answers lean one way
    /// (``yesRate`` at most 35 % or at least 65 %), the skill that settles the most in
    /// expectation, each answer weighted by that rate: someone who says no to everything is
    /// asked about foundations, which settle what builds on them, someone who says yes
    /// about advanced skills. While they are mixed, the balanced question as without a
    /// focus. Ties: the larger worst case, then the smaller local index.
    /// - Complexity: O(n² / 64) for a cone of n skills.
    package var nextQuestion: Int? {
        guard let evaluation else { return balancedQuestion }
        var best: (skill: Int, expected: Double, worst: Int)?
        let within = evaluation.candidates.isEmpty ? evaluation.scope : evaluation.candidates
        let yesRate = yesRate
        let leaning = abs(yesRate - 0.5) >= Self.leaning
        for skill in pool.elements {
            let yes = cone.prerequisites(of: skill).intersectionCount(within)
            let no = cone.dependents(of: skill).intersectionCount(within)
            let worst = min(yes, no)
            // Mixed answers so far: the balanced question (the total only breaks ties).
            let expected =
                leaning
                ? yesRate * Double(yes) + (1 - yesRate) * Double(no)
                : Double(worst) + Double(yes + no) / Double(2 * cone.count + 2)
            if let current = best,
                expected < current.expected - 1e-9 || (abs(expected - current.expected) <= 1e-9 && worst <= current.worst)
            {
                continue
            }
            best = (skill, expected, worst)
        }
        return best?.skill
    }

    /// How far from even ``yesRate`` must be for questions to follow it.
    static let leaning = 0.15

    /// How often this person has answered yes so far (yes and no answers, plus one of
    /// each): the chance the next answer is yes, as the questions are scored.
    package var yesRate: Double {
        let yes = answers.filter { $0.answer == .yes }.count
        let no = answers.filter { $0.answer == .no }.count
        return Double(yes + 1) / Double(yes + no + 2)
    }

    private var balancedQuestion: Int? {
        var best: (skill: Int, worst: Int, total: Int)?
        for skill in pool.elements {
            let (yes, no) = settled(by: skill)
            let worst = min(yes, no)
            let total = yes + no
            if let current = best, worst < current.worst || (worst == current.worst && total <= current.total) {
                continue
            }
            best = (skill, worst, total)
        }
        return best?.skill
    }

    /// Takes an answer about a local skill and infers what it implies.
    ///
    /// An answer about a skill already determined is taken when it agrees (settling
    /// nothing more) and ignored when it contradicts: then ``Outcome/contradicts(because:)``
    /// names an earlier answer that implies the opposite.
    @discardableResult
    package mutating func answer(_ local: Int, _ answer: Answer) -> Outcome {
        guard local >= 0, local < cone.count else { return .settled(0) }
        switch answer {
        case .unsure:
            answers.append((local, answer))
            if undetermined.contains(local) { unsure.insert(local) }
            reevaluate()
            return .settled(0)
        case .yes:
            if unknown.contains(local) { return .contradicts(because: cause(unknownOf: local)) }
            let settled = cone.prerequisites(of: local).intersection(undetermined)
            known.formUnion(settled)
            undetermined.subtract(settled)
            unsure.subtract(settled)
            answers.append((local, answer))
            reevaluate()
            return .settled(settled.count)
        case .no:
            if known.contains(local) { return .contradicts(because: cause(knownOf: local)) }
            let settled = cone.dependents(of: local).intersection(undetermined)
            unknown.formUnion(settled)
            undetermined.subtract(settled)
            unsure.subtract(settled)
            answers.append((local, answer))
            reevaluate()
            return .settled(settled.count)
        }
    }

    /// The earlier "yes" that made `local` known: an answered skill that requires it.
    private func cause(knownOf local: Int) -> Int {
        answers.first { $0.answer == .yes && cone.prerequisites(of: $0.skill).contains(local) }?.skill ?? local
    }

    /// The earlier "no" that made `local` unknown: an answered skill it requires.
    private func cause(unknownOf local: Int) -> Int {
        answers.first { $0.answer == .no && cone.dependents(of: $0.skill).contains(local) }?.skill ?? local
    }

    /// The local skills answered yes or no directly.
    package var answered: SkillSet {
        var set = SkillSet(capacity: cone.count)
        for entry in answers where entry.answer != .unsure { set.insert(entry.skill) }
        return set
    }

    /// How many questions were answered (yes, no or unsure), each skill once.
    package var questionCount: Int {
        var set = SkillSet(capacity: cone.count)
        for entry in answers { set.insert(entry.skill) }
        return set.count
    }

    /// The skills determined without being answered directly.
    package var inferredCount: Int {
        var determined = known
        determined.formUnion(unknown)
        determined.subtract(answered)
        return determined.count
    }

    /// The catalog indices of the skills determined known, ascending.
    package var knownSkills: [Int32] {
        known.elements.map { cone.skills[$0] }
    }
}
