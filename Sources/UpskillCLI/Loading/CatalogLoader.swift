import Foundation
import UpskillCurriculum
import UpskillGraph
import UpskillRegistry

/// Loads the catalog a command plans over: the built-in curricula, the plugin modules,
/// the JSON files of the user's curricula folder, and `--curriculum` files and folders.
package struct CatalogLoader: Sendable {
    /// Whether to load the curricula compiled into upskill (`--no-builtin` turns it off).
    package var includeBuiltin = true
    /// Whether to load the plugin modules compiled into upskill.
    package var includePlugins = true
    /// Files and folders of JSON curricula given on the command line.
    package var paths: [String] = []
    /// The user's curricula folder (`$UPSKILL_HOME/curricula`); its `*.json` files load
    /// when it exists.
    package var userFolder: String?
    /// Whether a plugin that fails stops the command (`--strict`) rather than a warning.
    package var strict = false

    package init() {}

    /// What was loaded.
    package struct Loaded: Sendable {
        package var catalog: Catalog
        /// Problems that did not stop loading, e.g. a plugin that threw.
        package var warnings: [String]
    }

    /// Loads and validates every source.
    /// - Throws: ``CLIError`` — 66 for a missing file, 74 for an unreadable one, 65 with
    ///   every diagnostic for invalid curricula.
    package func load() throws(CLIError) -> Loaded {
        var sources: [CurriculumSource] = []
        var diagnostics: [Diagnostic] = []
        var warnings: [String] = []
        if includeBuiltin {
            for embedded in Registry.builtinCurricula {
                let bytes = Array(embedded.json.utf8)
                decode(bytes, name: embedded.path, origin: .builtin, into: &sources, diagnostics: &diagnostics)
            }
        }
        if includePlugins {
            for plugin in Registry.plugins {
                let name = "plugin \(plugin.name)"
                do {
                    for curriculum in try plugin.curricula() {
                        sources.append(CurriculumSource(name: name, origin: .plugin, curriculum: curriculum))
                    }
                } catch {
                    let message = "\(name) failed to load its curricula: \(error)"
                    if strict { throw CLIError(message, exitCode: .dataError) }
                    warnings.append("warning: \(message); continuing without it (--strict stops here)")
                }
            }
        }
        var files: [String] = []
        if let userFolder, FileManager.default.fileExists(atPath: userFolder) {
            files += try jsonFiles(inFolder: userFolder)
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError("no such curriculum file or folder: \(path)", exitCode: .noInput)
            }
            files += isDirectory.boolValue ? try jsonFiles(inFolder: path) : [path]
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIError("cannot read \(file): check that it is a readable file", exitCode: .ioError)
            }
            decode([UInt8](data), name: file, origin: .file, into: &sources, diagnostics: &diagnostics)
        }
        if !diagnostics.isEmpty {
            // Report shape problems together with what the whole catalog shows.
            do throws(CurriculumError) {
                _ = try Catalog(sources: sources)
            } catch {
                diagnostics += error.diagnostics
            }
            throw CLIError.invalid(Array(Set(diagnostics)).sorted())
        }
        do throws(CurriculumError) {
            return Loaded(catalog: try Catalog(sources: sources), warnings: warnings)
        } catch {
            throw CLIError.invalid(error.diagnostics)
        }
    }

    private func decode(
        _ bytes: [UInt8], name: String, origin: CurriculumSource.Origin, into sources: inout [CurriculumSource],
        diagnostics: inout [Diagnostic]
    ) {
        let (curriculum, problems) = Curriculum.decodePartially(json: bytes, source: name)
        diagnostics += problems
        if let curriculum {
            sources.append(
                CurriculumSource(
                    name: name, origin: origin, curriculum: curriculum, locate: JSONDocument.locator(for: bytes)))
        }
    }

    private func jsonFiles(inFolder folder: String) throws(CLIError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder)
                .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
                .sorted()
                .map { folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0 }
        } catch {
            throw CLIError("cannot list the curricula folder \(folder): \(error.localizedDescription)", exitCode: .ioError)
        }
    }
}
