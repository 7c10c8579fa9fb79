import Foundation

/// The trivial Foundation program linked the usual way (against the toolchain's shared
/// libraries), for comparison with a statically linked build.
enum DynamicBaseline {
    static let source = """
        import Foundation
        FileHandle.standardOutput.write(Data("hello\\n".utf8))
        """

    /// Compiles it with `swiftc -O` from `PATH` into `folder`; `nil` without a compiler.
    static func compile(in folder: URL) -> String? {
        let sourceFile = folder.appendingPathComponent("baseline.swift")
        let executable = folder.appendingPathComponent("baseline-dynamic").path
        guard (try? source.write(to: sourceFile, atomically: true, encoding: .utf8)) != nil,
            let result = try? ChildProcess(
                executable: "/usr/bin/env", arguments: ["swiftc", "-O", sourceFile.path, "-o", executable],
                environment: ProcessInfo.processInfo.environment
            ).run(),
            result.status == 0
        else { return nil }
        return executable
    }
}
