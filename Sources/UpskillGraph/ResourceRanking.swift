import UpskillCurriculum

/// The order upskill recommends the resources of one skill in: the first is the one a
/// learner should actually take.
///
/// 1. Company material (from plugins and files) before the built-in.
/// 2. Best coverage of the skill's hours: `min(r, s) / max(r, s)` for a resource of `r`
///    hours and a skill of `s` hours, so a 1 h pointer page does not lead an 80 h skill
///    and a 400 h book does not lead a 10 h one. For a skill of 0 hours (a milestone skill)
///    the coverage is `1 / (1 + r)`: the shortest resource leads. A resource of unknown
///    hours covers 0: it comes after every resource whose hours are known.
/// 3. At equal coverage, free (cost 0) before the rest (paid, or of unknown cost).
/// 4. Then the shorter (unknown hours last).
/// 5. Then load order (the order of ``Catalog/resources``).
package struct ResourceRanking: Sendable {
    /// The hours of the skill the resources teach.
    package var skillHours: Double

    package init(skillHours: Double) {
        self.skillHours = skillHours
    }

    /// What the ranking reads of one resource.
    package struct Candidate: Sendable, Hashable {
        /// Whether it comes from a plugin or a file rather than the built-in curricula.
        package var isCompanyMaterial: Bool
        /// Hours to work through it, when known.
        package var hours: Double?
        /// Its price in US dollars, 0 for free, when known.
        package var cost: Double?
        /// Its position in load order.
        package var loadOrder: Int

        package init(isCompanyMaterial: Bool, hours: Double?, cost: Double?, loadOrder: Int) {
            self.isCompanyMaterial = isCompanyMaterial
            self.hours = hours
            self.cost = cost
            self.loadOrder = loadOrder
        }
    }

    /// How well `hours` of a resource cover the skill, from 0 (not at all, or unknown) to 1
    /// (exactly the skill's hours).
    package func coverage(ofHours hours: Double?) -> Double {
        guard let hours, hours.isFinite, hours >= 0 else { return 0 }
        guard skillHours > 0 else { return 1 / (1 + hours) }
        let larger = max(hours, skillHours)
        return min(hours, skillHours) / larger
    }

    /// Whether `lhs` is recommended before `rhs`: a strict total order on candidates with
    /// distinct load orders.
    package func precedes(_ lhs: Candidate, _ rhs: Candidate) -> Bool {
        if lhs.isCompanyMaterial != rhs.isCompanyMaterial { return lhs.isCompanyMaterial }
        let leftCoverage = coverage(ofHours: lhs.hours), rightCoverage = coverage(ofHours: rhs.hours)
        if leftCoverage != rightCoverage { return leftCoverage > rightCoverage }
        let leftFree = lhs.cost == 0, rightFree = rhs.cost == 0
        if leftFree != rightFree { return leftFree }
        let leftHours = lhs.hours ?? .infinity, rightHours = rhs.hours ?? .infinity
        if leftHours != rightHours { return leftHours < rightHours }
        return lhs.loadOrder < rhs.loadOrder
    }

    /// The candidates, best first.
    package func sorted(_ candidates: [Candidate]) -> [Candidate] {
        candidates.sorted(by: precedes)
    }
}
