import Testing
import UpskillCurriculum
import UpskillGraph
import UpskillPlanner

/// A hand-written catalog with its planner and oracle: plans made through it are audited
/// (feasible, ordered, reasons and readiness right) before the test looks at them.
struct PlannerScenario {
    let curriculum: Curriculum
    let catalog: Catalog
    let oracle: BruteForceOracle
    let planner: Planner

    init(_ skills: [Skill], roles: [Role] = []) throws {
        curriculum = Curriculum(id: "scenario", title: "Scenario", skills: skills, roles: roles)
        catalog = try Catalog(sources: [CurriculumSource(name: "scenario", origin: .builtin, curriculum: curriculum)])
        oracle = BruteForceOracle(curriculum: curriculum)
        planner = Planner(catalog: catalog)
    }

    /// A skill with mandatory items and `anyOf` groups, e.g. `skill("t", 1, "c", .anyOf(["a", "b"]))`.
    static func skill(_ id: String, _ hours: Double, _ requires: Requirement...) -> Skill {
        Skill(id: id, name: id.uppercased(), hours: hours, requires: requires)
    }

    /// A role.
    static func role(_ id: String, includes: [String] = [], _ requires: Requirement...) -> Role {
        Role(id: id, name: id.uppercased(), includes: includes, requires: requires)
    }

    /// The plan for a request, after checking it with ``PlanAudit`` and, when the cone is
    /// small, that its hours are the brute-force minimum.
    func plan(_ request: PlanRequest, sourceLocation: SourceLocation = #_sourceLocation) throws(PlanningError) -> Plan {
        let plan = try planner.plan(request)
        let audit = PlanAudit(catalog: catalog, oracle: oracle, request: request)
        let problems = audit.problems(plan)
        #expect(problems.isEmpty, "\(problems)", sourceLocation: sourceLocation)
        if audit.instance.candidates.count <= 16 {
            let optimum = oracle.optimum(audit.instance) ?? .infinity
            if plan.optimal {
                #expect(plan.totalHours == optimum, "brute force: \(optimum)", sourceLocation: sourceLocation)
            } else {
                #expect(plan.lowerBound <= optimum && optimum <= plan.totalHours, "brute force: \(optimum)",
                    sourceLocation: sourceLocation)
            }
        }
        return plan
    }

    /// The error a request fails with, or `nil` when it makes a plan.
    func error(_ request: PlanRequest) -> PlanningError? {
        do {
            _ = try planner.plan(request)
            return nil
        } catch {
            return error
        }
    }

    /// The ids of a plan's steps, in order.
    func ids(_ plan: Plan) -> [String] {
        plan.steps.map { catalog.id(ofSkill: $0.skill) }
    }

    /// The ids of the plan's known set.
    func knownIDs(_ plan: Plan) -> [String] {
        plan.known.map { catalog.id(ofSkill: $0) }
    }

    /// The step for a skill id.
    func step(_ id: String, in plan: Plan, sourceLocation: SourceLocation = #_sourceLocation) throws -> PlanStep {
        let index = try #require(catalog.skill(id), sourceLocation: sourceLocation)
        return try #require(plan.steps.first { $0.skill == index }, "no step \(id)", sourceLocation: sourceLocation)
    }

    /// The reason naming a skill step.
    func because(_ id: String) -> PlanStep.Reason {
        .skill(catalog.skill(id) ?? -1)
    }

    /// The reason naming a target role.
    func roleReason(_ id: String) -> PlanStep.Reason {
        .role(catalog.role(id) ?? -1)
    }

    /// The alternatives of a step as `(id, extra hours)`.
    func alternatives(of step: PlanStep) -> [String: Double?] {
        Dictionary(
            step.alternatives.map { (catalog.id(ofSkill: $0.skill), $0.extraHours) }, uniquingKeysWith: { first, _ in first })
    }
}
