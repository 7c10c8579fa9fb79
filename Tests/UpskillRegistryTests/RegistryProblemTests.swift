import Foundation
import Testing
import UpskillRegistryGenerator

/// The messages of the freshness checks, on scratch packages: each names the file at fault
/// and the command or edit that fixes it.
@Suite("Registry problems")
struct RegistryProblemTests {
    @Test("A stale registry is reported naming the generated file and the command")
    func staleRegistry() throws {
        let package = try ScratchPackage()
        defer { package.remove() }
        let generator = RegistryGenerator(packageRoot: package.root)
        #expect(
            try generator.stalenessProblem()
                == "Sources/UpskillRegistry/Registry+Generated.swift is missing: run `swift package --allow-writing-to-package-directory generate-registry` and commit the result"
        )
        try generator.write()
        #expect(try generator.stalenessProblem() == nil)

        // A new curriculum file, and a new plugin folder, each make it stale.
        try package.write("Curricula/y.json", #"{"curriculum": "y", "title": "Y"}"#)
        let message = try #require(try generator.stalenessProblem())
        #expect(message.contains(RegistryGenerator.outputPath))
        #expect(message.contains("`\(RegistryGenerator.command)`"))
        try generator.write()
        try package.write("Plugins/Acme/AcmePlugin.swift", "import UpskillCurriculum\n")
        #expect(try generator.stalenessProblem()?.hasPrefix("\(RegistryGenerator.outputPath) is stale: ") == true)
    }

    @Test("A plugin folder missing from Package.swift's list, or a name without a folder, is named")
    func manifestMismatch() throws {
        let package = try ScratchPackage()
        defer { package.remove() }
        let generator = RegistryGenerator(packageRoot: package.root)
        #expect(try generator.manifestProblem() == nil)
        try package.write("Plugins/Acme/AcmePlugin.swift", "import UpskillCurriculum\n")
        #expect(
            try generator.manifestProblem()
                == "Plugins/ holds \"Acme\", which Package.swift's curriculumPlugins does not list: add each name to the list (`swift package --allow-writing-to-package-directory new-curriculum NAME` does this for a new plugin)"
        )
        try package.write("Package.swift", ScratchPackage.manifest.replacingOccurrences(of: "= [\n", with: "= [\n    \"Acme\", \"Gone\",\n"))
        #expect(
            try generator.manifestProblem()
                == "Package.swift's curriculumPlugins lists \"Gone\", for which Plugins/ has no curriculum plugin module: remove the names or add the folders"
        )
    }
}
