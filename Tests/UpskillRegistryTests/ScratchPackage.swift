import Foundation

/// A throwaway folder shaped like the package — `Package.swift`, `Curricula/`, `Plugins/`
/// and `Sources/UpskillRegistry/` — for the generator and scaffold tests.
struct ScratchPackage {
    let root: URL

    /// A manifest with the plugin list, as the real one has it.
    static let manifest = """
        // swift-tools-version: 6.1
        import PackageDescription

        let curriculumPlugins: [String] = [
        ]

        let package = Package(name: "Scratch", targets: [])

        """

    init(manifest: String = ScratchPackage.manifest) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "upskill-scratch-\(UUID().uuidString)", isDirectory: true)
        for folder in ["Curricula", "Plugins/GenerateRegistry", "Sources/UpskillRegistry"] {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try write("Package.swift", manifest)
        try write("Curricula/x.json", #"{"curriculum": "x", "title": "X"}"#)
        try write("Plugins/GenerateRegistry/plugin.swift", "import PackagePlugin\n")
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
