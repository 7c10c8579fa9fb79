import Testing
import UpskillCurriculum
import UpskillGraph
import UpskillPlanner
import UpskillRegistry

/// The advice the built-in curriculum gives, checked as a mentor would: a role is nothing
/// to learn for someone who holds it, the data scientist → ML engineer plan is a year of
/// core work, and every skill of that plan has material that covers it.
@Suite("Built-in roadmap advice")
struct BuiltinRoadmapTests {
    static let catalog: Catalog? = try? AssessmentMeasurementTests.builtinCatalog()

    func planner() throws -> Planner { Planner(catalog: try #require(Self.catalog)) }

    static var roleIDs: [String] {
        guard let catalog else { return [] }
        return catalog.roles.map(\.id)
    }

    @Test("Planning from a role to itself leaves nothing to learn", arguments: roleIDs)
    func roleToItself(role: String) throws {
        let plan = try planner().plan(PlanRequest(from: [role], to: [role]))
        #expect(plan.steps.isEmpty, "\(role) → \(role) plans \(plan.steps.count) steps")
        #expect(plan.totalHours == 0)
    }

    @Test("Every role is in the roles list the test iterates")
    func rolesAreListed() {
        #expect(Self.roleIDs.count >= 8)
        #expect(Self.roleIDs.contains("edge-inference-engineer"))
    }

    @Test("data-scientist → ml-engineer is 400 to 600 hours of core work, and optimal")
    func coreHours() throws {
        let plan = try planner().plan(PlanRequest(from: ["data-scientist"], to: ["ml-engineer"]))
        #expect(plan.optimal)
        #expect((400...600).contains(plan.totalHours), "\(plan.totalHours) h")
    }

    @Test("Every skill of the ml-engineer plan has a resource of at least a quarter of its hours")
    func resourcesCoverTheSkills() throws {
        let catalog = try #require(Self.catalog)
        let plan = try planner().plan(PlanRequest(from: ["data-scientist"], to: ["ml-engineer"]))
        #expect(plan.steps.count > 40)
        for step in plan.steps {
            let resources = catalog.resourcesBySkill[Int(step.skill)].map { catalog.resources[Int($0)] }
            let longest = resources.compactMap(\.hours).max() ?? 0
            #expect(
                longest >= step.hours / 4,
                "\(catalog.id(ofSkill: step.skill)) (\(step.hours) h): the longest resource takes \(longest) h")
        }
    }

    @Test(
        "The niche skills are electives: in edge-inference-engineer, not in ml-engineer",
        arguments: ["cpp", "tensorrt", "pruning", "knowledge-distillation", "on-device-inference"])
    func electives(skill: String) throws {
        let core = try planner().plan(PlanRequest(from: ["data-scientist"], to: ["ml-engineer"]))
        let edge = try planner().plan(PlanRequest(from: ["data-scientist"], to: ["edge-inference-engineer"]))
        let catalog = try #require(Self.catalog)
        let index = try #require(catalog.skill(skill))
        #expect(!core.steps.contains { $0.skill == index })
        #expect(edge.steps.contains { $0.skill == index })
    }

    @Test("Every resource says when it was last checked, over https")
    func resourcesAreDated() throws {
        let catalog = try #require(Self.catalog)
        for resource in catalog.resources {
            #expect(resource.updated != nil, "\(resource.id) has no 'updated' year")
            #expect(resource.url.hasPrefix("https://"), "\(resource.id): \(resource.url)")
        }
    }
}
