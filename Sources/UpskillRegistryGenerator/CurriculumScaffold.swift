import Foundation

/// Adds a company's curriculum plugin to the package in one step: writes
/// `Plugins/<Name>/<Name>Plugin.swift` from ``PluginTemplate``, appends the name to
/// `curriculumPlugins` in `Package.swift`, and regenerates the registry; or removes one
/// the same way.
///
/// This is the work of `swift package --allow-writing-to-package-directory new-curriculum
/// NAME` (and `remove-curriculum NAME`), kept in a library so that tests can run it on a
/// scratch folder.
package struct CurriculumScaffold {
    /// The package's root folder.
    package let packageRoot: URL
    /// Names the package already uses for targets and products, which a new module may
    /// not take.
    package var takenNames: Set<String> = []

    /// The command that runs the scaffold.
    package static let command = "swift package --allow-writing-to-package-directory new-curriculum"
    /// The command that removes a plugin.
    package static let removeCommand = "swift package --allow-writing-to-package-directory remove-curriculum"

    package init(packageRoot: URL, takenNames: Set<String> = []) {
        self.packageRoot = packageRoot
        self.takenNames = takenNames
    }

    /// What ``create(_:)`` did.
    package struct Created: Sendable {
        /// The template that was written.
        package var template: PluginTemplate
        /// Whether the registry file changed.
        package var registryWritten: Bool
        /// The plugin modules the registry now lists.
        package var pluginModules: [String]
    }

    /// Checks that `name` can be a new plugin: spelled as a module name, and not used by
    /// the manifest's list, a folder of `Plugins/` or a target (letter case aside, as on a
    /// case-insensitive file system).
    /// - Throws: ``ScaffoldError`` saying what is wrong.
    /// - Returns: The checked name and the manifest's plugin list.
    package func check(_ name: String) throws(ScaffoldError) -> (PluginName, ManifestPluginList) {
        let pluginName = try PluginName(name)
        let (_, manifest) = try readManifest()
        let list = try ManifestPluginList(manifest: manifest)
        let lowercased = name.lowercased()
        if list.names.contains(where: { $0.lowercased() == lowercased }) {
            throw ScaffoldError(
                "'\(name)' is already a curriculum plugin: it is listed in Package.swift's curriculumPlugins; edit Plugins/\(name)/ or choose another name")
        }
        let plugins = packageRoot.appendingPathComponent("Plugins")
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: plugins.path)) ?? []
        if let folder = folders.first(where: { $0.lowercased() == lowercased }) {
            throw ScaffoldError("Plugins/\(folder) already exists; choose another name, or remove the folder first")
        }
        if let taken = takenNames.first(where: { $0.lowercased() == lowercased }) {
            throw ScaffoldError("'\(taken)' is already a target of this package; choose another name, e.g. \(name)Co")
        }
        return (pluginName, list)
    }

    /// Writes the plugin, lists it in the manifest and regenerates the registry.
    /// - Throws: ``ScaffoldError``; when writing fails part way, what was written is removed.
    package func create(_ name: String) throws(ScaffoldError) -> Created {
        let (pluginName, list) = try check(name)
        let template = PluginTemplate(name: pluginName)
        let folder = packageRoot.appendingPathComponent("Plugins").appendingPathComponent(pluginName.module)
        let file = packageRoot.appendingPathComponent(template.path)
        let manifestURL = packageRoot.appendingPathComponent("Package.swift")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try template.source.write(to: file, atomically: true, encoding: .utf8)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw ScaffoldError("cannot write \(template.path): \(error.localizedDescription)")
        }
        do {
            try list.appending(pluginName.module).write(to: manifestURL, atomically: true, encoding: .utf8)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw ScaffoldError("cannot write Package.swift: \(error.localizedDescription); nothing was changed")
        }
        let generator = RegistryGenerator(packageRoot: packageRoot)
        do {
            let written = try generator.write()
            return Created(template: template, registryWritten: written, pluginModules: try generator.pluginModules())
        } catch {
            throw ScaffoldError(
                "wrote \(template.path) and listed it in Package.swift, but cannot regenerate \(RegistryGenerator.outputPath): \(error.localizedDescription); fix that, then run `\(RegistryGenerator.command)`"
            )
        }
    }

    /// What ``remove(_:)`` did.
    package struct Removed: Sendable {
        /// The folder that was removed, e.g. `Plugins/ExampleCo`, if there was one.
        package var folder: String?
        /// Whether the name was taken out of `curriculumPlugins`.
        package var wasListed: Bool
        /// The plugin modules the registry now lists.
        package var pluginModules: [String]
    }

    /// Removes a curriculum plugin: its folder of `Plugins/`, its name in
    /// `curriculumPlugins` (and in `examplePlugins`, for an example), and its entry in the
    /// registry.
    /// - Throws: ``ScaffoldError`` when `name` is not a curriculum plugin (SwiftPM plugins
    ///   such as `GenerateRegistry` are refused) or a file cannot be changed.
    package func remove(_ name: String) throws(ScaffoldError) -> Removed {
        let (manifestURL, manifest) = try readManifest()
        let list = try ManifestPluginList(manifest: manifest)
        let generator = RegistryGenerator(packageRoot: packageRoot)
        let modules: [String]
        do {
            modules = try generator.pluginFolders()
        } catch {
            throw ScaffoldError("cannot list Plugins/: \(error.localizedDescription)")
        }
        let folder = packageRoot.appendingPathComponent("Plugins").appendingPathComponent(name)
        let folderExists = FileManager.default.fileExists(atPath: folder.path)
        if folderExists && !modules.contains(name) {
            throw ScaffoldError("Plugins/\(name) is not a curriculum plugin module (it is a SwiftPM plugin, or holds no Swift source); it stays")
        }
        // An example is listed in examplePlugins, and in curriculumPlugins too once registered.
        let examples = try? ManifestPluginList(manifest: manifest, declaration: ManifestPluginList.exampleDeclaration)
        let unlisted = list.removing(name) ?? manifest
        let withoutExample = (try? ManifestPluginList(manifest: unlisted, declaration: ManifestPluginList.exampleDeclaration))?
            .removing(name)
        let isListed = list.names.contains(name) || examples?.names.contains(name) == true
        guard let edited = withoutExample ?? (isListed || folderExists ? unlisted : nil) else {
            let known = modules.isEmpty ? "there are none" : "they are " + modules.joined(separator: ", ")
            throw ScaffoldError("'\(name)' is not a curriculum plugin of this package: \(known)")
        }
        if folderExists {
            do {
                try FileManager.default.removeItem(at: folder)
            } catch {
                throw ScaffoldError("cannot remove Plugins/\(name): \(error.localizedDescription); nothing else was changed")
            }
        }
        do {
            if edited != manifest { try edited.write(to: manifestURL, atomically: true, encoding: .utf8) }
            try generator.write()
            return Removed(
                folder: folderExists ? "Plugins/\(name)" : nil, wasListed: edited != manifest,
                pluginModules: try generator.pluginModules())
        } catch {
            throw ScaffoldError(
                "removed Plugins/\(name), but cannot update Package.swift or \(RegistryGenerator.outputPath): \(error.localizedDescription); remove \"\(name)\" from curriculumPlugins and run `\(RegistryGenerator.command)`"
            )
        }
    }

    /// The package's `Package.swift`: where it is and its text.
    private func readManifest() throws(ScaffoldError) -> (url: URL, text: String) {
        let url = packageRoot.appendingPathComponent("Package.swift")
        do {
            return (url, try String(contentsOf: url, encoding: .utf8))
        } catch {
            throw ScaffoldError("cannot read \(url.path): \(error.localizedDescription)")
        }
    }
}
