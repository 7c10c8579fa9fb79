import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory remove-curriculum NAME`: takes a
/// curriculum plugin module out of the package — its folder of `Plugins/`, its name in
/// `Package.swift`'s `curriculumPlugins`, and its registry entry — by running
/// `upskill-new-curriculum --remove`. For example, to leave the ExampleCo example out of a
/// company's build.
@main
struct RemoveCurriculum: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "upskill-new-curriculum")
        let process = Process()
        process.executableURL = tool.url
        process.arguments = [context.package.directoryURL.path, "--remove"] + arguments
        // The tool's messages are for the user; report its failure as this command's error,
        // once, rather than as a bare exit status.
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw RemoveCurriculumError(message: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}

/// The tool's error message, as the command's.
struct RemoveCurriculumError: Error, CustomStringConvertible {
    var message: String

    var description: String {
        message.isEmpty ? "upskill-new-curriculum --remove failed" : message
    }
}
