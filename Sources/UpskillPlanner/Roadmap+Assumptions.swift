import UpskillGraph

extension Roadmap {
    /// What the plan assumed a `from` role says about one of its "any of" requirements,
    /// in one sentence: "Assumed from data-scientist: you know pytorch (one of pytorch,
    /// tensorflow). If it is another, add --know tensorflow."
    package func sentence(for assumption: Plan.Assumption) -> String {
        let role = catalog.roles[Int(assumption.role)].id
        let assumed = catalog.id(ofSkill: assumption.assumed)
        let members = assumption.members.map { catalog.id(ofSkill: $0) }
        let others = members.filter { $0 != assumed }
        let advice =
            others.count == 1
            ? "add --know \(others[0])" : "add it with --know (\(others.joined(separator: ", ")))"
        return "Assumed from \(role): you know \(assumed) (one of \(members.joined(separator: ", "))). If it is another, \(advice)."
    }
}
