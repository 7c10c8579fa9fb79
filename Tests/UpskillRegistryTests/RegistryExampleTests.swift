import Foundation
import Testing
import UpskillRegistryGenerator

/// Example plugins, on scratch packages: listed in `examplePlugins`, they are built but
/// left out of the registry; listed in `curriculumPlugins` too, they are registered.
@Suite("Example plugins")
struct RegistryExampleTests {
    static let manifest = ScratchPackage.manifest.replacingOccurrences(
        of: "let package", with: "let examplePlugins: [String] = [\n    \"Demo\",\n]\n\nlet package")

    @Test("An example is not registered, and the manifest check accepts it")
    func exampleIsLeftOut() throws {
        let package = try ScratchPackage(manifest: Self.manifest)
        defer { package.remove() }
        try package.write("Plugins/Demo/DemoPlugin.swift", "import UpskillCurriculum\n")
        try package.write("Plugins/Acme/AcmePlugin.swift", "import UpskillCurriculum\n")
        try package.write("Package.swift", Self.manifest.replacingOccurrences(of: "= [\n]", with: "= [\n    \"Acme\",\n]"))
        let generator = RegistryGenerator(packageRoot: package.root)
        #expect(try generator.manifestProblem() == nil)
        #expect(try generator.pluginFolders() == ["Acme", "Demo"])
        #expect(try generator.pluginModules() == ["Acme"])
        let source = try generator.generate()
        #expect(source.contains("import Acme\n") && !source.contains("Demo"))
    }

    @Test("Listed in curriculumPlugins too, an example is registered")
    func registeredExample() throws {
        let package = try ScratchPackage(manifest: Self.manifest.replacingOccurrences(of: "= [\n]", with: "= [\n    \"Demo\",\n]"))
        defer { package.remove() }
        try package.write("Plugins/Demo/DemoPlugin.swift", "import UpskillCurriculum\n")
        let generator = RegistryGenerator(packageRoot: package.root)
        #expect(try generator.manifestProblem() == nil)
        #expect(try generator.pluginModules() == ["Demo"])
        #expect(try generator.unregisteredExamples().isEmpty)
    }

    @Test("An example without its folder is named; remove-curriculum takes it out of both lists")
    func removeExample() throws {
        let package = try ScratchPackage(manifest: Self.manifest.replacingOccurrences(of: "= [\n]", with: "= [\n    \"Demo\",\n]"))
        defer { package.remove() }
        let generator = RegistryGenerator(packageRoot: package.root)
        #expect(
            try generator.manifestProblem()
                == "Package.swift's curriculumPlugins lists \"Demo\", for which Plugins/ has no curriculum plugin module: remove the names or add the folders\nPackage.swift's examplePlugins lists \"Demo\", for which Plugins/ has no curriculum plugin module: remove the names or add the folders"
        )
        try package.write("Plugins/Demo/DemoPlugin.swift", "import UpskillCurriculum\n")
        let removed = try CurriculumScaffold(packageRoot: package.root).remove("Demo")
        #expect(removed.folder == "Plugins/Demo" && removed.wasListed)
        #expect(try package.read("Package.swift") == ScratchPackage.manifest.replacingOccurrences(
            of: "let package", with: "let examplePlugins: [String] = [\n]\n\nlet package"))
        #expect(try generator.manifestProblem() == nil)
    }
}
