import Foundation
import UpskillRegistryGenerator

// Regenerates Sources/UpskillRegistry/Registry+Generated.swift for the package whose root
// is the first argument (the current folder by default). Run through
// `swift package --allow-writing-to-package-directory generate-registry`.

let root = CommandLine.arguments.dropFirst().first ?? FileManager.default.currentDirectoryPath
let generator = RegistryGenerator(packageRoot: URL(fileURLWithPath: root, isDirectory: true))
do {
    let modules = try generator.pluginModules()
    let curricula = try generator.curricula()
    let written = try generator.write()
    print(
        "\(written ? "wrote" : "unchanged:") \(RegistryGenerator.outputPath) (\(curricula.count) curricula, \(modules.count) plugin modules\(modules.isEmpty ? "" : ": " + modules.joined(separator: ", ")))"
    )
} catch {
    FileHandle.standardError.write(Data("upskill-generate-registry: error: \(error.localizedDescription)\n".utf8))
    exit(1)
}
