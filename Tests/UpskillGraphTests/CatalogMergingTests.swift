import Testing
import UpskillCurriculum
@testable import UpskillGraph

/// Merging curricula: extensions, aliases, role inclusion, resources and ordering.
@Suite("Catalog merging")
struct CatalogMergingTests {
    typealias F = CatalogFixtures

    static let base = F.json(
        id: "base",
        skills: """
            {"id": "python", "name": "Python", "hours": 40, "aliases": ["py"]},
            {"id": "linux-shell", "name": "Linux", "hours": 10},
            {"id": "docker", "name": "Docker", "hours": 20, "requires": ["linux-shell", {"anyOf": ["py", "go"]}]},
            {"id": "go", "name": "Go", "hours": 30},
            {"id": "kubernetes", "name": "Kubernetes", "hours": 40, "requires": ["docker"]}
            """,
        roles: """
            {"id": "software-engineer", "name": "SWE", "requires": ["linux-shell"]},
            {"id": "ml-engineer", "name": "MLE", "includes": ["software-engineer"], "requires": ["kubernetes", "linux-shell"]}
            """,
        extra: """
            "resources": [
              {"id": "k8s-docs", "title": "Kubernetes docs", "kind": "docs", "url": "https://kubernetes.io/docs/", "hours": 10, "teaches": ["kubernetes"]},
              {"id": "k8s-book", "title": "Kubernetes book", "kind": "book", "url": "https://example.com/book", "hours": 30, "teaches": ["kubernetes"]},
              {"id": "k8s-short", "title": "Kubernetes in a day", "kind": "video", "url": "https://example.com/day", "hours": 5, "teaches": ["kubernetes"]}
            ]
            """)

    static let company = F.json(
        id: "acme",
        skills: #"{"id": "acme-platform", "name": "Acme platform", "hours": 6, "requires": ["python"]}"#,
        roles: #"{"id": "acme-ml-engineer", "name": "Acme MLE", "includes": ["ml-engineer"], "requires": ["acme-platform"]}"#,
        extra: """
            "resources": [{"id": "acme-k8s", "title": "Kubernetes at Acme", "kind": "course", "url": "https://acme.example/k8s", "hours": 50, "teaches": ["kubernetes"]}],
            "extend": [{"skill": "kubernetes", "requires": ["acme-platform"],
                        "resources": [{"id": "acme-k8s-guide", "title": "Acme k8s guide", "kind": "docs", "url": "https://acme.example/guide", "hours": 2}]}]
            """)

    func catalog() throws -> Catalog {
        try Catalog(sources: [
            try F.source(Self.base, name: "Curricula/base.json", origin: .builtin),
            try F.source(Self.company, name: "acme.json", origin: .file),
        ])
    }

    func ids(_ catalog: Catalog, _ items: [[Int32]]) -> [[String]] {
        items.map { $0.map { catalog.id(ofSkill: $0) } }
    }

    func items(_ catalog: Catalog, skill: String) throws -> [[String]] {
        let index = try #require(catalog.skill(skill))
        return catalog.requirements.items(of: Int(index)).map { item in
            catalog.requirements.members(of: item).map { catalog.id(ofSkill: $0) }
        }
    }

    @Test("Skills are interned in id order whatever the load order")
    func internedInIDOrder() throws {
        let catalog = try catalog()
        #expect(catalog.skills.map(\.id) == catalog.skills.map(\.id).sorted())
        let reversed = try Catalog(sources: [
            try F.source(Self.company, name: "acme.json"), try F.source(Self.base, name: "Curricula/base.json"),
        ])
        #expect(reversed.skills.map(\.id) == catalog.skills.map(\.id))
        #expect(reversed.requirements == catalog.requirements)
    }

    @Test("extend adds requirements to a skill of another curriculum")
    func extendAddsRequirements() throws {
        let catalog = try catalog()
        #expect(try items(catalog, skill: "kubernetes") == [["docker"], ["acme-platform"]])
        // The catalog keeps requirements in its table only.
        #expect(catalog.skills[Int(try #require(catalog.skill("kubernetes")))].requires.isEmpty)
    }

    @Test("Aliases resolve to their skill, in references and lookups")
    func aliasesResolve() throws {
        let catalog = try catalog()
        #expect(try items(catalog, skill: "docker") == [["linux-shell"], ["python", "go"]])
        #expect(catalog.skill("py") == catalog.skill("python"))
    }

    @Test("An anyOf naming one skill by its id and by an alias lists it once; one left with a single member is mandatory")
    func anyOfMembersMerged() throws {
        let json = F.json(
            skills: """
                {"id": "python", "name": "Python", "hours": 40, "aliases": ["py"]},
                {"id": "go", "name": "Go", "hours": 30},
                {"id": "a", "name": "A", "hours": 1, "requires": [{"anyOf": ["python", "py", "go"]}, "go"]},
                {"id": "b", "name": "B", "hours": 1, "requires": [{"anyOf": ["py", "python"]}, "a", "py"]}
                """)
        let catalog = try Catalog(sources: [try F.source(json)])
        #expect(try items(catalog, skill: "a") == [["python", "go"], ["go"]])
        #expect(try items(catalog, skill: "b") == [["python"], ["a"], ["python"]])
        #expect(!catalog.requirements.isAlternative(catalog.requirements.items(of: Int(try #require(catalog.skill("b")))).lowerBound))
        #expect(catalog.requirements.itemCount == 5)
    }

    @Test("A role's requirements include those of the roles it includes, each item once")
    func rolesIncludeRoles() throws {
        let catalog = try catalog()
        let role = Int(try #require(catalog.role("acme-ml-engineer")))
        let items = catalog.roleRequirements.items(of: role).map { item in
            catalog.roleRequirements.members(of: item).map { catalog.id(ofSkill: $0) }
        }
        #expect(items == [["acme-platform"], ["kubernetes"], ["linux-shell"]])
    }

    @Test("Resources for a skill: company material first, then the best cover of the skill's 40 hours")
    func resourceOrder() throws {
        let catalog = try catalog()
        let kubernetes = Int(try #require(catalog.skill("kubernetes")))
        let titles = catalog.resourcesBySkill[kubernetes].map { catalog.resources[Int($0)].id }
        // Company: 50 h covers 0.8, 2 h 0.05. Built-in: 30 h 0.75, 10 h 0.25, 5 h 0.125.
        #expect(titles == ["acme-k8s", "acme-k8s-guide", "k8s-book", "k8s-docs", "k8s-short"])
    }

    @Test("The topological order puts every skill after all it requires")
    func topologicalOrder() throws {
        let catalog = try catalog()
        #expect(catalog.topologicalOrder.count == catalog.skillCount)
        var position = [Int](repeating: 0, count: catalog.skillCount)
        for (index, skill) in catalog.topologicalOrder.enumerated() { position[Int(skill)] = index }
        for skill in 0..<catalog.skillCount {
            for item in catalog.requirements.items(of: skill) {
                for member in catalog.requirements.members(of: item) {
                    #expect(position[Int(member)] < position[skill])
                }
            }
        }
    }

    @Test("A role defined by two curricula names both; a role with a skill's id is refused")
    func roleConflicts() throws {
        let found = F.diagnostics([
            try F.source(Self.base, name: "Curricula/base.json"),
            try F.source(
                F.json(
                    id: "other", skills: #"{"id": "x", "name": "X", "hours": 1}"#,
                    roles: #"{"id": "ml-engineer", "name": "Other MLE"}, {"id": "docker", "name": "Docker role"}"#),
                name: "other.json"),
        ])
        #expect(found.count == 2)
        #expect(found.contains { $0.message.hasPrefix("role 'ml-engineer' is also defined by Curricula/base.json (roles[1])") })
        #expect(found.contains { $0.message.hasPrefix("role 'docker' has the id of a skill defined by Curricula/base.json") })
    }

    @Test("A resource id used by two curricula names both")
    func resourceConflict() throws {
        let found = F.diagnostics([
            try F.source(Self.base, name: "Curricula/base.json"),
            try F.source(
                F.json(
                    id: "other", skills: #"{"id": "x", "name": "X", "hours": 1}"#,
                    extra: #""resources": [{"id": "k8s-docs", "title": "T", "kind": "docs", "url": "https://x.example", "teaches": ["x"]}]"#),
                name: "other.json"),
        ])
        #expect(found.map(\.message) == [
            "resource 'k8s-docs' is also defined by Curricula/base.json (resources[0]); give one of them another id"
        ])
    }
}
