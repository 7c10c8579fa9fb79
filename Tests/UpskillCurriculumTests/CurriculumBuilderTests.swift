import Foundation
import Testing
import UpskillCurriculum

/// The result-builder DSL: it produces exactly the value the equivalent JSON decodes to.
@Suite("Curriculum DSL")
struct CurriculumBuilderTests {
    static let json = """
        {
          "curriculum": "acme-platform",
          "title": "Acme's ML platform",
          "version": "2.1.0",
          "description": "What an ML engineer at Acme needs beyond the industry basics.",
          "skills": [
            { "id": "acme-feature-store", "name": "Acme feature store", "category": "mlops", "hours": 6,
              "description": "Publish and read features in Acme's feature store.",
              "requires": ["python", { "anyOf": ["sql", "spark"] }],
              "aliases": ["acme-fs", "feature-store-acme"] },
            { "id": "acme-platform-basics", "name": "Acme platform basics", "hours": 2.5 },
            { "id": "acme-launch", "name": "Launch review", "category": "process", "hours": 0,
              "requires": ["acme-platform-basics", { "anyOf": ["docker", "podman", "buildah"] }, "acme-fs"] }
          ],
          "roles": [
            { "id": "acme-ml-engineer", "name": "ML engineer at Acme", "description": "Owns models at Acme.",
              "includes": ["ml-engineer", "software-engineer"],
              "requires": ["acme-feature-store", { "anyOf": ["aws", "gcp"] }],
              "milestones": [
                { "id": "acme-onboarding", "title": "Onboard at Acme",
                  "outcome": "Publish a feature and read it back in a deployed model",
                  "skills": ["acme-feature-store", "gcp", "docker"] },
                { "id": "acme-depth", "title": "Depth", "skills": ["kubernetes"] }
              ] },
            { "id": "acme-analyst", "name": "Analyst at Acme" },
            { "id": "acme-lead", "name": "Lead at Acme", "includes": ["acme-ml-engineer"],
              "milestones": [{ "id": "lead", "title": "Lead", "outcome": "", "skills": ["acme-feature-store"] }] }
          ],
          "resources": [
            { "id": "acme-fs-onboarding", "title": "Feature store onboarding", "kind": "course",
              "url": "https://wiki.acme.example/fs", "hours": 3, "cost": 0, "teaches": ["acme-feature-store"] },
            { "id": "acme-handbook", "title": "Acme handbook", "kind": "book", "url": "http://acme.example/handbook",
              "cost": 25.5, "teaches": ["acme-platform-basics", "acme-launch"] }
          ],
          "extend": [
            { "skill": "kubernetes", "requires": ["acme-platform-basics"],
              "resources": [
                { "id": "acme-k8s", "title": "Kubernetes at Acme", "kind": "docs", "url": "https://wiki.acme.example/k8s" },
                { "id": "acme-k8s-lab", "title": "Cluster lab", "kind": "practice", "url": "https://lab.acme.example",
                  "hours": 4, "teaches": ["kubernetes", "helm"] }
              ] },
            { "skill": "docker", "requires": [{ "anyOf": ["acme-platform-basics", "linux-shell"] }] },
            { "skill": "helm" }
          ]
        }
        """

    static var dsl: Curriculum {
        Curriculum(
            "acme-platform", title: "Acme's ML platform", version: "2.1.0",
            description: "What an ML engineer at Acme needs beyond the industry basics."
        ) {
            Skill(
                "acme-feature-store", name: "Acme feature store", hours: 6, category: "mlops",
                description: "Publish and read features in Acme's feature store.",
                aliases: ["acme-fs", "feature-store-acme"]
            ) {
                "python"
                AnyOf("sql", "spark")
            }
            Role(
                "acme-ml-engineer", name: "ML engineer at Acme", description: "Owns models at Acme.",
                includes: ["ml-engineer", "software-engineer"]
            ) {
                "acme-feature-store"
                AnyOf("aws", "gcp")
            } milestones: {
                Milestone(
                    "acme-onboarding", title: "Onboard at Acme",
                    outcome: "Publish a feature and read it back in a deployed model"
                ) {
                    "acme-feature-store"
                    "gcp"
                    "docker"
                }
                Milestone("acme-depth", title: "Depth") { "kubernetes" }
            }
            Extend("kubernetes") {
                Resource("acme-k8s", title: "Kubernetes at Acme", kind: .docs, url: "https://wiki.acme.example/k8s")
                "acme-platform-basics"
                Resource(
                    "acme-k8s-lab", title: "Cluster lab", kind: .practice, url: "https://lab.acme.example", hours: 4,
                    teaches: ["kubernetes", "helm"])
            }
            Skill("acme-platform-basics", name: "Acme platform basics", hours: 2.5)
            Resource(
                "acme-fs-onboarding", title: "Feature store onboarding", kind: .course,
                url: "https://wiki.acme.example/fs", hours: 3, cost: 0, teaches: ["acme-feature-store"])
            Skill("acme-launch", name: "Launch review", hours: 0, category: "process") {
                "acme-platform-basics"
                AnyOf("docker", "podman", "buildah")
                "acme-fs"
            }
            Role("acme-analyst", name: "Analyst at Acme")
            Role("acme-lead", name: "Lead at Acme", includes: ["acme-ml-engineer"]) {
            } milestones: {
                Milestone("lead", title: "Lead") { "acme-feature-store" }
            }
            Resource(
                "acme-handbook", title: "Acme handbook", kind: .book, url: "http://acme.example/handbook", cost: 25.5,
                teaches: ["acme-platform-basics", "acme-launch"])
            Extend("docker") { AnyOf("acme-platform-basics", "linux-shell") }
            Extend("helm") {}
        }
    }

    @Test("The DSL builds exactly the curriculum the equivalent JSON decodes to")
    func dslEqualsJSON() throws {
        let decoded = try Curriculum(json: Self.json, source: "acme.json")
        let built = Self.dsl
        // Field by field first, so that a difference is easy to read.
        #expect(built.skills == decoded.skills)
        #expect(built.roles == decoded.roles)
        #expect(built.resources == decoded.resources)
        #expect(built.extensions == decoded.extensions)
        #expect(built == decoded)
        #expect(built.problems(source: "plugin Acme") == [])
    }

    @Test("Defaults match the format's: category general, version 1.0.0, no description")
    func defaults() throws {
        let decoded = try Curriculum(
            json: #"{"curriculum": "c", "title": "C", "skills": [{"id": "s", "name": "S", "hours": 1}], "roles": [{"id": "r", "name": "R"}]}"#,
            source: "c.json")
        let built = Curriculum("c", title: "C") {
            Skill("s", name: "S", hours: 1)
            Role("r", name: "R")
        }
        #expect(built == decoded)
        #expect(built.description == nil)
    }

    @Test("Requirements and content can be computed with if, for and arrays")
    func computedContent() {
        let platforms = ["aws", "gcp", "azure"]
        let strict = true
        let helpers = ["git", "linux-shell"]
        let curriculum = Curriculum("c", title: "C") {
            for (index, platform) in platforms.enumerated() {
                Skill("acme-on-\(platform)", name: "Acme on \(platform)", hours: Double(index + 1)) {
                    platform
                    if strict { "acme-basics" } else { "acme-intro" }
                    for helper in helpers { helper }
                }
            }
            Skill("acme-basics", name: "Basics", hours: 1) {
                AnyOf(platforms)
                [Requirement.skill("python")]
            }
            if !strict {
                Role("never", name: "Never")
            }
            [Resource("r", title: "R", kind: .video, url: "https://r.example", teaches: ["acme-basics"])]
        }
        #expect(curriculum.skills.map(\.id) == ["acme-on-aws", "acme-on-gcp", "acme-on-azure", "acme-basics"])
        #expect(curriculum.skills[1].requires == ["gcp", "acme-basics", "git", "linux-shell"])
        #expect(curriculum.skills[3].requires == [.anyOf(["aws", "gcp", "azure"]), "python"])
        #expect(curriculum.roles.isEmpty)
        #expect(curriculum.resources.map(\.id) == ["r"])
    }

    @Test("A mistake in a DSL curriculum is reported at the #fileID and line of the skill, with its id and path")
    func problemsHaveDeclarations() {
        let line = #line + 2
        let curriculum = Curriculum("acme", title: "Acme") {
            Skill("Acme-Store", name: "Store", hours: -1) { AnyOf(["python"]) }
        }
        let at = "UpskillCurriculumTests/CurriculumBuilderTests.swift:\(line): error: plugin Acme, skill 'Acme-Store'"
        #expect(
            curriculum.problems(source: "plugin Acme").map(\.description) == [
                "\(at) (skills[0].id): 'Acme-Store' is not a valid skill id: ids match ^[a-z0-9][a-z0-9.+-]*$ (lowercase letters, digits, '.', '+', '-'); did you mean 'acme-store'?",
                "\(at) (skills[0].hours): hours must be a number from 0 (for a milestone) to 10000, not -1",
                "\(at) (skills[0].requires[0].anyOf): an anyOf needs at least two alternatives; for a single skill write its id: \"python\"",
            ])
        // The same mistakes in a JSON curriculum (or one built without the DSL) are named by path alone.
        var undeclared = curriculum
        undeclared.skills[0].declaredAt = nil
        undeclared.declaredAt = nil
        #expect(
            undeclared.problems(source: "plugin Acme").map(\.description).first
                == "plugin Acme: error: skills[0].id: 'Acme-Store' is not a valid skill id: ids match ^[a-z0-9][a-z0-9.+-]*$ (lowercase letters, digits, '.', '+', '-'); did you mean 'acme-store'?"
        )
    }

    @Test("A curriculum file read by a plugin: decoded, or a diagnostic naming the file")
    func contentsOfFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("upskill-dsl-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Self.json.write(to: url, atomically: true, encoding: .utf8)
        #expect(try Curriculum(contentsOfFile: url.path) == Self.dsl)
        #expect(throws: CurriculumError(diagnostics: [Diagnostic(.error, "no such file", source: "/nonexistent/x.json")])) {
            try Curriculum(contentsOfFile: "/nonexistent/x.json")
        }
    }
}
