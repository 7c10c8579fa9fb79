import Testing
import UpskillCurriculum
@testable import UpskillGraph

/// A mistake in a curriculum built with the Swift DSL is reported at the `#fileID` and
/// line of the declaration that holds it, naming what is declared there.
@Suite("Diagnostics for curricula built in Swift")
struct DeclarationDiagnosticTests {
    typealias F = CatalogFixtures

    /// What a plugin's curricula build on, as the built-in curriculum would give it.
    static func base() throws -> CurriculumSource {
        try F.source(
            F.json(
                id: "base",
                skills: """
                    {"id": "docker", "name": "Docker", "hours": 10},
                    {"id": "python", "name": "Python", "hours": 40}
                    """),
            name: "Curricula/base.json", origin: .builtin)
    }

    static func plugin(_ curriculum: Curriculum) -> CurriculumSource {
        CurriculumSource(name: "plugin Acme", origin: .plugin, curriculum: curriculum)
    }

    @Test("A skill that requires an unknown skill: its file and line, its id, the path and a suggestion")
    func unknownRequirement() throws {
        let line = #line + 3
        let curriculum = Curriculum("acme", title: "Acme") {
            Skill("acme-basics", name: "Basics", hours: 1)
            Skill(
                "acme-launch", name: "Launch", hours: 2
            ) {
                "acme-basics"
                "dockr"
            }
        }
        #expect(curriculum.skills[1].declaredAt == CodeLocation(fileID: #fileID, line: line))
        #expect(
            F.diagnostics([try Self.base(), Self.plugin(curriculum)]).map(\.description) == [
                "UpskillGraphTests/DeclarationDiagnosticTests.swift:\(line): error: plugin Acme, skill 'acme-launch' (skills[1].requires[1]): unknown skill 'dockr'; did you mean 'docker'?"
            ])
    }

    @Test("Roles, milestones and extensions are reported at their own declarations")
    func rolesMilestonesExtensions() throws {
        let roleLine = #line + 2, milestoneLine = #line + 5, extensionLine = #line + 8
        let curriculum = Curriculum("acme", title: "Acme") {
            Role("acme-engineer", name: "Engineer", includes: ["sofware-engineer"]) {
                "docker"
            } milestones: {
                Milestone("ship", title: "Ship") { "pyhton" }
            }
            Skill("acme-basics", name: "Basics", hours: 1)
            Extend("kubernetes") { "acme-basics" }
        }
        let found = F.diagnostics([try Self.base(), Self.plugin(curriculum)]).map(\.description)
        let file = "UpskillGraphTests/DeclarationDiagnosticTests.swift"
        #expect(found.contains { $0.hasPrefix("\(file):\(roleLine): error: plugin Acme, role 'acme-engineer' (roles[0].includes[0]): unknown role 'sofware-engineer'") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("\(file):\(milestoneLine): error: plugin Acme, milestone 'ship' (roles[0].milestones[0].skills[0]): ") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("\(file):\(extensionLine): error: plugin Acme, Extend(\"kubernetes\") (extend[0].skill): ") }, "\(found)")
        #expect(found.count == 3, "\(found)")
    }

    @Test("Of two curricula under one plugin name, a JSON one's mistake gets no Swift location")
    func sharedSourceName() throws {
        let swift = Curriculum("acme", title: "Acme") { Skill("acme-basics", name: "Basics", hours: 1) { "python" } }
        // A plugin may read JSON curricula (`Curriculum(contentsOfFile:)`); they have no positions.
        let json = Self.plugin(
            try Curriculum(
                json: F.json(id: "acme-extra", skills: #"{"id": "acme-extra", "name": "Extra", "hours": 1, "requires": ["pyhton"]}"#),
                source: "extra.json"))
        #expect(
            F.diagnostics([try Self.base(), Self.plugin(swift), json]).map(\.description) == [
                "plugin Acme: error: skills[0].requires[0]: unknown skill 'pyhton'; did you mean 'python'?"
            ])
    }

    @Test("A skill declared in Swift equals the same skill decoded from JSON; its location is not compared")
    func locationIsNotCompared() throws {
        let built = Skill("docker", name: "Docker", hours: 10)
        let decoded = try #require(try Self.base().curriculum.skills.first)
        #expect(built.declaredAt != nil && decoded.declaredAt == nil)
        #expect(built == decoded)
        #expect(Set([built, decoded]).count == 1)
    }
}
