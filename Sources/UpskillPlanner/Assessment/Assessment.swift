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

    package init(cone: KnowledgeCone) {
        self.cone = cone
        known = SkillSet(capacity: cone.count)
        unknown = SkillSet(capacity: cone.count)
        unsure = SkillSet(capacity: cone.count)
        undetermined = SkillSet.all(capacity: cone.count)
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

    /// The skill to ask about next: undetermined and not answered "unsure", maximizing
    /// the skills settled whichever way the answer goes (ties: the larger total, then the
    /// smaller local index). `nil` when there is nothing left to ask.
    /// - Complexity: O(n² / 64) for a cone of n skills.
    package var nextQuestion: Int? {
        var best: (skill: Int, worst: Int, total: Int)?
        for skill in undetermined.elements where !unsure.contains(skill) {
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
            return .settled(0)
        case .yes:
            if unknown.contains(local) { return .contradicts(because: cause(unknownOf: local)) }
            let settled = cone.prerequisites(of: local).intersection(undetermined)
            known.formUnion(settled)
            undetermined.subtract(settled)
            unsure.subtract(settled)
            answers.append((local, answer))
            return .settled(settled.count)
        case .no:
            if known.contains(local) { return .contradicts(because: cause(knownOf: local)) }
            let settled = cone.dependents(of: local).intersection(undetermined)
            unknown.formUnion(settled)
            undetermined.subtract(settled)
            unsure.subtract(settled)
            answers.append((local, answer))
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
