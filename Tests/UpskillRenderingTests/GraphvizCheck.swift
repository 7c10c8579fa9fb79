import Foundation
import Testing

/// Runs Graphviz's `dot` when it is installed (tests that need it pass without it).
enum GraphvizCheck {
    /// `dot`'s path, if installed.
    static let dot: String? = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Expects `dot -Tsvg` to accept the text with no message at all, and returns the SVG.
    @discardableResult
    static func expectRenders(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String? {
        guard let dot else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let writer = Thread {
            input.fileHandleForWriting.write(Data(text.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let errors = ErrorReader(error.fileHandleForReading)
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let messages = String(decoding: errors.wait(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "dot failed: \(messages)", sourceLocation: sourceLocation)
        #expect(messages.isEmpty, "dot warned: \(messages)", sourceLocation: sourceLocation)
        return String(decoding: svg, as: UTF8.self)
    }

    /// Reads a pipe to its end on another thread.
    private final class ErrorReader: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread {
                self.data = handle.readDataToEndOfFile()
                self.done.signal()
            }.start()
        }

        func wait() -> Data {
            done.wait()
            return data
        }
    }
}
