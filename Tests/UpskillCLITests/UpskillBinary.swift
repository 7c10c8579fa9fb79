import Foundation

/// Runs the built `upskill` binary, as a person or a script would, with its own
/// `UPSKILL_HOME` so no test touches real saved state.
///
/// The binary runs without the plugin modules compiled into it (`UPSKILL_NO_PLUGINS`):
/// these tests are about the built-in curricula, and a company's plugin — broken, or just
/// extending a built-in skill — must not fail them. Each registered plugin has its own
/// test (`RegistryPluginsTests`); plugins through the command line are tested in process
/// (`PluginsCommandTests`).
struct UpskillBinary {
    /// What a run printed and how it exited.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary beside the test bundle (`swift test` builds both into one folder).
    static let url: URL = {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        // On Linux the test runner is `….xctest` in the products folder; elsewhere it is
        // nested in a bundle.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("upskill").path),
            folder.pathComponents.count > 1
        {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("upskill")
    }()

    /// A fresh, empty folder for `UPSKILL_HOME` and scratch files.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("upskill-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs `upskill` with the arguments, a clean environment plus `environment`, and the
    /// working directory `directory`.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], directory: URL? = nil,
        executable: URL = UpskillBinary.url
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var variables = [
            "PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "UPSKILL_HOME": "/nonexistent-upskill-home",
            "UPSKILL_NO_PLUGINS": "1",
        ]
        variables.merge(environment) { _, new in new }
        process.environment = variables
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes to the end before waiting, concurrently, so that neither a large
        // output nor a large error stream can block the child.
        let errorData = ErrorCollector()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            errorData.set(err.fileHandleForReading.readDataToEndOfFile())
        }
        let outputData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData.get(), as: UTF8.self))
    }
}

extension UpskillBinary {
    /// Runs `upskill` with its standard output on `/dev/full` (a full disk), as a shell's
    /// `> /dev/full` would: what it says on standard error and how it exits.
    static func runWritingToFullDevice(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", #"exec "$0" "$@" > /dev/full"#, url.path] + arguments
        process.environment = [
            "PATH": "/usr/bin:/bin", "UPSKILL_HOME": "/nonexistent-upskill-home", "UPSKILL_NO_PLUGINS": "1",
        ]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: message, as: UTF8.self))
    }
}

/// Holds the error stream read on another thread.
private final class ErrorCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ value: Data) { lock.withLock { data = value } }
    func get() -> Data { lock.withLock { data } }
}
