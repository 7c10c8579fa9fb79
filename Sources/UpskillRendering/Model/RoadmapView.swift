import UpskillCurriculum
import UpskillGraph
import UpskillPlanner

/// A roadmap with progress laid over it, worked out once for every format: each step's
/// status and dates, the week groups, and the totals and forecast. A step's reasons and
/// resources, and the graph, are put together when a format reads them (JSON at 100,000
/// skills reads none of them).
///
/// Renderers read this rather than the plan so that every format says the same thing.
package struct RoadmapView: Sendable {
    /// One skill on the roadmap.
    package struct Step: Sendable {
        /// The 1-based position in the plan; 0 for a skill done before this plan.
        package var number: Int
        /// The skill's catalog index.
        package var index: Int32
        /// The skill.
        package var skill: Skill
        /// Its hours.
        package var hours: Double
        /// The first and last week it falls in; `nil` for a skill done before this plan.
        package var weeks: ClosedRange<Int>?
        /// The first day of its first week and the last day of its last week.
        package var dates: ClosedRange<CivilDate>?
        /// Where it stands.
        package var status: StepStatus
        /// Hours logged on it (0 when none were logged).
        package var hoursLogged: Double
        /// The day it was done or skipped, when known.
        package var finishedOn: CivilDate?
        /// The first day study was logged on it, when known.
        package var startedOn: CivilDate? = nil
        /// Whether it is a target skill the learner asked for.
        package var isGoal: Bool
        /// The plan step, for a skill on the plan; `nil` for one done before it.
        package var planStep: PlanStep?
        /// The roadmap, shared by every step, to put reasons and resources into words on
        /// demand: most formats read them for a few steps, or none.
        let source: RoadmapSource

        /// The chain of ids from it to the target that needs it, e.g. `["docker",
        /// "kubernetes", "ml-engineer"]` for `linux-shell`; empty for a goal.
        package var chain: [String] {
            planStep.map { source.roadmap.chain(for: $0) } ?? []
        }
        /// The other skills and roles that need it.
        package var alsoFor: [String] {
            guard let planStep else { return [] }
            return planStep.because.dropFirst().map { source.roadmap.id(of: $0, step: planStep) }
        }
        /// Alternatives that were not chosen: their id and what taking one would cost, in
        /// words ("+5 h", "at most +5 h", "avoided"), the same in every format.
        package var alternatives: [(id: String, cost: String)] {
            let roadmap = source.roadmap
            let avoided = Set(roadmap.request.avoid.compactMap { roadmap.catalog.skill($0) })
            return (planStep?.alternatives ?? []).map { alternative in
                let cost: String
                if let extra = alternative.extraHours {
                    cost = (alternative.extraHoursExact ? "+" : "at most +") + Format.hours(extra) + " h"
                } else {
                    cost = avoided.contains(alternative.skill) ? "avoided" : "needs an avoided skill"
                }
                return (roadmap.catalog.id(ofSkill: alternative.skill), cost)
            }
        }
        /// Every resource of the skill, best first: the first is the one to take.
        package var resources: [Resource] {
            source.roadmap.resources(ofSkill: index)
        }

        /// Whether it was marked done or skipped on a day of the plan (in week 1 or after:
        /// after a saved goal's start), rather than known before it.
        package var isFinishedDuringPlan: Bool {
            guard let finishedOn else { return false }
            return finishedOn >= source.roadmap.schedule.weekOne
        }

        /// The hours still to study: 0 when finished, else its hours less those logged.
        package var hoursLeft: Double {
            status.isFinished ? 0 : max(0, hours - hoursLogged)
        }

        /// `for docker → kubernetes → ml-engineer; also for x, y`, or `a goal you asked for`.
        /// - Parameters:
        ///   - arrow: The arrow between ids.
        ///   - limit: How many of the other needs to name before "and N more".
        package func why(arrow: String = "→", limit: Int = 4) -> String {
            if isGoal { return "a goal you asked for" }
            if number == 0 && chain.isEmpty {
                let verb = status == .skipped ? "skipped" : "done"
                guard let finishedOn, isFinishedDuringPlan else { return "\(verb) before this plan" }
                return "\(verb) \(Format.date(finishedOn)), during this plan"
            }
            var text = "for " + chain.joined(separator: " \(arrow) ")
            if !alsoFor.isEmpty {
                text += "; also for " + alsoFor.prefix(limit).joined(separator: ", ")
                if alsoFor.count > limit { text += " and \(alsoFor.count - limit) more" }
            }
            return text
        }
    }

    /// The roadmap.
    package let roadmap: Roadmap
    /// The progress laid over it, if any.
    package let progress: RoadmapProgress?
    /// Skills done or skipped before this plan that its steps or targets need (they are
    /// known to the planner, so they are not plan steps), prerequisites first.
    package let earlier: [Step]
    /// The plan's steps, in plan order.
    package let steps: [Step]
    /// The plan's steps grouped by the week they start in: the week and the indices into
    /// ``steps``.
    package let weekGroups: [(week: Int, steps: [Int])]
    /// Totals and forecast.
    package let totals: RoadmapTotals
    /// The target roles, for the graph.
    private let targetRoles: [Int32]

    /// The prerequisite graph of ``earlier``, ``steps`` and the target roles, made on
    /// demand (a transitive reduction) since only the graph formats draw it: read it once.
    package var graph: RoadmapGraph {
        RoadmapGraph(steps: earlier + steps, targetRoles: targetRoles, catalog: roadmap.catalog)
    }

    /// ``earlier`` then ``steps``: every skill on the roadmap.
    package var allSteps: [Step] { earlier + steps }

    /// Today, when progress is given.
    package var today: CivilDate? { progress?.today }

    package init(_ roadmap: Roadmap, progress: RoadmapProgress?) {
        self.roadmap = roadmap
        self.progress = progress
        let catalog = roadmap.catalog
        let plan = roadmap.plan
        let source = RoadmapSource(roadmap)

        let statuses = StepStatusResolver(roadmap, progress: progress)
        let entries = statuses.entries

        // Plan steps.
        var steps: [Step] = []
        steps.reserveCapacity(plan.steps.count)
        for (position, step) in plan.steps.enumerated() {
            let weeks = position < roadmap.schedule.weeks.count ? roadmap.schedule.weeks[position] : nil
            let stepStatus = statuses.status(of: step.skill, isReady: step.isReady)
            steps.append(
                Step(
                    number: position + 1, index: step.skill, skill: roadmap.skill(of: step), hours: step.hours,
                    weeks: weeks,
                    dates: weeks.map {
                        roadmap.schedule.firstDay(ofWeek: $0.lowerBound)...roadmap.schedule.lastDay(ofWeek: $0.upperBound)
                    },
                    status: stepStatus, hoursLogged: statuses.hoursLogged(step.skill),
                    finishedOn: entries[step.skill]?.date, startedOn: entries[step.skill]?.started,
                    isGoal: step.because.contains(.goal), planStep: step, source: source))
        }

        // Skills finished before the plan that its steps or targets need, through other
        // finished skills: none to look for when nothing is finished.
        let anyFinished = entries.values.contains { $0.state != .inProgress }
        var stack: [Int32] = anyFinished ? plan.steps.map(\.skill) : []
        let planSkills = Set(stack)
        var targetRoles: [Int32] = []
        for id in roadmap.request.to {
            guard let role = catalog.role(id) else { continue }
            targetRoles.append(role)
            guard anyFinished else { continue }
            for item in catalog.roleRequirements.items(of: Int(role)) {
                stack += catalog.roleRequirements.members(of: item)
            }
        }
        for id in roadmap.request.goals where anyFinished {
            if let skill = catalog.skill(id) { stack.append(skill) }
        }
        var visited: Set<Int32> = []
        var earlierSet: Set<Int32> = []
        while let skill = stack.popLast() {
            guard visited.insert(skill).inserted else { continue }
            let isEarlier = !planSkills.contains(skill) && statuses.isFinished(skill)
            guard planSkills.contains(skill) || isEarlier else { continue }
            if isEarlier { earlierSet.insert(skill) }
            for item in catalog.requirements.items(of: Int(skill)) {
                stack += catalog.requirements.members(of: item)
            }
        }
        let earlier = (earlierSet.isEmpty ? [] : catalog.topologicalOrder.filter { earlierSet.contains($0) }).map { skill in
            let state = entries[skill]?.state == .skipped ? StepStatus.skipped : .done
            let hours = catalog.hours(ofSkill: skill)
            return Step(
                number: 0, index: skill, skill: catalog.skills[Int(skill)], hours: hours, weeks: nil, dates: nil,
                status: state, hoursLogged: statuses.hoursLogged(skill),
                finishedOn: entries[skill]?.date, startedOn: entries[skill]?.started, isGoal: false, planStep: nil,
                source: source)
        }

        var groups: [(week: Int, steps: [Int])] = []
        for (position, step) in steps.enumerated() {
            let week = step.weeks?.lowerBound ?? 0
            if let last = groups.last, last.week == week {
                groups[groups.count - 1].steps.append(position)
            } else {
                groups.append((week, [position]))
            }
        }

        self.steps = steps
        self.earlier = earlier
        self.weekGroups = groups
        self.totals = RoadmapTotals(
            earlier: earlier, steps: steps, schedule: roadmap.schedule, plan: plan, deadline: roadmap.deadline,
            today: progress?.today, figures: progress?.figures)
        self.targetRoles = targetRoles
    }

    /// A title with role and skill names: `Data scientist → Machine learning engineer`.
    package func displayTitle(arrow: String = "→") -> String {
        let catalog = roadmap.catalog
        let request = roadmap.request
        func roleName(_ id: String) -> String {
            catalog.role(id).map { catalog.roles[Int($0)].name } ?? id
        }
        func skillName(_ id: String) -> String {
            catalog.skill(id).map { catalog.skills[Int($0)].name } ?? id
        }
        let from = request.from.map(roleName) + (request.know.isEmpty ? [] : ["what you know"])
        let to = request.to.map(roleName) + request.goals.map(skillName)
        return (from.isEmpty ? "Nothing" : from.joined(separator: " + ")) + " \(arrow) " + to.joined(separator: " + ")
    }
}

/// A roadmap behind a reference, so that every ``RoadmapView/Step`` can reach it for the
/// price of one retain.
final class RoadmapSource: Sendable {
    let roadmap: Roadmap

    init(_ roadmap: Roadmap) {
        self.roadmap = roadmap
    }
}
