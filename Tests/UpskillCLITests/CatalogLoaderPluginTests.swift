import Foundation
import Testing
import UpskillCLI
import UpskillCurriculum

/// Plugins that fail, and conflicts between sources, through ``CatalogLoader`` with
/// plugins made up for the test.
@Suite("Loading plugins and files")
struct CatalogLoaderPluginTests {
    /// A plugin that contributes a small company curriculum.
    struct GoodPlugin: CurriculumPlugin {
        var name: String { "Good" }
        var version: String { "1.2.0" }
        var summary: String { "A plugin that works." }
        func curricula() throws -> [Curriculum] {
            [
                Curriculum("good", title: "Good") {
                    Skill("good-platform", name: "Good platform", hours: 5) { "python" }
                    Role("good-ml-engineer", name: "MLE at Good", includes: ["ml-engineer"]) { "good-platform" }
                }
            ]
        }
    }

    /// A plugin that throws while giving its curricula.
    struct ThrowingPlugin: CurriculumPlugin {
        struct CatalogUnavailable: Error, CustomStringConvertible {
            var description: String { "the catalog server did not answer" }
        }
        var name: String { "Throwing" }
        var version: String { "0.1.0" }
        var summary: String { "A plugin that throws." }
        func curricula() throws -> [Curriculum] { throw CatalogUnavailable() }
    }

    /// A plugin whose curriculum is invalid on its own. Its declarations say they are in
    /// the plugin's own file, as those of a plugin module would.
    struct InvalidPlugin: CurriculumPlugin {
        var name: String { "Invalid" }
        var version: String { "0.1.0" }
        var summary: String { "A plugin with mistakes." }
        func curricula() throws -> [Curriculum] {
            [
                Curriculum("invalid", title: "Invalid") {
                    Skill("invalid-a", name: "A", hours: 2, fileID: "Invalid/InvalidPlugin.swift", line: 12) { "pyhton" }
                    Skill("invalid-b", name: "B", hours: -1, fileID: "Invalid/InvalidPlugin.swift", line: 13)
                }
            ]
        }
    }

    /// A plugin that defines a skill the built-in curriculum already defines, in its own file.
    struct ConflictingPlugin: CurriculumPlugin {
        var name: String { "Conflicting" }
        var version: String { "0.1.0" }
        var summary: String { "A plugin that redefines docker." }
        func curricula() throws -> [Curriculum] {
            [Curriculum("conflicting", title: "Conflicting") {
                    Skill("docker", name: "Our Docker", hours: 3, fileID: "Conflicting/ConflictingPlugin.swift", line: 7)
                }]
        }
    }

    /// A plugin built on another plugin's skill, in its own file.
    struct DependentPlugin: CurriculumPlugin {
        var name: String { "Dependent" }
        var version: String { "0.1.0" }
        var summary: String { "Needs Invalid's skill." }
        func curricula() throws -> [Curriculum] {
            [Curriculum("dependent", title: "Dependent") {
                    Skill("dependent-x", name: "X", hours: 1, fileID: "Dependent/DependentPlugin.swift", line: 9) { "invalid-a" }
                }]
        }
    }

    func loader(_ plugins: [any CurriculumPlugin], strict: Bool = false, paths: [String] = []) -> CatalogLoader {
        var loader = CatalogLoader()
        loader.plugins = plugins
        loader.strict = strict
        loader.paths = paths
        return loader
    }

    func loadError(_ loader: CatalogLoader) -> CLIError? {
        do {
            _ = try loader.load()
            return nil
        } catch {
            return error
        }
    }

    @Test("A plugin that throws is named in a warning, and the rest loads")
    func throwingPluginWarns() throws {
        let loaded = try loader([ThrowingPlugin(), GoodPlugin()]).load()
        #expect(
            loaded.warnings == [
                "warning: plugin Throwing failed to load its curricula: the catalog server did not answer; continuing without it (--strict stops here)"
            ])
        #expect(loaded.catalog.role("good-ml-engineer") != nil)
        #expect(loaded.plugins.map(\.outcome) == [.failed("the catalog server did not answer"), .loaded])
    }

    @Test("With --strict a plugin that throws stops loading with exit 65, naming it")
    func throwingPluginStrict() throws {
        let error = try #require(loadError(loader([GoodPlugin(), ThrowingPlugin()], strict: true)))
        #expect(error.exitCode == .dataError)
        #expect(error.lines == ["error: plugin Throwing failed to load its curricula: the catalog server did not answer"])
    }

    @Test("An invalid plugin is left out with its errors, by name; plugins built on it too")
    func invalidPluginIsLeftOut() throws {
        let loaded = try loader([InvalidPlugin(), GoodPlugin(), DependentPlugin()]).load()
        #expect(
            loaded.warnings == [
                """
                warning: plugin Invalid is left out: its curricula have 2 errors (--strict stops here)
                Invalid/InvalidPlugin.swift:12: error: plugin Invalid, skill 'invalid-a' (skills[0].requires[0]): unknown skill 'pyhton'; did you mean 'python'?
                Invalid/InvalidPlugin.swift:13: error: plugin Invalid, skill 'invalid-b' (skills[1].hours): hours must be a number from 0 (for a milestone) to 10000, not -1
                """,
                """
                warning: plugin Dependent is left out: its curricula have 1 error; it may build on plugin Invalid, left out above (--strict stops here)
                Dependent/DependentPlugin.swift:9: error: plugin Dependent, skill 'dependent-x' (skills[0].requires[0]): unknown skill 'invalid-a'
                """,
            ])
        #expect(loaded.catalog.skill("invalid-b") == nil)
        #expect(loaded.catalog.skill("good-platform") != nil)
        #expect(loaded.plugins.map(\.name) == ["Invalid", "Good", "Dependent"])
        #expect(loaded.plugins[1].outcome == .loaded)
        guard case .leftOut(let problems) = loaded.plugins[0].outcome else {
            Issue.record("plugin Invalid is not left out: \(loaded.plugins[0].outcome)")
            return
        }
        #expect(problems.count == 2)
    }

    @Test("With --strict an invalid plugin's errors stop loading with exit 65")
    func invalidPluginStrict() throws {
        let error = try #require(loadError(loader([InvalidPlugin()], strict: true)))
        #expect(error.exitCode == .dataError)
        #expect(
            error.lines == [
                "Invalid/InvalidPlugin.swift:12: error: plugin Invalid, skill 'invalid-a' (skills[0].requires[0]): unknown skill 'pyhton'; did you mean 'python'?",
                "Invalid/InvalidPlugin.swift:13: error: plugin Invalid, skill 'invalid-b' (skills[1].hours): hours must be a number from 0 (for a milestone) to 10000, not -1",
                "2 errors in the curricula",
            ])
    }

    @Test("A plugin that redefines a built-in skill names both sources; --strict makes it an error")
    func pluginConflictsWithBuiltin() throws {
        let loaded = try loader([ConflictingPlugin(), GoodPlugin()]).load()
        let warning = try #require(loaded.warnings.first)
        #expect(warning.hasPrefix("warning: plugin Conflicting is left out: its curricula have 1 error"))
        #expect(
            warning.contains(
                "Conflicting/ConflictingPlugin.swift:7: error: plugin Conflicting, skill 'docker' (skills[0].id): skill 'docker' is also defined by Curricula/ds-to-mle.json (skills["
            ))
        #expect(loaded.catalog.skills[Int(try #require(loaded.catalog.skill("docker")))].name == "Docker")

        let error = try #require(loadError(loader([ConflictingPlugin()], strict: true)))
        #expect(error.exitCode == .dataError)
        #expect(
            error.lines.first?.hasPrefix(
                "Conflicting/ConflictingPlugin.swift:7: error: plugin Conflicting, skill 'docker' (skills[0].id): skill 'docker'") == true)
        #expect(error.lines.first?.contains("Curricula/ds-to-mle.json") == true)
    }

    @Test("A user file that redefines a plugin's skill is an error that names both")
    func fileConflictsWithPlugin() throws {
        let folder = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("team.json")
        try """
        {"curriculum": "team", "title": "Team",
         "skills": [{"id": "good-platform", "name": "Our platform", "hours": 1}]}
        """.write(to: file, atomically: true, encoding: .utf8)
        let error = try #require(loadError(loader([GoodPlugin()], paths: [file.path])))
        #expect(error.exitCode == .dataError)
        #expect(
            error.lines == [
                "\(file.path):2:20: error: skills[0].id: skill 'good-platform' is also defined by plugin Good (skills[0]); an id belongs to one curriculum: rename one, or use 'extend' to add requirements to the other",
                "1 error in the curricula",
            ])
    }

    @Test("A user file builds on a plugin: extends its skill and includes its role")
    func fileBuildsOnPlugin() throws {
        let folder = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
        {"curriculum": "team", "title": "Team",
         "skills": [{"id": "team-tooling", "name": "Team tooling", "hours": 2}],
         "roles": [{"id": "team-ml-engineer", "name": "MLE in the team", "includes": ["good-ml-engineer"], "requires": ["team-tooling"]}],
         "extend": [{"skill": "good-platform", "requires": ["team-tooling"]}]}
        """.write(to: folder.appendingPathComponent("team.json"), atomically: true, encoding: .utf8)
        var loader = loader([GoodPlugin()])
        loader.userFolder = folder.path
        let loaded = try loader.load()
        #expect(loaded.warnings.isEmpty)
        let catalog = loaded.catalog
        #expect(catalog.role("team-ml-engineer") != nil)
        let platform = Int(try #require(catalog.skill("good-platform")))
        let items = catalog.requirements.items(of: platform).map { catalog.requirements.members(of: $0).map(catalog.id(ofSkill:)) }
        #expect(items == [["python"], ["team-tooling"]])
        #expect(catalog.sources.map(\.name) == ["Curricula/ds-to-mle.json", "plugin Good", folder.path + "/team.json"])
    }
}
