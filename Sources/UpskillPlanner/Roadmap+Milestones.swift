import UpskillGraph

/// The plan's groups (started skills, milestones) as the renderers show them, and the
/// figure the delivery order improves.
extension Roadmap {
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

    /// The mean week in which the plan completes its target requirements (each met by
    /// the first of its members in the plan to be learned): the figure the delivery
    /// order lowers. `nil` for an empty plan.
    package var meanTargetCompletionWeek: Double? {
        guard !plan.targets.isEmpty else { return nil }
        let weeks = plan.targets.compactMap { target in
            target.members.compactMap { member in
                let position = step(ofSkill: member)
                return position.flatMap { $0 < schedule.weeks.count ? schedule.weeks[$0].upperBound : nil }
            }.min()
        }
        guard !weeks.isEmpty else { return nil }
        return Double(weeks.reduce(0, +)) / Double(weeks.count)
    }
}
