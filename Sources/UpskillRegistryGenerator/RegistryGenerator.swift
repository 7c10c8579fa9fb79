import Foundation

/// Writes `Sources/UpskillRegistry/Registry+Generated.swift`: the curricula of
/// `Curricula/*.json`, decoded and checked here and written as Swift values (with their
/// text, for locating diagnostics), and the plugin modules of `Plugins/`, less the examples.
///
/// A curriculum file with errors stops generation with its diagnostics
/// (``InvalidCurriculaError``), so `upskill` never embeds one and need not check it again.
///
/// An example plugin (`Plugins/ExampleCo`) is listed in `Package.swift`'s
/// `examplePlugins`: built and tested, but not registered, so that no fictional company
/// reaches a user's catalog. Listing it in `curriculumPlugins` as well registers it.
///
/// The same code runs in the `generate-registry` command plugin (through the
/// `upskill-generate-registry` tool) and in the test that fails when the checked-in file
/// is stale, so the two cannot disagree.
package struct RegistryGenerator {
    /// The package's root folder.
    package let packageRoot: URL

    /// The generated file, relative to the package root.
    package static let outputPath = "Sources/UpskillRegistry/Registry+Generated.swift"
    /// The command that regenerates it.
    package static let command = "swift package --allow-writing-to-package-directory generate-registry"

    package init(packageRoot: URL) {
        self.packageRoot = packageRoot
    }

    /// The names of the plugin modules the registry lists: those of ``pluginFolders()``
    /// but the examples, sorted.
    package func pluginModules() throws -> [String] {
        let examples = try unregisteredExamples()
        return try pluginFolders().filter { !examples.contains($0) }
    }

    /// The examples that are not registered: the names of `Package.swift`'s
    /// `examplePlugins` that its `curriculumPlugins` does not list too. None when the
    /// manifest has no `examplePlugins`.
    package func unregisteredExamples() throws -> Set<String> {
        let manifestURL = packageRoot.appendingPathComponent("Package.swift")
        guard let manifest = try? String(contentsOf: manifestURL, encoding: .utf8),
            manifest.contains(ManifestPluginList.exampleDeclaration)
        else { return [] }
        let examples = try ManifestPluginList(manifest: manifest, declaration: ManifestPluginList.exampleDeclaration)
        let registered = try ManifestPluginList(manifest: manifest).names
        return Set(examples.names.filter { !registered.contains($0) })
    }

    /// The names of every curriculum plugin module, examples included: the folders of
    /// `Plugins/` whose Swift sources do not import `PackagePlugin` (those are SwiftPM
    /// plugins), sorted.
    package func pluginFolders() throws -> [String] {
        let plugins = packageRoot.appendingPathComponent("Plugins")
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: plugins.path) else { return [] }
        var modules: [String] = []
        for name in try fileManager.contentsOfDirectory(atPath: plugins.path).sorted() where !name.hasPrefix(".") {
            let folder = plugins.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                continue
            }
            let sources = try swiftFiles(in: folder)
            guard !sources.isEmpty else { continue }
            let isPackagePlugin = try sources.contains { file in
                try String(contentsOf: file, encoding: .utf8).contains("import PackagePlugin")
            }
            if !isPackagePlugin { modules.append(name) }
        }
        return modules
    }

    /// The built-in curriculum files, as (path relative to the package, contents), sorted.
    package func curricula() throws -> [(path: String, contents: String)] {
        let folder = packageRoot.appendingPathComponent("Curricula")
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }
            .sorted()
            .map { name in
                ("Curricula/" + name, try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            }
    }

    /// The generated source for the package as it is on disk.
    /// - Throws: ``InvalidCurriculaError`` when a curriculum of `Curricula/` has errors, or
    ///   the error of a file that cannot be read.
    package func generate() throws -> String {
        Self.source(pluginModules: try pluginModules(), curricula: try CheckedCurriculum.check(try curricula()))
    }

    /// Writes the generated file if its contents changed.
    /// - Returns: Whether the file was written.
    @discardableResult
    package func write() throws -> Bool {
        let source = try generate()
        let output = packageRoot.appendingPathComponent(Self.outputPath)
        if let existing = try? String(contentsOf: output, encoding: .utf8), existing == source { return false }
        try source.write(to: output, atomically: true, encoding: .utf8)
        return true
    }

    /// What is wrong with the checked-in registry, or `nil` when it is what the generator
    /// would write now. The message names the file and the command that fixes it.
    package func stalenessProblem() throws -> String? {
        let expected = try generate()
        let output = packageRoot.appendingPathComponent(Self.outputPath)
        guard let actual = try? String(contentsOf: output, encoding: .utf8) else {
            return "\(Self.outputPath) is missing: run `\(Self.command)` and commit the result"
        }
        guard actual != expected else { return nil }
        return "\(Self.outputPath) is stale: it does not match Curricula/, Plugins/ and Package.swift's plugin lists; run `\(Self.command)` and commit the result"
    }

    /// What is wrong with `Package.swift`'s `curriculumPlugins` and `examplePlugins`
    /// lists, or `nil` when together they list exactly the plugin modules of `Plugins/`. A
    /// folder missing from both would be silently left out of the build.
    package func manifestProblem() throws -> String? {
        let modules = try pluginFolders()
        let manifest = try String(contentsOf: packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        let registered = try ManifestPluginList(manifest: manifest).names
        let examples =
            manifest.contains(ManifestPluginList.exampleDeclaration)
            ? try ManifestPluginList(manifest: manifest, declaration: ManifestPluginList.exampleDeclaration).names : []
        var problems: [String] = []
        let unlisted = modules.filter { !registered.contains($0) && !examples.contains($0) }
        if !unlisted.isEmpty {
            problems.append(
                "Plugins/ holds \(unlisted.map { "\"\($0)\"" }.joined(separator: ", ")), which Package.swift's curriculumPlugins does not list: add each name to the list (`swift package --allow-writing-to-package-directory new-curriculum NAME` does this for a new plugin)")
        }
        for (list, names) in [("curriculumPlugins", registered), ("examplePlugins", examples)] {
            let folderless = names.filter { !modules.contains($0) }
            if !folderless.isEmpty {
                problems.append(
                    "Package.swift's \(list) lists \(folderless.map { "\"\($0)\"" }.joined(separator: ", ")), for which Plugins/ has no curriculum plugin module: remove the names or add the folders")
            }
        }
        return problems.isEmpty ? nil : problems.joined(separator: "\n")
    }

    /// The generated source for the given plugin modules and checked curriculum files.
    package static func source(pluginModules: [String], curricula: [CheckedCurriculum]) -> String {
        var lines = [
            "// Generated by `\(command)`.",
            "// Do not edit: add curricula to Curricula/ and plugins to Plugins/, then run the command again.",
            "",
            "import UpskillCurriculum",
            "import UpskillGraph",
        ]
        lines += pluginModules.map { "import \($0)" }
        lines += [
            "",
            "extension Registry {",
            "    /// The curriculum plugin modules of `Plugins/` that `Package.swift`'s",
            "    /// `curriculumPlugins` lists (not the examples), by module name.",
            "    package static let plugins: [any CurriculumPlugin] = [",
        ]
        lines += pluginModules.map { "        \($0)Plugin()," }
        lines += [
            "    ]",
            "",
            "    /// The files of `Curricula/`, decoded and checked when this file was generated,",
            "    /// each with its text (parsed only to locate a diagnostic).",
            "    package static let builtinCurricula: [EmbeddedCurriculum] = [",
        ]
        for (index, curriculum) in curricula.enumerated() {
            let hashes = String(repeating: "#", count: longestRunOfHashes(in: curriculum.contents) + 1)
            let contents = curriculum.contents.hasSuffix("\n") ? curriculum.contents : curriculum.contents + "\n"
            lines.append("        EmbeddedCurriculum(")
            lines.append("            path: \(stringLiteral(curriculum.path)),")
            lines.append("            curriculum: \(functionName(index))(),")
            lines.append("            isPrevalidated: \(curriculum.isPrevalidated),")
            lines.append("            json: \(hashes)\"\"\"")
            lines.append(contents + "\"\"\"\(hashes)")
            lines.append("        ),")
        }
        lines += ["    ]", ""]
        lines += CatalogSnapshotSwiftSource.function(curricula: curricula)
        lines += ["}", ""]
        for (index, curriculum) in curricula.enumerated() {
            lines.append("extension Registry {")
            lines += CurriculumSwiftSource.function(
                named: functionName(index), path: curriculum.path, building: curriculum.curriculum)
            lines += ["}", ""]
        }
        return lines.joined(separator: "\n")
    }

    /// The name of the function that builds the curriculum of the `index`th file.
    static func functionName(_ index: Int) -> String {
        "builtinCurriculum\(index + 1)"
    }

    /// The longest run of `#` in the text: a raw string delimited by one more `#` than
    /// that can hold it verbatim.
    static func longestRunOfHashes(in text: String) -> Int {
        var longest = 0, current = 0
        for byte in text.utf8 {
            current = byte == UInt8(ascii: "#") ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }

    static func stringLiteral(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private func swiftFiles(in folder: URL) throws -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return []
        }
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
    }
}
