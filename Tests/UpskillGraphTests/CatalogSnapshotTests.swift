import Testing
import UpskillCurriculum
@testable import UpskillGraph

/// A catalog merged ahead of time and put together again from its snapshot is the catalog
/// the merge makes, and a snapshot applies only to the sources it was taken of.
@Suite("Catalog snapshot")
struct CatalogSnapshotTests {
    typealias F = CatalogFixtures

    /// Two built-in curricula: aliases, an `extend` with requirements and a resource,
    /// included roles and resources ranked across both.
    static func sources() throws -> [CurriculumSource] {
        [
            try F.source(CatalogMergingTests.base, name: "Curricula/base.json", origin: .builtin),
            try F.source(CatalogMergingTests.company, name: "Curricula/acme.json", origin: .builtin),
        ]
    }

    static func snapshot(of sources: [CurriculumSource]) throws -> CatalogSnapshot {
        CatalogSnapshot(catalog: try Catalog(sources: sources))
    }

    @Test("The snapshot's catalog is the merged catalog")
    func roundTrip() throws {
        let sources = try Self.sources()
        let merged = try Catalog(sources: sources)
        let restored = try #require(Catalog(snapshot: try Self.snapshot(of: sources), sources: sources))
        #expect(restored == merged)
        // What the extension adds is among the skill's items, as in the merged catalog.
        let kubernetes = Int(try #require(restored.skill("kubernetes")))
        let items = restored.requirements.items(of: kubernetes).map { restored.requirements.members(of: $0).map(restored.id(ofSkill:)) }
        #expect(items == [["docker"], ["acme-platform"]])
        #expect(restored.skill("py") == restored.skill("python"))
        // Without the sources too: the snapshot holds every value of the catalog.
        #expect(Catalog(snapshot: try Self.snapshot(of: sources)) == merged)
    }

    @Test("Milestones come back as the merge makes them")
    func milestones() throws {
        let json = F.json(
            skills: #"{"id": "a", "name": "A", "hours": 1}, {"id": "b", "name": "B", "hours": 2, "requires": ["a"]}"#,
            roles: #"""
                {"id": "r", "name": "R", "requires": ["a", "b"],
                 "milestones": [{"id": "one", "title": "One", "skills": ["b"]}, {"id": "two", "title": "Two", "outcome": "Done", "skills": ["a"]}]}
                """#)
        let sources = [try F.source(json, name: "Curricula/c.json", origin: .builtin)]
        let merged = try Catalog(sources: sources)
        #expect(!merged.roleMilestones[0].isEmpty)
        #expect(Catalog(snapshot: try Self.snapshot(of: sources), sources: sources) == merged)
    }

    @Test(
        "A snapshot applies only to the sources it was taken of",
        arguments: ["another file joins", "a source is missing", "a source comes from a file", "a source is renamed"])
    func appliesOnlyToItsSources(change: String) throws {
        var sources = try Self.sources()
        let snapshot = try Self.snapshot(of: sources)
        switch change {
        case "another file joins":
            sources.append(try F.source(F.json(id: "x", skills: #"{"id": "x", "name": "X", "hours": 1}"#), name: "x.json"))
        case "a source is missing": sources.removeLast()
        case "a source comes from a file": sources[1].origin = .file
        default: sources[1].name = "Curricula/other.json"
        }
        #expect(Catalog(snapshot: snapshot, sources: sources) == nil)
    }

    @Test(
        "A snapshot whose numbers lie outside its sources is refused, not trusted",
        arguments: [
            "skill text", "member", "topological order", "ranked resource", "resource text", "skill source",
            "skill hours", "role record cut short", "resource kind",
        ])
    func refusesOutOfRange(field: String) throws {
        let sources = try Self.sources()
        var snapshot = try Self.snapshot(of: sources)
        switch field {
        case "skill text": snapshot.skills[1] = 9_999
        case "member": snapshot.requirements[2][0] = 999
        case "topological order": snapshot.topologicalOrder[0] = -1
        case "ranked resource": snapshot.rankedResources[0] = 999
        case "resource text": snapshot.resources[1] = 9_999
        case "skill source": snapshot.skills[0] = 7
        case "skill hours": snapshot.skills[5] = -1
        case "role record cut short": snapshot.roles.removeLast()
        default: snapshot.resources[3] = 99
        }
        #expect(Catalog(snapshot: snapshot) == nil)
        #expect(Catalog(snapshot: snapshot, sources: sources) == nil)
    }
}
