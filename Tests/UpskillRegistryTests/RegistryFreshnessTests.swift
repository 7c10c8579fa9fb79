import Foundation
import Testing
import UpskillCurriculum
import UpskillGraph
import UpskillRegistry
import UpskillRegistryGenerator

/// The checked-in registry matches `Curricula/` and `Plugins/`, and what it embeds is a
/// valid catalog.
@Suite("Registry")
struct RegistryFreshnessTests {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("The generated registry is up to date with Curricula/ and Plugins/")
    func registryIsFresh() throws {
        let problem = try RegistryGenerator(packageRoot: Self.packageRoot).stalenessProblem()
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test("Every plugin folder is listed in Package.swift's curriculumPlugins")
    func manifestListsEveryPlugin() throws {
        let problem = try RegistryGenerator(packageRoot: Self.packageRoot).manifestProblem()
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test("The embedded curricula decode and merge into a valid catalog")
    func builtinCatalogIsValid() throws {
        var sources: [CurriculumSource] = []
        for embedded in Registry.builtinCurricula {
            let bytes = Array(embedded.json.utf8)
            let curriculum = try Curriculum(json: bytes, source: embedded.path)
            sources.append(CurriculumSource(name: embedded.path, origin: .builtin, curriculum: curriculum))
        }
        #expect(!sources.isEmpty)
        do {
            _ = try Catalog(sources: sources)
        } catch {
            Issue.record("the built-in curricula are invalid:\n\(error)")
        }
    }

    @Test("Raw string delimiters hold any text verbatim")
    func rawStringDelimiters() {
        let text = ##"{"curriculum": "x", "title": "X", "description": "\"\"\"#", "version": "\#(x)"}"##
        let checked = CheckedCurriculum(
            path: "Curricula/x.json", contents: text, curriculum: Curriculum(id: "x", title: "X"), isPrevalidated: true)
        let source = RegistryGenerator.source(pluginModules: ["Acme"], curricula: [checked])
        #expect(source.contains("json: ##\"\"\""))
        #expect(source.contains("import Acme"))
        #expect(source.contains("AcmePlugin(),"))
    }
}
