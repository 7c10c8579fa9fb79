import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-registry`: regenerates the
/// registry of built-in curricula and plugin modules compiled into `upskill`.
@main
struct GenerateRegistry: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "upskill-generate-registry")
        let process = Process()
        process.executableURL = tool.url
        process.arguments = [context.package.directoryURL.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw GenerateRegistryError.toolFailed(status: process.terminationStatus)
        }
    }
}

enum GenerateRegistryError: Error, CustomStringConvertible {
    case toolFailed(status: Int32)

    var description: String {
        switch self {
        case .toolFailed(let status): "upskill-generate-registry failed with exit status \(status)"
        }
    }
}
