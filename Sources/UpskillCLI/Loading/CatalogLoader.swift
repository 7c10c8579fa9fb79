#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import UpskillCurriculum
import UpskillGraph
import UpskillRegistry

/// Loads the catalog a command plans over: the built-in curricula, the plugin modules,
/// the JSON files of the user's curricula folder, and `--curriculum` files and folders.
///
/// Every source is checked by the same rules, and a conflict between two sources names
/// both. Plugin failures are contained: a plugin that throws, or whose curricula are
/// invalid, is named in a warning and left out, unless ``strict`` is set. So is a file of
/// the user's curricula folder that cannot be read or has errors: progress commands keep
/// working, and progress on the skills only it defined is kept (and shown as such).
package struct CatalogLoader: Sendable {
    /// Whether to load the curricula compiled into upskill (`--no-builtin` turns it off).
    package var includeBuiltin = true
    /// Whether to load the plugin modules.
    package var includePlugins = true
    /// The plugin modules to load: none unless set. The command line sets those of its
    /// ``Environment``: the ones compiled into upskill.
    package var plugins: [any CurriculumPlugin] = []
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
        /// Problems that did not stop loading, e.g. a plugin that threw, each ready to print.
        package var warnings: [String]
        /// What became of every plugin module.
        package var plugins: [PluginReport]
    }

    /// Loads, checks and merges every source.
    /// - Throws: ``CLIError`` — 66 for a missing file, 74 for an unreadable one, 65 with
    ///   every diagnostic for invalid curricula or (with ``strict``) a failing plugin.
    package func load() throws(CLIError) -> Loaded {
        if let catalog = builtinCatalogAlone() { return Loaded(catalog: catalog, warnings: [], plugins: []) }
        return try merge(try inventory())
    }

    /// The catalog of the built-in curricula as merged when the registry was generated,
    /// when nothing else loads (no plugin, no `--curriculum`, no curricula folder): the
    /// catalog ``merge(_:)`` would make of them, without building their curricula.
    private func builtinCatalogAlone() -> Catalog? {
        guard includeBuiltin, !includePlugins || plugins.isEmpty, paths.isEmpty,
            userFolder.map({ !ProcessPlatform.fileExists($0) }) ?? true,
            let snapshot = Registry.builtinCatalogSnapshot()
        else { return nil }
        return Catalog(snapshot: snapshot)
    }

    /// Finds and reads every source without merging them.
    /// - Throws: ``CLIError`` — 66 for a missing file, 74 for an unreadable one, 65 for a
    ///   plugin that throws with ``strict``.
    package func inventory() throws(CLIError) -> CurriculumInventory {
        var inventory = CurriculumInventory()
        if includeBuiltin {
            // Decoded and checked when the registry was generated: no parsing here, and
            // the text is parsed only if a diagnostic needs a line in it.
            for embedded in Registry.builtinCurricula {
                let json = embedded.json
                inventory.sources.append(
                    CurriculumSource(
                        name: embedded.path, origin: .builtin, curriculum: embedded.curriculum,
                        locate: { paths in JSONDocument.locator(for: Array(json.utf8))(paths) },
                        isPrevalidated: embedded.isPrevalidated))
            }
        }
        if includePlugins {
            for plugin in plugins {
                var report = PluginReport(
                    name: plugin.name, version: plugin.version, summary: plugin.summary, curricula: [],
                    outcome: .loaded)
                do {
                    report.curricula = try plugin.curricula()
                    for curriculum in report.curricula {
                        inventory.sources.append(
                            CurriculumSource(name: report.sourceName, origin: .plugin, curriculum: curriculum))
                    }
                } catch {
                    let message = "\(report.sourceName) failed to load its curricula: \(error)"
                    if strict { throw CLIError(message, exitCode: .dataError) }
                    report.outcome = .failed("\(error)")
                    inventory.warnings.append("warning: \(message); continuing without it (--strict stops here)")
                }
                inventory.plugins.append(report)
            }
        }
        var files: [String] = []
        if let userFolder, FileManager.default.fileExists(atPath: userFolder) {
            let userFiles = try jsonFiles(inFolder: userFolder)
            files += userFiles
            inventory.userFiles = Set(userFiles)
        }
        for path in paths {
            guard let isFolder = Self.isFolder(path) else {
                throw CLIError("no such curriculum file or folder: \(path)", exitCode: .noInput)
            }
            let given = isFolder ? try jsonFiles(inFolder: path) : [path]
            files += given
            // A file named on the command line is checked strictly, like any given file.
            inventory.userFiles.subtract(given)
        }
        // A file of the user's folder named again (`upskill validate FILE`, as the warning
        // for a broken one advises) is loaded once.
        var seen: Set<String> = []
        files = files.filter { seen.insert($0).inserted }
        for file in files {
            guard let bytes = CurriculumFile.read(file) else {
                if !strict && inventory.userFiles.contains(file) {
                    inventory.warnings.append(Self.leftOutWarning(file, "cannot read it"))
                    inventory.userFiles.remove(file)
                    continue
                }
                throw CLIError("cannot read \(file): check that it is a readable file", exitCode: .ioError)
            }
            decode(bytes, name: file, origin: .file, into: &inventory)
        }
        return inventory
    }

    /// Checks and merges what ``inventory()`` found into one catalog.
    ///
    /// A plugin whose curricula have errors (its own, or a conflict with a source loaded
    /// before it) is left out with a warning that lists them, and the rest is merged
    /// again; with ``strict`` its errors stop loading instead. Errors in any other source
    /// always stop loading.
    /// - Throws: ``CLIError`` (65) with every diagnostic, after the warnings so far.
    package func merge(_ inventory: CurriculumInventory) throws(CLIError) -> Loaded {
        var warnings = inventory.warnings
        var sources = inventory.sources
        var shapeProblems = inventory.diagnostics
        // The user's own files with syntax or shape errors are left out first.
        if !strict {
            let broken = Set(shapeProblems.filter { $0.severity == .error }.map(\.source))
                .intersection(inventory.userFiles)
            for name in broken.sorted() {
                leaveOut(name, problems: shapeProblems, sources: &sources, warnings: &warnings)
            }
            shapeProblems.removeAll { broken.contains($0.source) }
        }
        if !shapeProblems.isEmpty {
            // Report shape problems together with what the whole catalog shows.
            var diagnostics = shapeProblems
            do throws(CurriculumError) {
                _ = try Catalog(sources: sources)
            } catch {
                diagnostics += error.diagnostics
            }
            throw Self.invalid(Array(Set(diagnostics)).sorted(), after: warnings)
        }
        var reports = inventory.plugins
        // The built-in curricula alone were merged when the registry was generated.
        if let snapshot = Registry.builtinCatalogSnapshot(), let catalog = Catalog(snapshot: snapshot, sources: sources) {
            return Loaded(catalog: catalog, warnings: warnings, plugins: reports)
        }
        var leftOut: [String] = []
        // Each pass leaves out at least one plugin, so this ends.
        while true {
            let diagnostics: [Diagnostic]
            do throws(CurriculumError) {
                return Loaded(catalog: try Catalog(sources: sources), warnings: warnings, plugins: reports)
            } catch {
                diagnostics = error.diagnostics
            }
            let errors = diagnostics.filter { $0.severity == .error }
            let pluginNames = Set(sources.filter { $0.origin == .plugin }.map(\.name))
            let failing = reports.indices.filter { index in
                pluginNames.contains(reports[index].sourceName)
                    && errors.contains { $0.source == reports[index].sourceName }
            }
            let failingFiles = strict ? [] : Set(errors.map(\.source)).intersection(
                sources.filter { $0.origin == .file && inventory.userFiles.contains($0.name) }.map(\.name)
            ).sorted()
            if strict || (failing.isEmpty && failingFiles.isEmpty) { throw Self.invalid(diagnostics, after: warnings) }
            for name in failingFiles {
                leaveOut(name, problems: diagnostics, sources: &sources, warnings: &warnings)
            }
            // Errors that appear only once another plugin is gone may come from depending on it.
            let cause = leftOut.isEmpty ? "" : "; it may build on \(leftOut.joined(separator: ", ")), left out above"
            for index in failing {
                let name = reports[index].sourceName
                let problems = diagnostics.filter { $0.source == name }
                let count = problems.filter { $0.severity == .error }.count
                reports[index].outcome = .leftOut(problems)
                sources.removeAll { $0.origin == .plugin && $0.name == name }
                warnings.append(
                    (["warning: \(name) is left out: its curricula have \(count) error\(count == 1 ? "" : "s")\(cause) (--strict stops here)"]
                        + problems.map(\.description)).joined(separator: "\n"))
            }
            leftOut += failing.map { reports[$0].sourceName }
        }
    }

    /// Leaves a file of the user's curricula folder out, with a one-line warning that
    /// names it, its first error and the command that lists them all.
    private func leaveOut(
        _ name: String, problems: [Diagnostic], sources: inout [CurriculumSource], warnings: inout [String]
    ) {
        sources.removeAll { $0.origin == .file && $0.name == name }
        let first = problems.filter { $0.source == name && $0.severity == .error }.sorted().first
        warnings.append(Self.leftOutWarning(name, first.map { $0.description } ?? "it has errors"))
    }

    /// `warning: left out FILE: PROBLEM; see every problem with 'upskill validate FILE'`,
    /// on one line.
    static func leftOutWarning(_ file: String, _ problem: String) -> String {
        let line = problem.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "warning: left out \(file): \(line); see every problem with 'upskill validate \(file)' (--strict stops here)"
    }

    private static func invalid(_ diagnostics: [Diagnostic], after warnings: [String]) -> CLIError {
        var error = CLIError.invalid(diagnostics)
        error.lines = warnings + error.lines
        return error
    }

    private func decode(_ bytes: [UInt8], name: String, origin: CurriculumSource.Origin, into inventory: inout CurriculumInventory) {
        let (curriculum, problems) = Curriculum.decodePartially(json: bytes, source: name)
        inventory.diagnostics += problems
        if let curriculum {
            // The locator keeps the path and a fingerprint, not the bytes: they go when
            // this returns.
            inventory.sources.append(
                CurriculumSource(
                    name: name, origin: origin, curriculum: curriculum,
                    locate: CurriculumFile.locator(path: name, bytes: bytes)))
        }
    }

    private func jsonFiles(inFolder folder: String) throws(CLIError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder)
                .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
                .sorted()
                .map { folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0 }
        } catch {
            throw CLIError("cannot list the curricula folder \(folder): \(Self.reason(error))", exitCode: .ioError)
        }
    }

    /// Whether `path` names a folder (following symbolic links); nil when nothing is there.
    private static func isFolder(_ path: String) -> Bool? {
        // FoundationEssentials takes a `Bool` where Foundation takes an `ObjCBool`.
        #if canImport(FoundationEssentials)
        var isDirectory = false
        #else
        var isDirectory: ObjCBool = false
        #endif
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        #if canImport(FoundationEssentials)
        return isDirectory
        #else
        return isDirectory.boolValue
        #endif
    }

    /// Why a file operation failed, in the C library's words when it says (`Not a
    /// directory`, `Permission denied`): `localizedDescription` needs all of Foundation
    /// and on Linux said only "The operation could not be completed".
    private static func reason(_ error: any Error) -> String {
        if let posix = (error as? CocoaError)?.underlying as? POSIXError {
            return ProcessPlatform.errorText(posix.code.rawValue)
        }
        return "\(error)"
    }
}
