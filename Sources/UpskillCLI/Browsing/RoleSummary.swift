import UpskillCurriculum
import UpskillGraph

/// How big a role is, as `upskill roles` and `upskill show ROLE` report it.
///
/// - ``mandatory``: every skill the role needs whatever alternatives are chosen — its own
///   mandatory items and its included roles', closed under the skills' mandatory
///   prerequisites.
/// - ``choices``: the role's "any of" items (its own and its included roles', identical
///   ones once) that no mandatory skill already meets; each needs one skill more.
/// - ``skillCount`` is `mandatory.count + choices.count`, and ``hours`` the hours of the
///   mandatory skills only. The exact figure for a learner starting from nothing, with the
///   alternatives' own prerequisites, is what `upskill plan --to ROLE` computes.
struct RoleSummary {
    let role: Int32
    let mandatory: [Int32]
    let choices: [[Int32]]
    let hours: Double

    init(role: Int32, catalog: Catalog) {
        self.role = role
        mandatory = catalog.mandatoryClosure(ofRole: role)
        choices = catalog.openChoices(ofRole: role, closure: mandatory)
        hours = mandatory.reduce(0) { $0 + catalog.hours(ofSkill: $1) }
    }

    /// Mandatory skills plus one per open choice.
    var skillCount: Int { mandatory.count + choices.count }
}
