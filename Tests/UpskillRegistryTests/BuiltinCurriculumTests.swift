import Testing
import UpskillCurriculum
import UpskillGraph
import UpskillRegistry

/// The built-in data scientist → ML engineer curriculum is substantial and covers what
/// the product promises.
@Suite("Built-in curriculum")
struct BuiltinCurriculumTests {
    let catalog: Catalog

    init() throws {
        catalog = try Catalog(
            sources: Registry.builtinCurricula.map { embedded in
                CurriculumSource(
                    name: embedded.path, origin: .builtin,
                    curriculum: try Curriculum(json: embedded.json, source: embedded.path))
            })
    }

    /// Every skill reachable from a role's items, alternatives included.
    func cone(ofRole id: String, mandatoryOnly: Bool) throws -> Set<String> {
        let role = Int(try #require(catalog.role(id)))
        var stack: [Int32] = []
        for item in catalog.roleRequirements.items(of: role)
        where !mandatoryOnly || !catalog.roleRequirements.isAlternative(item) {
            stack += catalog.roleRequirements.members(of: item)
        }
        var seen: Set<Int32> = []
        while let skill = stack.popLast() {
            guard seen.insert(skill).inserted else { continue }
            for item in catalog.requirements.items(of: Int(skill))
            where !mandatoryOnly || !catalog.requirements.isAlternative(item) {
                stack += catalog.requirements.members(of: item)
            }
        }
        return Set(seen.map { catalog.id(ofSkill: $0) })
    }

    @Test("At least 80 skills and the data-scientist and ml-engineer roles")
    func size() {
        #expect(catalog.skillCount >= 80)
        #expect(catalog.role("data-scientist") != nil)
        #expect(catalog.role("ml-engineer") != nil)
    }

    @Test("ml-engineer needs what a 2026 ML engineer is hired for", arguments: [
        "docker", "kubernetes", "onnx", "software-testing", "model-handover", "inference-performance", "ml-security",
        "ml-incident-response", "ml-cost", "rag", "llm-evaluation", "llm-serving", "ml-system-design",
    ])
    func mlEngineerNeeds(skill: String) throws {
        #expect(try cone(ofRole: "ml-engineer", mandatoryOnly: true).contains(skill))
        #expect(try !cone(ofRole: "data-scientist", mandatoryOnly: false).contains(skill))
    }

    @Test("The data-scientist ground and the engineering ground are both covered", arguments: [
        "python", "sql", "statistics", "probability", "linear-algebra", "gradient-descent", "deep-learning",
        "git", "linux-shell", "ci-cd", "aws", "gcp", "azure", "model-serving", "experiment-tracking",
        "data-versioning", "feature-store", "monitoring", "drift-detection", "quantization", "pruning", "vector-search", "llm-fine-tuning", "llm-guardrails",
        "streaming", "ml-system-design", "ml-testing", "infrastructure-as-code", "pipeline-orchestration",
    ])
    func covers(skill: String) {
        #expect(catalog.skill(skill) != nil)
    }

    @Test("Every skill ml-engineer may need that data-scientist lacks has a resource with a URL")
    func resourcesForTheGap() throws {
        let gap = try cone(ofRole: "ml-engineer", mandatoryOnly: false)
            .subtracting(cone(ofRole: "data-scientist", mandatoryOnly: true))
        #expect(gap.count > 20)
        for id in gap.sorted() {
            let skill = Int(try #require(catalog.skill(id)))
            let resources = catalog.resourcesBySkill[skill].map { catalog.resources[Int($0)] }
            #expect(!resources.isEmpty, "no resource teaches '\(id)'")
            #expect(resources.allSatisfy { $0.url.hasPrefix("https://") }, "'\(id)' has a resource without https")
        }
    }

    @Test("Cloud platforms are alternatives somewhere in the ml-engineer cone")
    func cloudIsAnAlternative() throws {
        let mandatory = try cone(ofRole: "ml-engineer", mandatoryOnly: true)
        let all = try cone(ofRole: "ml-engineer", mandatoryOnly: false)
        for cloud in ["aws", "gcp", "azure"] {
            #expect(all.contains(cloud))
            #expect(!mandatory.contains(cloud))
        }
    }

    @Test("ml-engineer's milestones follow a mentor's order: ship, operate, scale, LLM systems")
    func mlEngineerMilestones() throws {
        let role = try #require(catalog.role("ml-engineer"))
        #expect(catalog.milestones(ofRole: role).map(\.id) == ["ship", "operate", "scale", "llm"])
        let ship = try #require(catalog.milestones(ofRole: role).first).items.flatMap {
            catalog.roleRequirements.members(of: $0)
        }
        #expect(ship.map { catalog.id(ofSkill: $0) }.contains("docker"))
    }

    @Test(
        "A role with milestones groups every one of its requirements exactly once, each milestone ending in work to show",
        arguments: ["ml-engineer", "edge-inference-engineer", "mlops-engineer", "ml-platform-engineer"])
    func milestonesGroupEverything(id: String) throws {
        let role = try #require(catalog.role(id))
        let milestones = catalog.milestones(ofRole: role)
        #expect(milestones.allSatisfy { !$0.title.isEmpty && !$0.outcome.isEmpty && !$0.items.isEmpty })
        #expect(milestones.flatMap(\.items).sorted() == Array(catalog.roleRequirements.items(of: Int(role))))
    }

    @Test("edge-inference-engineer keeps ml-engineer's milestones and adds its electives last")
    func edgeInheritsMilestones() throws {
        let role = try #require(catalog.role("edge-inference-engineer"))
        #expect(catalog.milestones(ofRole: role).map(\.id) == ["ship", "operate", "scale", "llm", "edge"])
    }
}
