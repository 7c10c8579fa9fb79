import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory new-curriculum NAME`: adds a
/// company's curriculum plugin module — `Plugins/NAME/NAMEPlugin.swift` from a working,
/// commented template, `NAME` in `Package.swift`'s `curriculumPlugins`, and the regenerated
/// registry — by running `upskill-new-curriculum`.
@main
struct NewCurriculum: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "upskill-new-curriculum")
        let taken = context.package.targets.map(\.name) + context.package.products.map(\.name)
        let process = Process()
        process.executableURL = tool.url
        process.arguments = [context.package.directoryURL.path, "--taken", taken.joined(separator: ",")] + arguments
        // The tool's messages are for the user; report its failure as this command's error,
        // once, rather than as a bare exit status.
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw NewCurriculumError(message: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}

/// The tool's error message, as the command's.
struct NewCurriculumError: Error, CustomStringConvertible {
    var message: String

    var description: String {
        message.isEmpty ? "upskill-new-curriculum failed" : message
    }
}
