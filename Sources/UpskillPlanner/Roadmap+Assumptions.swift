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

    /// The milestone groups of the plan with the positions of their steps, in plan order.
    package var milestoneSpans: [(group: Int, steps: Range<Int>)] {
        var spans: [(group: Int, steps: Range<Int>)] = []
        for (position, step) in plan.steps.enumerated() {
            guard let group = step.group else { continue }
            if let last = spans.last, last.group == group, last.steps.upperBound == position {
                spans[spans.count - 1].steps = last.steps.lowerBound..<(position + 1)
            } else {
                spans.append((group, position..<(position + 1)))
            }
        }
        return spans
    }
}

extension Roadmap {
    /// Whether the steps' groups are worth a heading: some target role has milestones, or
    /// started skills were moved to the front.
    package var showsGroups: Bool {
        plan.groups.contains { group in
            switch group.kind {
            case .milestone, .started: true
            case .role, .goals: false
            }
        }
    }

    /// The heading of a group of steps, e.g. "Milestone 1 of 4: Ship one of your models",
    /// and the milestone's outcome.
    package func heading(ofGroup index: Int) -> (title: String, outcome: String?) {
        let groups = plan.groups
        guard index < groups.count else { return ("", nil) }
        switch groups[index].kind {
        case .started:
            return ("Already started", nil)
        case .milestone(_, let milestone):
            let milestones = groups.filter { if case .milestone = $0.kind { true } else { false } }
            let number = groups[...index].filter { if case .milestone = $0.kind { true } else { false } }.count
            return (
                "Milestone \(number) of \(milestones.count): \(milestone.title)", milestone.outcome.isEmpty ? nil : milestone.outcome
            )
        case .role(let role):
            let id = catalog.roles[Int(role)].id
            let hasMilestones = groups.contains { if case .milestone(role, _) = $0.kind { true } else { false } }
            return (hasMilestones ? "The rest of \(id)" : "For \(id)", nil)
        case .goals:
            return ("Your goals", nil)
        }
    }
}
