import Testing
import UpskillCurriculum
import UpskillGraph
import UpskillRegistry
import UpskillRegistryGenerator

#if canImport(ExampleCo)
import ExampleCo
#endif

/// Every plugin module compiled into `upskill` — any a company registers — gives valid
/// curricula that merge with the built-in ones: one test case per plugin, which names it
/// and lists its errors. A company's CI runs this for its own plugin without writing a
/// test. The other tests of the package build their catalogs without the registered
/// plugins, so a broken plugin fails here and only here.
@Suite("Compiled-in plugins")
struct RegistryPluginsTests {
    /// The registered plugins, or the example when none is (so that the check itself runs).
    static var checked: [any CurriculumPlugin] {
        #if canImport(ExampleCo)
        if Registry.plugins.isEmpty { return [ExampleCoPlugin()] }
        #endif
        return Registry.plugins
    }

    @Test("plugin builds a valid catalog with the built-in curricula", arguments: Self.checked.map(PluginCase.init))
    func pluginMerges(_ plugin: PluginCase) throws {
        #expect(!plugin.plugin.name.isEmpty && !plugin.plugin.version.isEmpty && !plugin.plugin.summary.isEmpty)
        var sources: [CurriculumSource] = []
        for embedded in Registry.builtinCurricula {
            sources.append(
                CurriculumSource(
                    name: embedded.path, origin: .builtin,
                    curriculum: try Curriculum(json: Array(embedded.json.utf8), source: embedded.path)))
        }
        let name = "plugin \(plugin.plugin.name)"
        do {
            for curriculum in try plugin.plugin.curricula() {
                sources.append(CurriculumSource(name: name, origin: .plugin, curriculum: curriculum))
            }
        } catch {
            Issue.record("\(name) throws: \(error)")
            return
        }
        do {
            _ = try Catalog(sources: sources)
        } catch {
            let count = error.diagnostics.filter { $0.severity == .error }.count
            Issue.record(
                "\(name)'s curricula have \(count) error\(count == 1 ? "" : "s") with the built-in curricula:\n\(error)")
        }
    }

    @Test("An example plugin is built but not registered, unless Package.swift's curriculumPlugins lists it")
    func examplesAreNotRegistered() throws {
        let examples = try RegistryGenerator(packageRoot: RegistryFreshnessTests.packageRoot).unregisteredExamples()
        #expect(!ShippedExample.isPresent || examples.contains("ExampleCo") || Registry.plugins.contains { $0.name == "ExampleCo" })
        #expect(!Registry.plugins.contains { examples.contains($0.name) })
    }
}

/// A plugin as a test argument, shown by its name.
struct PluginCase: Sendable, CustomTestStringConvertible {
    var plugin: any CurriculumPlugin
    var testDescription: String { "plugin \(plugin.name) \(plugin.version)" }
}
