import Testing
import UpskillCurriculum
@testable import UpskillGraph

/// The checks that need the whole catalog: references, conflicts between curricula,
/// `extend` targets and cycles, each reported where it is written.
@Suite("Catalog validation")
struct CatalogValidationTests {
    typealias F = CatalogFixtures

    @Test("An unknown skill reference names the closest id, at its path, line and column")
    func unknownSkill() throws {
        let found = F.diagnostics([
            try F.source(
                F.json(
                    skills: """
                        {"id": "python", "name": "P", "hours": 1},
                        {"id": "pandas", "name": "Pd", "hours": 1, "requires": [{"anyOf": ["pyhton", "python"]}]}
                        """))
        ])
        #expect(
            found.map(\.description) == [
                "a.json:3:68: error: skills[1].requires[0].anyOf[0]: unknown skill 'pyhton'; did you mean 'python'?"
            ])
    }

    @Test("An unknown role in 'includes' names the closest role; a role used as a skill says so")
    func unknownRole() throws {
        let found = F.diagnostics([
            try F.source(
                F.json(
                    skills: #"{"id": "git", "name": "Git", "hours": 1}"#,
                    roles: """
                        {"id": "ml-engineer", "name": "MLE", "includes": ["sofware-engineer"], "requires": ["git"]},
                        {"id": "software-engineer", "name": "SWE", "requires": ["ml-engineer"]}
                        """))
        ])
        #expect(found.count == 2)
        #expect(found.contains { $0.message == "unknown role 'sofware-engineer'; did you mean 'software-engineer'?" })
        #expect(
            found.contains {
                $0.path?.description == "roles[1].requires[0]" && $0.message.hasPrefix("'ml-engineer' is a role, not a skill")
            })
    }

    @Test("Ids defined twice in one file are reported with both places")
    func duplicateWithinFile() throws {
        let found = F.diagnostics([
            try F.source(
                F.json(
                    skills: """
                        {"id": "git", "name": "Git", "hours": 1},
                        {"id": "svn", "name": "SVN", "hours": 1, "aliases": ["git"]},
                        {"id": "git", "name": "Git again", "hours": 2}
                        """))
        ])
        #expect(
            found.map(\.message) == [
                "'git' is defined twice in this curriculum: as a skill at skills[0].id and as an alias of skill 'svn' here",
                "'git' is defined twice in this curriculum: as a skill at skills[0].id and as a skill here",
            ])
    }

    @Test("The same id in two curricula names both sources")
    func duplicateAcrossCurricula() throws {
        let found = F.diagnostics([
            try F.source(F.json(id: "one", skills: #"{"id": "docker", "name": "Docker", "hours": 20}"#), name: "one.json"),
            try F.source(
                F.json(
                    id: "two", skills: #"{"id": "kube", "name": "K", "hours": 1}, {"id": "docker", "name": "D", "hours": 5}"#),
                name: "two.json"),
        ])
        #expect(found.count == 1)
        #expect(found.first?.source == "two.json")
        #expect(found.first?.line == 2)
        #expect(
            found.first?.message.hasPrefix("skill 'docker' is also defined by one.json (skills[0])") == true)
    }

    @Test("The same curriculum loaded twice is one error, not one per skill")
    func sameCurriculumTwice() throws {
        let json = F.json(skills: #"{"id": "a", "name": "A", "hours": 1}"#)
        let found = F.diagnostics([try F.source(json, name: "x.json"), try F.source(json, name: "y.json")])
        #expect(found.contains { $0.message == "curriculum 'c' is loaded twice: also from x.json; load each curriculum once" })
    }

    @Test(
        "Cycles are reported as the cycle itself",
        arguments: [
            // a → b → c → a
            (
                #"{"id": "a", "name": "A", "hours": 1, "requires": ["b"]}, {"id": "b", "name": "B", "hours": 1, "requires": ["c"]}, {"id": "c", "name": "C", "hours": 1, "requires": ["a"]}"#,
                "cycle: a → b → c → a"
            ),
            // Through an alternative, and started from the smallest id.
            (
                #"{"id": "z", "name": "Z", "hours": 1, "requires": [{"anyOf": ["y", "q"]}]}, {"id": "y", "name": "Y", "hours": 1, "requires": ["z"]}, {"id": "q", "name": "Q", "hours": 1}"#,
                "cycle: y → z → y"
            ),
            // A skill that requires itself.
            (#"{"id": "s", "name": "S", "hours": 1, "requires": ["s"]}"#, "cycle: s → s"),
        ] as [(String, String)])
    func cycle(skills: String, expected: String) throws {
        let found = F.diagnostics([try F.source(F.json(skills: skills))])
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix(expected) == true, "\(found)")
    }

    @Test("Two separate cycles are both reported")
    func twoCycles() throws {
        let found = F.diagnostics([
            try F.source(
                F.json(
                    skills: """
                        {"id": "a", "name": "A", "hours": 1, "requires": ["b"]}, {"id": "b", "name": "B", "hours": 1, "requires": ["a"]},
                        {"id": "c", "name": "C", "hours": 1, "requires": ["d"]}, {"id": "d", "name": "D", "hours": 1, "requires": ["c"]},
                        {"id": "e", "name": "E", "hours": 1, "requires": ["a"]}
                        """))
        ])
        #expect(found.map { $0.message.components(separatedBy: ";")[0] } == ["cycle: a → b → a", "cycle: c → d → c"])
    }

    @Test("Roles that include each other are a cycle")
    func roleCycle() throws {
        let found = F.diagnostics([
            try F.source(
                F.json(
                    skills: #"{"id": "a", "name": "A", "hours": 1}"#,
                    roles: #"{"id": "r1", "name": "R1", "includes": ["r2"]}, {"id": "r2", "name": "R2", "includes": ["r1"]}"#))
        ])
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("roles include each other: r1 → r2 → r1") == true, "\(found)")
    }

    @Test("extend of a skill nobody defines names the closest skill")
    func extendUnknown() throws {
        let found = F.diagnostics([
            try F.source(
                F.json(
                    skills: #"{"id": "kubernetes", "name": "K", "hours": 1}, {"id": "acme", "name": "Acme", "hours": 1}"#,
                    extra: #""extend": [{"skill": "kubernets", "requires": ["acme"]}]"#))
        ])
        #expect(
            found.map(\.description) == [
                "a.json:3:23: error: extend[0].skill: 'extend' names skill 'kubernets', which no loaded curriculum defines; did you mean 'kubernetes'?"
            ])
    }

    @Test(
        "Value rules: anyOf with fewer than two members, negative hours, malformed ids",
        arguments: [
            (#"{"id": "a", "name": "A", "hours": -3}"#, "skills[0].hours", "hours must be a number from 0 (for a milestone) to 10000, not -3"),
            (
                #"{"id": "a", "name": "A", "hours": 1, "requires": [{"anyOf": ["b"]}]}, {"id": "b", "name": "B", "hours": 1}"#,
                "skills[0].requires[0].anyOf", "an anyOf needs at least two alternatives"
            ),
            (
                #"{"id": "a", "name": "A", "hours": 1, "requires": [{"anyOf": []}]}"#,
                "skills[0].requires[0].anyOf", "an anyOf needs at least two alternatives"
            ),
            (#"{"id": "Docker", "name": "D", "hours": 1}"#, "skills[0].id", "'Docker' is not a valid skill id"),
            (#"{"id": "a b", "name": "D", "hours": 1}"#, "skills[0].id", "'a b' is not a valid skill id"),
        ] as [(String, String, String)])
    func valueRules(skills: String, path: String, message: String) throws {
        let found = F.diagnostics([try F.source(F.json(skills: skills))])
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.path?.description == path)
        #expect(found.first?.message.hasPrefix(message) == true, "\(found)")
        #expect(found.first?.line != nil)
    }

    @Test("Every problem of every source is reported together, sorted by source and position")
    func allAtOnce() throws {
        let found = F.diagnostics([
            try F.source(
                F.json(id: "one", skills: #"{"id": "a", "name": "A", "hours": 1, "requires": ["nope", "b"]}"#),
                name: "one.json"),
            try F.source(F.json(id: "two", skills: #"{"id": "b", "name": "B", "hours": -1, "requires": ["a"]}"#), name: "two.json"),
        ])
        #expect(found.count == 3, "\(found.map(\.message))")
        #expect(found.map(\.source) == ["one.json", "one.json", "two.json"])
        #expect(found.contains { $0.message.hasPrefix("cycle: a → b → a") })
        #expect(found.contains { $0.message.hasPrefix("unknown skill 'nope'") })
        #expect(found.contains { $0.message.hasPrefix("hours must be") })
    }

    @Test("On a large catalog both each curriculum's own problems and the merge's are reported")
    func largeCatalogChecks() throws {
        let count = 6_000
        let skills = (0..<count).map { index -> String in
            switch index {
            case 0: return #"{"id": "s0", "name": "S", "hours": 1}"#
            case 10: return #"{"id": "s10", "name": "S", "hours": -1}"#
            case 4_000: return #"{"id": "s4000", "name": "S", "hours": 1, "requires": ["s399g"]}"#
            case 5_500: return #"{"id": "s5500", "name": "S", "hours": 1, "requires": [{"anyOf": ["s1"]}]}"#
            default: return #"{"id": "s\#(index)", "name": "S", "hours": 1, "requires": ["s\#(index / 2)"]}"#
            }
        }
        let source = try CatalogFixtures.source(CatalogFixtures.json(skills: skills.joined(separator: ",\n")))
        let found = CatalogFixtures.diagnostics([source])
        #expect(found.count == 3, "\(found.map(\.message))")
        #expect(found.contains { $0.message.hasPrefix("hours must be") && $0.path?.description == "skills[10].hours" })
        #expect(found.contains { $0.message.hasPrefix("unknown skill 's399g'") })
        #expect(found.contains { $0.message.hasPrefix("an anyOf needs at least two") })
    }
}
