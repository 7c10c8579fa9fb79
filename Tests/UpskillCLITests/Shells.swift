import Foundation

/// Shells and terminal tools installed on this machine, for tests that need them (and
/// skip without them: CI machines may have bash only).
enum Shells {
    /// The full path of an executable found in `PATH` or the usual folders, if any.
    static func path(of name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
            + ["/usr/bin", "/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        return folders.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let bash = path(of: "bash")
    static let zsh = path(of: "zsh")
    static let fish = path(of: "fish")
    /// util-linux `script`, which runs a command on a pseudo-terminal (`script -qec CMD
    /// /dev/null`); the BSD one on macOS takes other arguments, so Linux only.
    #if os(Linux)
        static let script = path(of: "script")
    #else
        static let script: String? = nil
    #endif

    /// Runs `executable` with `arguments` in a clean environment plus `environment`.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws
        -> UpskillBinary.Result
    {
        try UpskillBinary.run(arguments, environment: environment, executable: URL(fileURLWithPath: executable))
    }

    /// A scratch file with `text`, removed by the caller.
    static func file(_ text: String, named name: String) throws -> URL {
        let url = try UpskillBinary.temporaryFolder().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }
}
