import Testing
import UpskillCurriculum
@testable import UpskillGraph

/// Milestones in the merged catalog: each named skill is mapped to a requirement item of
/// the role (its own or an included role's), and mistakes are reported where written.
@Suite("Catalog milestones")
struct CatalogMilestoneTests {
    typealias F = CatalogFixtures

    static let skills = """
        {"id": "git", "name": "Git", "hours": 10}, {"id": "python", "name": "Python", "hours": 40},
        {"id": "docker", "name": "Docker", "hours": 20, "aliases": ["containers"]},
        {"id": "aws", "name": "AWS", "hours": 30}, {"id": "gcp", "name": "GCP", "hours": 25},
        {"id": "azure", "name": "Azure", "hours": 30}, {"id": "kubernetes", "name": "K8s", "hours": 40},
        {"id": "helm", "name": "Helm", "hours": 5}
        """

    /// The `mle` role (which includes `swe`) with the given milestones, as JSON text.
    static func json(milestones: String, sweMilestones: String = "[]") -> String {
        F.json(
            skills: skills,
            roles: """
                {"id": "mle", "name": "MLE", "includes": ["swe"],
                 "requires": ["docker", {"anyOf": ["aws", "gcp", "azure"]}, "kubernetes", "python"],
                 "milestones": \(milestones)},
                {"id": "swe", "name": "SWE", "requires": ["git", "python"], "milestones": \(sweMilestones)}
                """)
    }

    /// The milestones of a role as the members of each item they group.
    static func grouped(_ role: String, in catalog: Catalog) throws -> [String: [[String]]] {
        let index = try #require(catalog.role(role))
        let items = catalog.roleRequirements.items(of: Int(index))
        var result: [String: [[String]]] = [:]
        for milestone in catalog.milestones(ofRole: index) {
            #expect(milestone.items.allSatisfy(items.contains))
            result[milestone.id] = milestone.items.map { item in
                catalog.roleRequirements.members(of: item).map { catalog.id(ofSkill: $0) }
            }
        }
        return result
    }

    @Test("Milestones map to the role's items in the order named: included roles' items, anyOf members, aliases")
    func mapsItems() throws {
        let catalog = try Catalog(sources: [
            try F.source(
                Self.json(
                    milestones: #"""
                        [{"id": "ship", "title": "Ship", "outcome": "It runs", "skills": ["git", "containers", "gcp", "azure"]},
                         {"id": "scale", "title": "Scale", "skills": ["kubernetes"]}]
                        """#))
        ])
        let mle = try #require(catalog.role("mle"))
        #expect(catalog.milestones(ofRole: mle).map(\.id) == ["ship", "scale"])
        #expect(catalog.milestones(ofRole: mle).first?.title == "Ship")
        #expect(catalog.milestones(ofRole: mle).first?.outcome == "It runs")
        #expect(catalog.milestones(ofRole: mle).last?.outcome == "")
        #expect(
            try Self.grouped("mle", in: catalog) == [
                // git is software-engineer's; two members of one anyOf name it once.
                "ship": [["git"], ["docker"], ["aws", "gcp", "azure"]],
                "scale": [["kubernetes"]],
            ])
        // Exact global indices: mle (role 0) has its own items 0…3 (docker, the anyOf,
        // kubernetes, python), then swe's git (4); python, required by both, is item 3 once.
        #expect(catalog.milestones(ofRole: mle).map(\.items) == [[4, 0, 1], [2]])
        // python is in no milestone: allowed. swe has none of its own.
        #expect(catalog.milestones(ofRole: try #require(catalog.role("swe"))) == [])
    }

    @Test("A role inherits its included roles' milestones, then its own; an inherited item stays where it was named")
    func inherited() throws {
        let catalog = try Catalog(sources: [
            try F.source(
                Self.json(
                    milestones: #"[{"id": "ship", "title": "Ship", "skills": ["docker", "aws"]}]"#,
                    sweMilestones: #"[{"id": "basics", "title": "Basics", "skills": ["git", "python"]}]"#))
        ])
        #expect(try Self.grouped("swe", in: catalog) == ["basics": [["git"], ["python"]]])
        let mle = try #require(catalog.role("mle"))
        #expect(catalog.milestones(ofRole: mle).map(\.id) == ["basics", "ship"])
        #expect(
            try Self.grouped("mle", in: catalog) == ["basics": [["git"], ["python"]], "ship": [["docker"], ["aws", "gcp", "azure"]]])
    }

    @Test(
        "An own milestone may not reuse an inherited id or name an inherited milestone's requirement",
        arguments: [
            (
                #"[{"id": "basics", "title": "B", "skills": ["docker"]}]"#, "roles[0].milestones[0].id",
                "milestone 'basics' of role 'mle' has the id of a milestone it inherits from role 'swe'; give it another id"
            ),
            (
                #"[{"id": "ship", "title": "S", "skills": ["docker", "python"]}]"#, "roles[0].milestones[0].skills[1]",
                "'python' is in two milestones of role 'mle': 'basics' (inherited from role 'swe') and 'ship'; a requirement belongs to one milestone, so remove it from one"
            ),
        ])
    func inheritedConflicts(milestones: String, path: String, message: String) throws {
        let json = Self.json(
            milestones: milestones, sweMilestones: #"[{"id": "basics", "title": "Basics", "skills": ["git", "python"]}]"#)
        let problems = F.diagnostics([try F.source(json)])
        #expect(problems.map { $0.path?.description } == [path])
        #expect(problems.map(\.message) == [message])
    }

    @Test(
        "A milestone naming what the role does not require is an error at its path, with the closest requirement",
        arguments: [
            (
                #"["git", "dokcer"]"#, "skills[1]",
                "milestone 'm' of role 'mle' names 'dokcer', which is not a requirement of the role or of a role it includes; did you mean 'docker'?"
            ),
            (
                #"["helm"]"#, "skills[0]",
                "milestone 'm' of role 'mle' names 'helm', which is not a requirement of the role or of a role it includes"
            ),
            (
                #"["swe"]"#, "skills[0]",
                "milestone 'm' of role 'mle' names 'swe', which is a role; a milestone names requirements by skill id"
            ),
        ] as [(String, String, String)])
    func notARequirement(skills: String, path: String, message: String) throws {
        let json = Self.json(milestones: #"[{"id": "m", "title": "M", "skills": \#(skills)}]"#)
        let found = F.diagnostics([try F.source(json)])
        #expect(found.count == 1, "\(found)")
        let diagnostic = try #require(found.first)
        #expect(diagnostic.path?.description == "roles[0].milestones[0].\(path)")
        #expect(diagnostic.message == message)
        // Line 9 of the file is the milestones line; the column is the named id's.
        let line = try #require(json.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(8).first)
        let named = "\"\(try #require(message.split(separator: "'").dropFirst(5).first))\""
        let column = line.distance(from: line.startIndex, to: try #require(line.firstRange(of: named)).lowerBound) + 1
        #expect(diagnostic.description.hasPrefix("a.json:9:\(column): error: "))
    }

    @Test(
        "A requirement in two milestones names both, also when two members of one anyOf name it",
        arguments: [
            (
                #"["docker"]"#, #"["kubernetes", "docker"]"#, "skills[1]",
                "'docker' is in two milestones of role 'mle': 'ship' (roles[0].milestones[0].skills[0]) and 'scale'; a requirement belongs to one milestone, so remove it from one"
            ),
            (
                #"["aws"]"#, #"["gcp"]"#, "skills[0]",
                "'gcp' is in two milestones of role 'mle': 'ship' (roles[0].milestones[0].skills[0]) and 'scale'; a requirement belongs to one milestone, so remove it from one; naming any member of any of (aws | gcp | azure) names that whole requirement"
            ),
            (
                #"["git"]"#, #"["git"]"#, "skills[0]",
                "'git' is in two milestones of role 'mle': 'ship' (roles[0].milestones[0].skills[0]) and 'scale'; a requirement belongs to one milestone, so remove it from one"
            ),
        ] as [(String, String, String, String)])
    func inTwoMilestones(first: String, second: String, path: String, message: String) throws {
        let json = Self.json(
            milestones: #"[{"id": "ship", "title": "S", "skills": \#(first)}, {"id": "scale", "title": "L", "skills": \#(second)}]"#)
        let found = F.diagnostics([try F.source(json)])
        #expect(found.map(\.message) == [message])
        #expect(found.first?.path?.description == "roles[0].milestones[1].\(path)")
    }

    @Test("An empty milestone and a duplicate milestone id fail the catalog build, by path")
    func curriculumChecks() throws {
        let found = F.diagnostics([
            try F.source(
                Self.json(
                    milestones: #"[{"id": "m", "title": "M", "skills": []}, {"id": "m", "title": "N", "skills": ["git"]}]"#))
        ])
        #expect(
            found.map { "\($0.path?.description ?? ""): \($0.message)" } == [
                "roles[0].milestones[0].skills: milestone 'm' of role 'mle' names no requirement; list the ids of the requirements it groups in 'skills', or remove it",
                "roles[0].milestones[1].id: role 'mle' has two milestones with the id 'm' (the first at roles[0].milestones[0].id); give each milestone its own id",
            ])
    }

    @Test("An unknown skill the role requires is reported once, not again for the milestone naming it")
    func noCascade() throws {
        let json = F.json(
            skills: Self.skills,
            roles: #"{"id": "r", "name": "R", "requires": ["dockr"], "milestones": [{"id": "m", "title": "M", "skills": ["dockr"]}]}"#)
        let found = F.diagnostics([try F.source(json)])
        #expect(found.map(\.message) == ["unknown skill 'dockr'; did you mean 'docker'?"])
    }

    @Test("A plugin's milestones are checked like a file's, at the milestone's Swift declaration")
    func pluginMilestones() throws {
        let line = #line + 6
        let curriculum = Curriculum("acme", title: "Acme") {
            Skill("acme-store", name: "Store", hours: 2)
            Role("acme-mle", name: "MLE at Acme", includes: ["mle"]) {
                "acme-store"
            } milestones: {
                Milestone("onboard", title: "Onboard") {
                    "acme-store"
                    "kubernets"
                }
            }
        }
        let found = F.diagnostics([
            try F.source(Self.json(milestones: "[]")),
            CurriculumSource(name: "plugin Acme", origin: .plugin, curriculum: curriculum),
        ])
        #expect(
            found.map(\.description) == [
                "UpskillGraphTests/CatalogMilestoneTests.swift:\(line): error: plugin Acme, milestone 'onboard' (roles[0].milestones[0].skills[1]): milestone 'onboard' of role 'acme-mle' names 'kubernets', which is not a requirement of the role or of a role it includes; did you mean 'kubernetes'?"
            ])
    }
}
