#if canImport(ExampleCo)
import ExampleCo
import Foundation
import Testing
import UpskillCurriculum

/// The example plugin and user-folder curricula through the command line: listed by
/// `upskill plugins`, planned over by `upskill plan`, and contained when they fail.
///
/// The example is not compiled into `upskill` (a default build shows no fictional
/// company), so these tests run the command line in this process with ExampleCo as its
/// plugin module, as `upskill` runs with the registered ones.
@Suite("upskill plugins and curricula from plugins and files")
struct PluginsCommandTests {
    /// ExampleCo as it is with `EXAMPLE_CO_CURRICULUM_FILE` set to `path`: its own
    /// curricula and that file's. (Setting the variable in this process would reach the
    /// tests running beside these.)
    struct ExampleCoWithFile: CurriculumPlugin {
        var path = ""
        init() {}
        init(path: String) { self.path = path }
        var name: String { ExampleCoPlugin().name }
        var version: String { ExampleCoPlugin().version }
        var summary: String { ExampleCoPlugin().summary }
        func curricula() throws -> [Curriculum] {
            try ExampleCoPlugin().curricula() + [try Curriculum(contentsOfFile: path)]
        }
    }

    /// Runs `upskill` with ExampleCo (or `plugin`) compiled in, and the upskill home `home`.
    static func run(
        _ arguments: [String], home: URL? = nil, width: Int = 80, plugin: any CurriculumPlugin = ExampleCoPlugin()
    ) -> CommandLineHarness.Result {
        CommandLineHarness.run(
            arguments, width: width, variables: home.map { ["UPSKILL_HOME": $0.path] } ?? [:], plugins: [plugin])
    }

    /// A team curriculum that builds on the example plugin: a skill that needs one of its
    /// skills, and a role that includes its role.
    static let team = """
        {
          "curriculum": "team-ranking",
          "title": "The ranking team",
          "skills": [
            { "id": "team-ranking-service", "name": "The ranking service", "hours": 5,
              "requires": ["example-co-feature-store", "recommender-systems"] }
          ],
          "roles": [
            { "id": "team-ranking-engineer", "name": "ML engineer in the ranking team",
              "includes": ["example-co-ml-engineer"], "requires": ["team-ranking-service"] }
          ],
          "resources": [
            { "id": "team-ranking-runbook", "title": "Ranking runbook", "kind": "docs",
              "url": "https://wiki.example-co.example/ranking", "hours": 1, "teaches": ["team-ranking-service"] }
          ]
        }
        """

    /// An upskill home whose curricula folder holds `files`.
    static func home(_ files: [String: String]) throws -> URL {
        let home = try UpskillBinary.temporaryFolder()
        let folder = home.appendingPathComponent("curricula")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return home
    }

    @Test("The example plugin, a user-folder file and the built-in curriculum are listed, with paths")
    func listsEverySource() throws {
        let home = try Self.home(["team.json": Self.team])
        defer { try? FileManager.default.removeItem(at: home) }
        let result = Self.run(["plugins"], home: home)
        #expect(result.status == .success, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Plugin modules (compiled into upskill)")
        #expect(lines.contains { $0.hasPrefix("  ExampleCo 0.1.0: Example plugin: ") })
        #expect(lines.contains("      example-co-platform 0.1.0 (ExampleCo's ML platform): 3 skills, 1 role, 4"))
        #expect(lines.contains("Curriculum files (\(home.path)/curricula/*.json and --curriculum)"))
        #expect(lines.contains("  \(home.path)/curricula/team.json"))
        #expect(lines.contains("      team-ranking 1.0.0 (The ranking team): 1 skill, 1 role, 1 resource"))
        #expect(lines.contains("  Curricula/ds-to-mle.json"))
        #expect(lines.contains { $0.hasPrefix("Merged: ") && $0.hasSuffix(" resources.") })
    }

    @Test("--format json lists plugins with their curricula, and files with their paths")
    func json() throws {
        let home = try Self.home(["team.json": Self.team])
        defer { try? FileManager.default.removeItem(at: home) }
        let extra = home.appendingPathComponent("extra.json")
        try #"{"curriculum": "extra", "title": "Extra", "extend": [{"skill": "docker"}]}"#
            .write(to: extra, atomically: true, encoding: .utf8)
        let result = Self.run(["plugins", "--format", "json", "--curriculum", extra.path], home: home)
        #expect(result.status == .success, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let plugins = try #require(object["plugins"] as? [[String: Any]])
        let example = try #require(plugins.first { $0["name"] as? String == "ExampleCo" })
        #expect(example["version"] as? String == "0.1.0")
        #expect(example["status"] as? String == "loaded")
        #expect((example["summary"] as? String)?.hasPrefix("Example plugin:") == true)
        let curricula = try #require(example["curricula"] as? [[String: Any]])
        #expect(curricula.map { $0["id"] as? String } == ["example-co-platform"])
        #expect(curricula.first?["skills"] as? Int == 3)
        #expect(curricula.first?["roles"] as? Int == 1)
        #expect(curricula.first?["extends"] as? [String] == ["recommender-systems"])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ["\(home.path)/curricula/team.json", extra.path])
        #expect((files.first?["curriculum"] as? [String: Any])?["id"] as? String == "team-ranking")
        let builtin = try #require(object["builtin"] as? [[String: Any]])
        #expect(builtin.map { $0["path"] as? String } == ["Curricula/ds-to-mle.json"])
        #expect(object["userFolder"] as? String == "\(home.path)/curricula")
    }

    @Test("upskill roles lists the example plugin's role and a user-folder file's, with where they come from")
    func rolesListsEverySource() throws {
        let home = try Self.home(["team.json": Self.team])
        defer { try? FileManager.default.removeItem(at: home) }
        let roles = Self.run(["roles"], home: home, width: 200)
        #expect(roles.status == .success, "\(roles.stderr)")
        let ids = roles.stdout.split(separator: "\n").dropFirst().compactMap { $0.split(separator: " ").first }
        #expect(ids.contains("example-co-ml-engineer"))
        #expect(ids.contains("team-ranking-engineer"))
        #expect(ids.contains("ml-engineer"))
        let show = Self.run(["show", "team-ranking-engineer"], home: home, width: 200)
        #expect(show.status == .success, "\(show.stderr)")
        #expect(show.stdout.contains("team-ranking (\(home.path)/curricula/team.json)"), "\(show.stdout)")
        let example = Self.run(["show", "example-co-ml-engineer"])
        #expect(example.stdout.contains("example-co-platform (plugin ExampleCo)"), "\(example.stdout)")
    }

    @Test("upskill plan plans over the example plugin's role: its skills, its extension, its resources")
    func planOverPlugin() throws {
        let result = Self.run(["plan", "--from", "data-scientist", "--to", "example-co-ml-engineer", "--format", "json"])
        #expect(result.status == .success, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let steps = try #require(object["steps"] as? [[String: Any]])
        let skills = steps.compactMap { $0["skill"] as? String }
        for skill in [
            "example-co-platform-basics", "example-co-feature-store", "example-co-model-launch", "recommender-systems",
            "kubernetes",
        ] {
            #expect(skills.contains(skill), "the plan lacks \(skill)")
        }
        // The extension makes recommender systems come after the feature store.
        let featureStore = try #require(skills.firstIndex(of: "example-co-feature-store"))
        let recommenders = try #require(skills.firstIndex(of: "recommender-systems"))
        #expect(featureStore < recommenders)
        // Company material is recommended first.
        let resources = try #require(steps[recommenders]["resources"] as? [[String: Any]])
        #expect(resources.first?["id"] as? String == "example-co-recommenders")
    }

    @Test("upskill plan plans over a user-folder curriculum built on the plugin")
    func planOverUserFile() throws {
        let home = try Self.home(["team.json": Self.team])
        defer { try? FileManager.default.removeItem(at: home) }
        let result = Self.run(["plan", "--from", "data-scientist", "--to", "team-ranking-engineer"], home: home)
        #expect(result.status == .success, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Roadmap: data-scientist -> team-ranking-engineer\n"))
        for skill in ["team-ranking-service", "recommender-systems", "example-co-feature-store", "kubernetes"] {
            #expect(result.stdout.contains("(\(skill))"), "the roadmap lacks \(skill)")
        }
        #expect(result.stdout.contains("learn: Ranking runbook (docs, 1 h"))
    }

    @Test("A user file that redefines a plugin's skill is left out with one warning naming both; --strict exits 65")
    func conflictNamesBothSources() throws {
        let home = try Self.home([
            "ours.json": #"{"curriculum": "ours", "title": "Ours", "skills": [{"id": "example-co-feature-store", "name": "Ours", "hours": 1}]}"#
        ])
        defer { try? FileManager.default.removeItem(at: home) }
        let file = home.path + "/curricula/ours.json"
        let arguments = ["plan", "--from", "data-scientist", "--to", "ml-engineer"]
        let plan = Self.run(arguments, home: home)
        #expect(plan.status == .success, "\(plan.stderr)")
        #expect(
            plan.stderr
                == "warning: left out \(file): \(file):1:59: error: skills[0].id: skill 'example-co-feature-store' is also defined by plugin ExampleCo (skills[1]); an id belongs to one curriculum: rename one, or use 'extend' to add requirements to the other; see every problem with 'upskill validate \(file)' (--strict stops here)\n",
            "\(plan.stderr)")
        let strict = Self.run(arguments + ["--strict"], home: home)
        #expect(strict.status == .dataError)
        #expect(
            strict.stderr.hasPrefix(
                "\(file):1:59: error: skills[0].id: skill 'example-co-feature-store' is also defined by plugin ExampleCo (skills[1]); "
            ), "\(strict.stderr)")
        let plugins = Self.run(["plugins"], home: home)
        #expect(plugins.status == .success)
        #expect(plugins.stdout.contains("  \(file)\n"))
        #expect(plugins.stderr.contains("is also defined by plugin ExampleCo"))
    }

    @Test("A plugin that throws is named in a warning and upskill works without it; --strict exits 65")
    func throwingPlugin() throws {
        let plugin = ExampleCoWithFile(path: "/nonexistent/example-co.json")
        let plan = Self.run(["plan", "--from", "data-scientist", "--to", "ml-engineer"], plugin: plugin)
        #expect(plan.status == .success, "\(plan.stderr)")
        #expect(
            plan.stderr
                == "warning: plugin ExampleCo failed to load its curricula: /nonexistent/example-co.json: error: no such file; continuing without it (--strict stops here)\n"
        )
        #expect(plan.stdout.hasPrefix("Roadmap: data-scientist -> ml-engineer\n"))

        let listing = Self.run(["plugins"], plugin: plugin)
        #expect(listing.status == .success)
        #expect(listing.stdout.contains("      failed, left out: /nonexistent/example-co.json: error: no such file\n"))

        let strict = Self.run(["plan", "--from", "data-scientist", "--to", "ml-engineer", "--strict"], plugin: plugin)
        #expect(strict.status == .dataError)
        #expect(
            strict.stderr
                == "error: plugin ExampleCo failed to load its curricula: /nonexistent/example-co.json: error: no such file\n")
        #expect(strict.stdout.isEmpty)
    }

    @Test("A plugin whose curricula are invalid is left out with its errors by name; --strict exits 65")
    func invalidPlugin() throws {
        let folder = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("example-co-extra.json")
        try #"{"curriculum": "example-co-extra", "title": "Extra", "skills": [{"id": "example-co-extra", "name": "Extra", "hours": 1, "requires": ["pyhton"]}]}"#
            .write(to: file, atomically: true, encoding: .utf8)
        let plugin = ExampleCoWithFile(path: file.path)
        let plan = Self.run(["plan", "--from", "data-scientist", "--to", "ml-engineer"], plugin: plugin)
        #expect(plan.status == .success, "\(plan.stderr)")
        #expect(
            plan.stderr == """
                warning: plugin ExampleCo is left out: its curricula have 1 error (--strict stops here)
                plugin ExampleCo: error: skills[0].requires[0]: unknown skill 'pyhton'; did you mean 'python'?

                """)

        let listing = Self.run(["plugins", "--format", "json"], plugin: plugin)
        #expect(listing.status == .success)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [String: Any])
        let example = try #require((object["plugins"] as? [[String: Any]])?.first { $0["name"] as? String == "ExampleCo" })
        #expect(example["status"] as? String == "invalid")
        #expect(
            example["problems"] as? [String] == [
                "plugin ExampleCo: error: skills[0].requires[0]: unknown skill 'pyhton'; did you mean 'python'?"
            ])

        // validate is always strict: finding problems is its job.
        let strict = Self.run(["validate"], plugin: plugin)
        #expect(strict.status == .dataError)
        #expect(
            strict.stderr == """
                plugin ExampleCo: error: skills[0].requires[0]: unknown skill 'pyhton'; did you mean 'python'?
                1 error in the curricula

                """)
    }
}
#endif
