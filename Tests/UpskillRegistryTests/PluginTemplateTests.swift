import Foundation
import Testing
import UpskillCurriculum
import UpskillGraph
import UpskillRegistry
import UpskillRegistryGenerator

#if canImport(ExampleCo)
import ExampleCo
#endif

/// The template `new-curriculum` writes: the shipped example is that template, it
/// compiles for other names, and its curriculum merges with the built-in one.
@Suite("Plugin template")
struct PluginTemplateTests {
    static let packageRoot = RegistryFreshnessTests.packageRoot

    @Test("Plugins/ExampleCo is exactly the template for the name ExampleCo", .enabled(if: ShippedExample.isPresent, "the ExampleCo example plugin was removed"))
    func exampleIsTheTemplate() throws {
        let template = PluginTemplate(name: try PluginName("ExampleCo"), isShippedExample: true)
        let url = Self.packageRoot.appendingPathComponent(template.path)
        if ProcessInfo.processInfo.environment["UPSKILL_UPDATE_EXAMPLE"] == "1" {
            try template.source.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let shipped = try String(contentsOf: url, encoding: .utf8)
        #expect(
            shipped == template.source,
            "\(template.path) differs from PluginTemplate: after changing the template, run UPSKILL_UPDATE_EXAMPLE=1 swift test --filter PluginTemplateTests and review the diff"
        )
    }

    @Test("A company's template differs from the example only in its comments, summary and extended skill")
    func companyTemplateMatchesExample() throws {
        let example = PluginTemplate(name: try PluginName("Acme"), isShippedExample: true).source
        let company = PluginTemplate(name: try PluginName("Acme")).source
        let exampleCode = example.split(separator: "\n").filter { !$0.hasPrefix("//") && !$0.hasPrefix("///") }
        let companyCode = company.split(separator: "\n").filter { !$0.hasPrefix("//") && !$0.hasPrefix("///") }
        let differences = zip(exampleCode, companyCode).filter { $0 != $1 }.map { $0.1.trimmingCharacters(in: .whitespaces) }
        #expect(exampleCode.count == companyCode.count)
        #expect(
            differences == [
                #"public var summary: String { "Acme's platform skills, the acme-ml-engineer role and Acme's courses." }"#,
                #""dashboards""#,
                #"// At Acme, dashboards are published on the platform, so they need its basics first."#,
                #"Extend("dashboards") {"#,
                #""acme-platform-basics""#,
                #""acme-dashboards", title: "Dashboards on Acme's platform", kind: .docs,"#,
                #"url: "https://docs.acme.example/dashboards", hours: 2, cost: 0)"#,
            ])
        #expect(!company.contains("fictional"))
        #expect(example.contains("fictional company"))
    }

    @Test("The example plugin's curricula merge with the built-in ones and plan", .enabled(if: ShippedExample.isPresent, "the ExampleCo example plugin was removed"))
    func examplePluginIsValid() throws {
        #if canImport(ExampleCo)
        let example = ExampleCoPlugin()
        #expect(example.summary.hasPrefix("Example plugin: "))
        var sources: [CurriculumSource] = []
        for embedded in Registry.builtinCurricula {
            sources.append(
                CurriculumSource(
                    name: embedded.path, origin: .builtin,
                    curriculum: try Curriculum(json: Array(embedded.json.utf8), source: embedded.path)))
        }
        for curriculum in try example.curricula() {
            sources.append(CurriculumSource(name: "plugin ExampleCo", origin: .plugin, curriculum: curriculum))
        }
        let catalog: Catalog
        do {
            catalog = try Catalog(sources: sources)
        } catch {
            Issue.record("the example plugin does not merge with the built-in curricula:\n\(error)")
            return
        }
        #expect(catalog.role("example-co-ml-engineer") != nil)
        let extended = Int(try #require(catalog.skill("recommender-systems")))
        let featureStore = try #require(catalog.skill("example-co-feature-store"))
        #expect(catalog.requirements.items(of: extended).contains { catalog.requirements.members(of: $0).contains(featureStore) })
        // The example stays in every build: its extension must not reach the built-in roles,
        // nor the role the template gives a company's plugin.
        let company = PluginTemplate(name: try PluginName("Acme"))
        #expect(company.extensionExample.skill != "recommender-systems")
        for role in catalog.roles where role.id != "example-co-ml-engineer" {
            let index = try #require(catalog.role(role.id))
            var reachable: Set<Int32> = []
            var stack = catalog.roleRequirements.items(of: Int(index)).flatMap { catalog.roleRequirements.members(of: $0) }
            while let skill = stack.popLast() {
                guard reachable.insert(skill).inserted else { continue }
                for item in catalog.requirements.items(of: Int(skill)) {
                    stack += catalog.requirements.members(of: item)
                }
            }
            #expect(
                !reachable.contains(try #require(catalog.skill("recommender-systems"))),
                "role \(role.id) needs recommender-systems, which the example plugin extends")
            // Nor does a new company plugin's extension change the built-in roadmaps.
            #expect(
                !reachable.contains(try #require(catalog.skill(company.extensionExample.skill))),
                "role \(role.id) needs \(company.extensionExample.skill), which the template extends")
        }
        #endif
    }

    /// The compiler for the test's own toolchain: `swiftc` on the `PATH` `swift test` ran with.
    static func swiftc() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("swiftc") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    @Test("The template compiles for other names, against the built UpskillCurriculum module")
    func templateCompiles() throws {
        // The test bundle sits in the build products folder, beside Modules/.
        var products = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: products.appendingPathComponent("Modules/UpskillCurriculum.swiftmodule").path),
            products.pathComponents.count > 1
        {
            products.deleteLastPathComponent()
        }
        let modules = products.appendingPathComponent("Modules")
        let compiler = try #require(Self.swiftc(), "swiftc is not on the PATH")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("upskill-template-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for name in ["Acme", "ACMELabs2", "Big_Corp"] {
            let template = PluginTemplate(name: try PluginName(name))
            let file = folder.appendingPathComponent("\(name)Plugin.swift")
            try template.source.write(to: file, atomically: true, encoding: .utf8)
            files.append(file.path)
        }
        let process = Process()
        process.executableURL = compiler
        process.arguments = ["-typecheck", "-I", modules.path, "-module-name", "Acme", "-warnings-as-errors"] + files
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "the template does not compile:\n\(text)")
    }
}
