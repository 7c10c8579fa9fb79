import Testing
import UpskillCurriculum
import UpskillGraph
import UpskillRegistry

/// Every plugin module compiled in — the shipped example and any a company adds — gives
/// valid curricula that merge with the built-in ones. A company's CI runs this for its
/// own plugin without writing a test.
@Suite("Compiled-in plugins")
struct RegistryPluginsTests {
    @Test("Every plugin loads, and its curricula merge with the built-in ones without a problem")
    func everyPluginMerges() throws {
        var sources: [CurriculumSource] = []
        for embedded in Registry.builtinCurricula {
            sources.append(
                CurriculumSource(
                    name: embedded.path, origin: .builtin,
                    curriculum: try Curriculum(json: Array(embedded.json.utf8), source: embedded.path)))
        }
        #expect(!ShippedExample.isPresent || Registry.plugins.contains { $0.name == "ExampleCo" })
        for plugin in Registry.plugins {
            #expect(!plugin.name.isEmpty && !plugin.version.isEmpty && !plugin.summary.isEmpty)
            do {
                for curriculum in try plugin.curricula() {
                    sources.append(CurriculumSource(name: "plugin \(plugin.name)", origin: .plugin, curriculum: curriculum))
                }
            } catch {
                Issue.record("plugin \(plugin.name) throws: \(error)")
            }
        }
        do {
            _ = try Catalog(sources: sources)
        } catch {
            Issue.record("the plugins' curricula do not merge with the built-in ones:\n\(error)")
        }
    }
}
