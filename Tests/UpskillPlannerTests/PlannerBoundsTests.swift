import Testing
import UpskillCurriculum
import UpskillGraph
import UpskillPlanner

/// Issue 16, findings 5 and 8: hours beyond any bound (which validation refuses, but a
/// catalog built in code could hold) never trap the schedule, and a plan whose hours add
/// up to infinity is an error, never an empty plan called optimal.
@Suite("Planner and schedule: hours beyond every bound")
struct PlannerBoundsTests {
    typealias S = PlannerScenario

    /// The catalog of a scenario with every skill's hours replaced.
    static func catalog(hours: Double) throws -> Catalog {
        let base = try PlannerScenario(
            [S.skill("a", 1), S.skill("b", 1, "a"), S.skill("c", 1, .anyOf(["a", "b"]))],
            roles: [S.role("target", "b", "c")]
        ).catalog
        var skills = base.skills
        for index in skills.indices { skills[index].hours = hours }
        return Catalog(
            sources: base.sources, skills: skills, skillSources: base.skillSources, requirements: base.requirements,
            skillIndex: base.skillIndex, roles: base.roles, roleSources: base.roleSources,
            roleRequirements: base.roleRequirements, roleIndex: base.roleIndex, roleMilestones: base.roleMilestones,
            resources: base.resources, resourceSources: base.resourceSources, resourcesBySkill: base.resourcesBySkill,
            topologicalOrder: base.topologicalOrder)
    }

    @Test("Hours that add up to infinity are an error, not an empty optimal plan", arguments: [1e308, .infinity])
    func infiniteTotal(hours: Double) throws {
        let planner = Planner(catalog: try Self.catalog(hours: hours))
        #expect(throws: PlanningError.tooLarge) { try planner.plan(PlanRequest(to: ["target"])) }
    }

    @Test("Finite hours still plan")
    func finiteTotal() throws {
        let plan = try Planner(catalog: try Self.catalog(hours: 10_000)).plan(PlanRequest(to: ["target"]))
        #expect(plan.totalHours == 30_000)
        #expect(plan.optimal)
    }

    @Test(
        "The schedule never traps, whatever the hours",
        arguments: [[1e19], [.infinity], [.nan], [-5, 3], [3e19, 3e19], [1e300, 1, 1e300]])
    func schedule(hours: [Double]) {
        let start = CivilDate(year: 2026, month: 1, day: 5)
        let schedule = Schedule(stepHours: hours, hoursPerWeek: 0.25, start: start)
        #expect(schedule.weekCount <= Schedule.maximumWeeks)
        for weeks in schedule.weeks { #expect(weeks.upperBound <= Schedule.maximumWeeks) }
        _ = schedule.finish
        _ = schedule.lastDay(ofWeek: .max)
        _ = schedule.firstDay(ofWeek: .min)
    }
}
