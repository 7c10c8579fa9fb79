import Testing
import UpskillCurriculum
@testable import UpskillGraph

/// The graph queries behind `upskill roles` and `upskill show`: mandatory closures, open
/// choices and reverse edges.
@Suite("Catalog browsing")
struct CatalogBrowsingTests {
    typealias F = CatalogFixtures

    let catalog: Catalog

    init() throws {
        let json = F.json(
            skills: """
                {"id": "python", "name": "Python", "hours": 40, "aliases": ["py"]},
                {"id": "linux", "name": "Linux", "hours": 10},
                {"id": "go", "name": "Go", "hours": 30},
                {"id": "docker", "name": "Docker", "hours": 20, "requires": ["linux", {"anyOf": ["py", "go"]}]},
                {"id": "kubernetes", "name": "Kubernetes", "hours": 40, "requires": ["docker"]},
                {"id": "aws", "name": "AWS", "hours": 30, "requires": ["linux"]},
                {"id": "gcp", "name": "GCP", "hours": 25}
                """,
            roles: """
                {"id": "base", "name": "Base", "requires": ["linux", {"anyOf": ["aws", "gcp"]}]},
                {"id": "platform", "name": "Platform", "includes": ["base"], "requires": ["kubernetes", {"anyOf": ["python", "go"]}, {"anyOf": ["linux", "gcp"]}]}
                """)
        catalog = try Catalog(sources: [F.source(json)])
    }

    func ids(_ skills: [Int32]) -> [String] { skills.map(catalog.id(ofSkill:)) }

    @Test("the mandatory closure follows included roles and mandatory prerequisites, not alternatives")
    func mandatoryClosure() throws {
        let platform = try #require(catalog.role("platform"))
        #expect(ids(catalog.mandatoryClosure(ofRole: platform)) == ["docker", "kubernetes", "linux"])
        let base = try #require(catalog.role("base"))
        #expect(ids(catalog.mandatoryClosure(ofRole: base)) == ["linux"])
        #expect(ids(catalog.mandatoryClosure(of: [])) == [])
    }

    @Test("open choices leave out the ones a mandatory skill already meets")
    func openChoices() throws {
        let platform = try #require(catalog.role("platform"))
        let closure = catalog.mandatoryClosure(ofRole: platform)
        // {linux, gcp} is met by linux; {python, go} and {aws, gcp} (from base) stay open.
        #expect(catalog.openChoices(ofRole: platform, closure: closure).map(ids) == [["python", "go"], ["aws", "gcp"]])
    }

    @Test("reverse edges name skills and roles, marking alternatives")
    func dependents() throws {
        let linux = try #require(catalog.skill("linux"))
        let python = try #require(catalog.skill("python"))
        let docker = try #require(catalog.skill("docker"))
        let kubernetes = try #require(catalog.skill("kubernetes"))
        let platform = try #require(catalog.role("platform"))
        #expect(ids(catalog.skillsRequiring(linux).map(\.index)) == ["aws", "docker"])
        #expect(catalog.skillsRequiring(linux).allSatisfy { !$0.isAlternative })
        // platform lists linux only as an alternative, but includes base, which mandates it.
        #expect(catalog.rolesRequiring(linux).map(\.isAlternative) == [false, false])
        #expect(catalog.skillsRequiring(python) == [Dependent(index: docker, isAlternative: true)])
        #expect(catalog.rolesRequiring(python) == [Dependent(index: platform, isAlternative: true)])
        #expect(catalog.skillsRequiring(kubernetes).isEmpty)
        #expect(catalog.rolesRequiring(kubernetes) == [Dependent(index: platform, isAlternative: false)])
    }
}
