import Foundation
import Testing

/// `-o FILE` (issue 16, finding 3): regular files replaced atomically keeping their mode,
/// links written through, devices and FIFOs written in place, other special files refused.
@Suite("-o: files, links, devices and FIFOs (binary)")
struct OutputFileTests {
    static let plan = ["plan", "--from", "data-scientist", "--to", "ml-engineer", "--start", "2027-01-04", "--format", "csv"]

    @Test("-o /dev/full exits 74 with the system's reason, and /dev/null stays a device")
    func devices() throws {
        let full = try UpskillBinary.run(Self.plan + ["-o", "/dev/full"])
        #expect(full.status == 74)
        #expect(full.stderr == "error: cannot write '/dev/full': writing failed: No space left on device\n")
        let null = try UpskillBinary.run(Self.plan + ["-o", "/dev/null"])
        #expect(null.status == 0, "\(null.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/null")
        #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
    }

    @Test("-o /dev/stdout is standard output")
    func standardOutput() throws {
        let result = try UpskillBinary.run(Self.plan + ["-o", "/dev/stdout"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try UpskillBinary.run(Self.plan)).stdout)
    }

    @Test("An existing file keeps its permissions")
    func keepsMode() throws {
        let folder = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("plan.csv").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: file))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let result = try UpskillBinary.run(Self.plan + ["-o", file])
        #expect(result.status == 0, "\(result.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("Step,Skill ID"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.csv"])
    }

    @Test("A symbolic link is written through: the link stays, its target is replaced")
    func symbolicLink() throws {
        let folder = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("real.csv").path
        let link = folder.appendingPathComponent("link.csv").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.csv")
        let result = try UpskillBinary.run(Self.plan + ["-o", link])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.csv")
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("Step,Skill ID"))
        // A dangling link is refused rather than guessed at.
        try FileManager.default.removeItem(atPath: target)
        let dangling = try UpskillBinary.run(Self.plan + ["-o", link])
        #expect(dangling.status == 74)
        #expect(dangling.stderr.contains("symbolic link to a file that does not exist"))
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test("A FIFO is written to, not replaced")
    func fifo() throws {
        let folder = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = ReaderThread(path: fifo)
        let result = try UpskillBinary.run(Self.plan + ["-o", fifo])
        #expect(result.status == 0, "\(result.stderr)")
        let read = reader.wait()
        #expect(String(decoding: read, as: UTF8.self).contains("Step,Skill ID"))
        let attributes = try FileManager.default.attributesOfItem(atPath: fifo)
        #expect(attributes[.type] as? FileAttributeType != .typeRegular)
    }

    @Test("A socket is refused with exit 74")
    func socketRefused() throws {
        let folder = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("s").path
        // Glibc imports SOCK_STREAM as an enum case, Darwin as an Int32.
        #if canImport(Glibc)
        let streamType = Int32(SOCK_STREAM.rawValue)
        #else
        let streamType = SOCK_STREAM
        #endif
        let fd = socket(AF_UNIX, streamType, 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in path.utf8.prefix(buffer.count - 1).enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0)
        let result = try UpskillBinary.run(Self.plan + ["-o", path])
        #expect(result.status == 74)
        #expect(result.stderr == "error: cannot write '\(path)': it is a socket; -o writes regular files, character devices and FIFOs\n")
    }
}

/// Reads a FIFO to its end on another thread.
private final class ReaderThread: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(path: String) {
        DispatchQueue.global().async {
            let fd = open(path, O_RDONLY)
            var buffer = [UInt8](repeating: 0, count: 65536)
            while fd >= 0 {
                let count = read(fd, &buffer, buffer.count)
                if count <= 0 { break }
                self.data.append(contentsOf: buffer[0..<count])
            }
            if fd >= 0 { close(fd) }
            self.done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
