import Foundation
import Testing
import UpskillRegistryGenerator

/// `new-curriculum NAME` on scratch packages: what it writes, and what it refuses without
/// changing anything.
@Suite("new-curriculum")
struct CurriculumScaffoldTests {
    @Test("It writes the plugin from the template, lists it in Package.swift and regenerates the registry")
    func createsPlugin() throws {
        let package = try ScratchPackage()
        defer { package.remove() }
        let created = try CurriculumScaffold(packageRoot: package.root).create("Acme")
        #expect(created.template.path == "Plugins/Acme/AcmePlugin.swift")
        #expect(created.registryWritten)
        #expect(created.pluginModules == ["Acme"])
        #expect(try package.read("Plugins/Acme/AcmePlugin.swift") == PluginTemplate(name: try PluginName("Acme")).source)
        #expect(try package.read("Package.swift").contains("let curriculumPlugins: [String] = [\n    \"Acme\",\n]\n"))
        let registry = try package.read(RegistryGenerator.outputPath)
        #expect(registry.contains("import Acme\n"))
        #expect(registry.contains("        AcmePlugin(),\n"))
        // What the freshness tests check holds after the command.
        let generator = RegistryGenerator(packageRoot: package.root)
        #expect(try generator.stalenessProblem() == nil)
        #expect(try generator.manifestProblem() == nil)

        // A second plugin goes after the first.
        _ = try CurriculumScaffold(packageRoot: package.root).create("BigCorp")
        #expect(try package.read("Package.swift").contains("= [\n    \"Acme\",\n    \"BigCorp\",\n]\n"))
        #expect(try generator.stalenessProblem() == nil)
    }

    @Test(
        "A name that is taken or malformed is refused, and nothing changes",
        arguments: [
            ("Acme", "'Acme' is already a curriculum plugin: it is listed in Package.swift's curriculumPlugins; edit Plugins/Acme/ or choose another name"),
            ("ACME", "'ACME' is already a curriculum plugin"),
            ("Legacy", "Plugins/legacy already exists; choose another name, or remove the folder first"),
            ("GenerateRegistry", "Plugins/GenerateRegistry already exists"),
            ("Planner", "'Planner' is already a target of this package; choose another name, e.g. PlannerCo"),
            ("acme", "'acme' must start with an uppercase letter"),
        ])
    func refused(name: String, message: String) throws {
        let manifest = ScratchPackage.manifest.replacingOccurrences(of: "= [\n", with: "= [\n    \"Acme\",\n")
        let package = try ScratchPackage(manifest: manifest)
        defer { package.remove() }
        try package.write("Plugins/Acme/AcmePlugin.swift", "import UpskillCurriculum\n")
        try package.write("Plugins/legacy/notes.md", "old\n")
        let scaffold = CurriculumScaffold(packageRoot: package.root, takenNames: ["Planner", "upskill"])
        #expect {
            _ = try scaffold.create(name)
        } throws: { error in
            (error as? ScaffoldError)?.message.hasPrefix(message) == true
        }
        #expect(try package.read("Package.swift") == manifest)
        #expect(!package.exists(RegistryGenerator.outputPath))
        #expect(try FileManager.default.contentsOfDirectory(atPath: package.root.appendingPathComponent("Plugins").path).sorted() == ["Acme", "GenerateRegistry", "legacy"])
    }

    @Test("A manifest without a readable plugin list is refused before anything is written")
    func unreadableManifest() throws {
        let package = try ScratchPackage(manifest: "let curriculumPlugins: [String] = allPlugins()\n")
        defer { package.remove() }
        #expect(throws: ScaffoldError.self) {
            _ = try CurriculumScaffold(packageRoot: package.root).create("Acme")
        }
        #expect(!package.exists("Plugins/Acme"))
    }

    @Test("remove-curriculum undoes new-curriculum exactly, and refuses what is not a curriculum plugin")
    func removesPlugin() throws {
        let package = try ScratchPackage()
        defer { package.remove() }
        let scaffold = CurriculumScaffold(packageRoot: package.root)
        _ = try scaffold.create("ExampleCo")
        let generator = RegistryGenerator(packageRoot: package.root)
        let registryWithExample = try package.read(RegistryGenerator.outputPath)
        _ = try scaffold.create("Acme")

        let removed = try scaffold.remove("Acme")
        #expect(removed.folder == "Plugins/Acme")
        #expect(removed.wasListed)
        #expect(removed.pluginModules == ["ExampleCo"])
        #expect(!package.exists("Plugins/Acme"))
        #expect(try package.read("Package.swift") == ScratchPackage.manifest.replacingOccurrences(of: "= [\n", with: "= [\n    \"ExampleCo\",\n"))
        #expect(try package.read(RegistryGenerator.outputPath) == registryWithExample)
        #expect(try generator.stalenessProblem() == nil)
        #expect(try generator.manifestProblem() == nil)

        #expect {
            _ = try scaffold.remove("GenerateRegistry")
        } throws: { error in
            (error as? ScaffoldError)?.message
                == "Plugins/GenerateRegistry is not a curriculum plugin module (it is a SwiftPM plugin, or holds no Swift source); it stays"
        }
        #expect(package.exists("Plugins/GenerateRegistry/plugin.swift"))
        #expect {
            _ = try scaffold.remove("Acme")
        } throws: { error in
            (error as? ScaffoldError)?.message == "'Acme' is not a curriculum plugin of this package: they are ExampleCo"
        }
    }
}
