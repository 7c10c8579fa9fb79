import UpskillTracking

/// Writes `-o FILE` the way a careful tool does (issue 16, finding 3):
///
/// - a regular file (new or existing) is replaced atomically: a temporary file in the same
///   folder, synced, then renamed over it, keeping an existing file's permissions;
/// - a symbolic link is written through: the file it points to is replaced, the link
///   stays;
/// - a character device or a FIFO (`/dev/null`, `/dev/tty`, a named pipe) is written to
///   in place, never replaced, so that `/dev/full` fails with exit 74;
/// - `/dev/stdout` (and `/dev/fd/1`, `/proc/self/fd/1`) is standard output itself;
/// - anything else (a folder, a block device, a socket) is refused.
enum OutputFile {
    /// The names of standard output a user may give to `-o`.
    static let standardOutputNames: Set<String> = ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"]

    /// The text a writer hands over chunk by chunk: it calls the sink it is given with each
    /// chunk, in order.
    typealias Producer = ((UnsafeBufferPointer<UInt8>) -> Void) -> Void

    /// Writes `bytes` to `path`.
    /// - Throws: ``CLIError`` with exit 74 when the file cannot be written or is not one
    ///   that can be.
    static func write(_ bytes: [UInt8], to path: String, fileExtension: String) throws(CLIError) {
        try write(to: path, fileExtension: fileExtension) { sink in bytes.withUnsafeBufferPointer(sink) }
    }

    /// Writes the chunks `produce` hands over to `path`, each as it comes: the file is
    /// checked and opened first, and a regular file is still replaced only once the last
    /// chunk is written and synced. After a failed write the rest is not written.
    /// - Throws: ``CLIError`` with exit 74 when the file cannot be written or is not one
    ///   that can be.
    static func write(to path: String, fileExtension: String, _ produce: Producer) throws(CLIError) {
        let link = StorePlatform.status(path: path, followingLinks: false)
        let status = StorePlatform.status(path: path, followingLinks: true)
        if link?.kind == .symbolicLink, status == nil {
            throw failure(path, "it is a symbolic link to a file that does not exist; give the file itself")
        }
        switch status?.kind {
        case nil:
            let folder = folder(of: path)
            guard StorePlatform.status(path: folder, followingLinks: true)?.kind == .directory else {
                throw failure(path, "the folder '\(folder)' does not exist")
            }
            try replace(path, with: produce, permissions: nil)
        case .regular?:
            // Through a link: replace the file it points to, and keep the link.
            let target = link?.kind == .symbolicLink ? StorePlatform.resolvedPath(path) ?? path : path
            try replace(target, with: produce, permissions: status?.permissions)
        case .characterDevice?, .fifo?:
            try writeInPlace(produce, to: path)
        case .directory?:
            throw failure(
                path,
                "it is a folder; give a file name, e.g. -o \(path.hasSuffix("/") ? path : path + "/")roadmap.\(fileExtension)")
        case let kind?:
            throw failure(path, "it is \(describe(kind)); -o writes regular files, character devices and FIFOs")
        }
    }

    private static func failure(_ path: String, _ reason: String) -> CLIError {
        CLIError("cannot write '\(path)': \(reason)", exitCode: .ioError)
    }

    private static func systemFailure(_ path: String, _ action: String) -> CLIError {
        let code = StorePlatform.lastError
        return failure(path, "\(action) failed: \(StorePlatform.errorText(code))")
    }

    private static func describe(_ kind: StorePlatform.FileStatus.Kind) -> String {
        switch kind {
        case .blockDevice: "a block device"
        case .socket: "a socket"
        case .symbolicLink: "a symbolic link"
        default: "a special file"
        }
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Temporary file, sync, rename, folder sync: a reader sees the old file or the new
    /// one, never half of one, and a failed write leaves the old file.
    private static func replace(_ path: String, with produce: Producer, permissions: UInt32?) throws(CLIError) {
        let folder = folder(of: path)
        let name = path[path.index(after: path.lastIndex(of: "/") ?? path.startIndex)...]
        let temporary = (folder == "/" ? "" : folder) + "/.\(name).upskill-\(StorePlatform.processID).tmp"
        StorePlatform.remove(temporary)
        // 0666 less the umask, as for any new file; an existing file's own permissions.
        let fd = StorePlatform.open(temporary, [.writeOnly, .create, .exclusive, .noFollow], mode: 0o666)
        guard fd >= 0 else { throw systemFailure(path, "creating a temporary file in '\(folder)'") }
        var ok = false
        defer {
            if !ok { StorePlatform.remove(temporary) }
        }
        do throws(CLIError) {
            if let permissions, !StorePlatform.setPermissions(fd, permissions) {
                throw systemFailure(path, "keeping its permissions")
            }
            try writeAll(produce, to: fd, path: path, positioned: true)
            guard StorePlatform.sync(fd) else { throw systemFailure(path, "syncing") }
        } catch {
            StorePlatform.close(fd)
            throw error
        }
        guard StorePlatform.close(fd) == 0 else { throw systemFailure(path, "closing") }
        guard StorePlatform.rename(temporary, path) else { throw systemFailure(path, "renaming the temporary file") }
        ok = true
        // Make the new name durable; the file is complete whatever happens to this.
        let folderFD = StorePlatform.open(folder, [.readOnly, .directory])
        if folderFD >= 0 {
            _ = StorePlatform.sync(folderFD)
            StorePlatform.close(folderFD)
        }
    }

    /// Writes to a device or FIFO where it is: opened for writing, never created,
    /// truncated or renamed over.
    private static func writeInPlace(_ produce: Producer, to path: String) throws(CLIError) {
        let fd = StorePlatform.open(path, .writeOnly)
        guard fd >= 0 else { throw systemFailure(path, "opening") }
        defer { StorePlatform.close(fd) }
        // Catch a device whose name was swapped between the checks and the open.
        if let kind = StorePlatform.status(fd)?.kind, kind != .characterDevice && kind != .fifo {
            throw failure(path, "it changed while upskill was opening it")
        }
        try writeAll(produce, to: fd, path: path, positioned: false)
    }

    /// Writes every chunk `produce` hands over; the first failure is thrown once it is
    /// done, and the chunks after it are dropped.
    private static func writeAll(_ produce: Producer, to fd: Int32, path: String, positioned: Bool) throws(CLIError) {
        var offset = 0
        var failure: CLIError?
        produce { chunk in
            guard failure == nil else { return }
            do throws(CLIError) {
                try writeAll(chunk, to: fd, path: path, at: positioned ? offset : nil)
                offset += chunk.count
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }

    /// Writes all of `bytes`, at `offset` in the file when given (`pwrite`), else where
    /// the descriptor stands.
    private static func writeAll(
        _ bytes: UnsafeBufferPointer<UInt8>, to fd: Int32, path: String, at offset: Int?
    ) throws(CLIError) {
        var written = 0
        while written < bytes.count {
            let start = bytes.baseAddress.map { UnsafeRawPointer($0 + written) }
            let count =
                if let offset {
                    StorePlatform.write(fd, from: start, count: bytes.count - written, at: offset + written)
                } else {
                    StorePlatform.write(fd, from: start, count: bytes.count - written)
                }
            if count < 0 && StorePlatform.lastError == StorePlatform.interrupted { continue }
            guard count > 0 else { throw systemFailure(path, "writing") }
            written += count
        }
    }
}
