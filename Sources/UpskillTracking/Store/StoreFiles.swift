/// The POSIX file operations the store is built on: whole-file reads, atomic replacement
/// and folder syncs, each failure reported as a ``TrackingError`` naming the file.
enum StoreFiles {
    /// The text of the current `errno`.
    static func errorText(_ code: Int32 = StorePlatform.lastError) -> String {
        StorePlatform.errorText(code)
    }

    static func ioError(_ action: String, _ path: String, code: Int32 = StorePlatform.lastError) -> TrackingError {
        TrackingError(.io, file: path, "cannot \(action) \(path): \(errorText(code))")
    }

    /// The whole file at `path`, or `nil` when there is no such file.
    /// - Throws: `io` when it cannot be read, or is not a regular file (a FIFO would
    ///   block, a device like `/dev/zero` never ends).
    static func read(_ path: String) throws(TrackingError) -> [UInt8]? {
        let fd = StorePlatform.open(path, [.readOnly, .nonBlocking])
        guard fd >= 0 else {
            if StorePlatform.lastError == StorePlatform.noSuchFile { return nil }
            throw ioError("open", path)
        }
        defer { StorePlatform.close(fd) }
        try requireRegularFile(fd, path: path)
        return try readAll(fd, path: path)
    }

    /// Opens one of the store's own files (the lock, the journal) without following a
    /// symbolic link, and checks it is a regular file: a link planted in the store must
    /// never make upskill truncate or write some other file.
    /// - Returns: The descriptor, or `nil` when there is no such file and `flags` does
    ///   not create it.
    static func openOwnFile(_ path: String, _ flags: StorePlatform.OpenFlags, what: String) throws(TrackingError)
        -> Int32?
    {
        let fd = StorePlatform.open(path, flags.union([.noFollow, .nonBlocking]))
        guard fd >= 0 else {
            let code = StorePlatform.lastError
            if code == StorePlatform.noSuchFile { return nil }
            if StorePlatform.isSymbolicLinkRefusal(code) {
                throw TrackingError(
                    .io, file: path,
                    "cannot use \(path): \(what) is a symbolic link, and upskill does not follow links in its folder; nothing was changed",
                    recovery: ["Remove the link (rm '\(path)'); upskill creates the file again."])
            }
            throw ioError("open", path, code: code)
        }
        do throws(TrackingError) {
            try requireRegularFile(fd, path: path)
        } catch {
            StorePlatform.close(fd)
            throw error
        }
        return fd
    }

    /// Throws `io` unless the open file is a regular file.
    static func requireRegularFile(_ fd: Int32, path: String) throws(TrackingError) {
        guard let status = StorePlatform.status(fd) else { throw ioError("read the status of", path) }
        guard status.kind == .regular else {
            throw TrackingError(
                .io, file: path,
                "cannot use \(path): it is \(describe(status.kind)), not a regular file; nothing was changed",
                recovery: ["Move it out of upskill's folder; upskill creates the file it needs."])
        }
    }

    /// "a folder", "a FIFO", … for a message.
    static func describe(_ kind: StorePlatform.FileStatus.Kind) -> String {
        switch kind {
        case .regular: "a regular file"
        case .directory: "a folder"
        case .symbolicLink: "a symbolic link"
        case .characterDevice: "a character device"
        case .blockDevice: "a block device"
        case .fifo: "a FIFO (named pipe)"
        case .socket: "a socket"
        case .other: "a special file"
        }
    }

    /// Checks that the store's folder is safe to use, as git does before it trusts a
    /// repository: a folder owned by another user, or one others can write to, could
    /// hold files (or links) planted by someone else.
    static func checkFolderIsPrivate(_ path: String) throws(TrackingError) {
        guard let status = StorePlatform.status(path: path, followingLinks: true) else {
            if StorePlatform.lastError == StorePlatform.noSuchFile { return }
            throw ioError("read the status of", path)
        }
        guard status.kind == .directory else {
            throw TrackingError(.io, file: path, "cannot use \(path) for upskill's data: it is \(describe(status.kind)), not a folder")
        }
        let user = StorePlatform.userID
        if status.owner != user {
            throw TrackingError(
                .io, file: path,
                "cannot use \(path) for upskill's data: it belongs to user \(status.owner), not to you (user \(user)); nothing was read or changed",
                recovery: ["Use a folder of your own: set UPSKILL_HOME, e.g. export UPSKILL_HOME=\"$HOME/.local/share/upskill\""])
        }
        if status.permissions & 0o002 != 0 {
            throw TrackingError(
                .io, file: path,
                "cannot use \(path) for upskill's data: every user can write to it (permissions \(String(status.permissions, radix: 8))); nothing was read or changed",
                recovery: ["Make it private: chmod 700 '\(path)'"])
        }
    }

    /// The bytes of an open file from `offset` to its end, or `limit` bytes at most.
    static func readAll(_ fd: Int32, path: String, from offset: Int = 0, limit: Int = .max) throws(TrackingError)
        -> [UInt8]
    {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var position = offset
        while bytes.count < limit {
            let wanted = min(chunk.count, limit - bytes.count)
            let count = chunk.withUnsafeMutableBytes { StorePlatform.read(fd, into: $0, count: wanted, at: position) }
            if count < 0 {
                if StorePlatform.lastError == StorePlatform.interrupted { continue }
                throw ioError("read", path)
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            position += count
        }
        return bytes
    }

    /// Writes all of `bytes` at `offset`.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], at offset: Int, path: String) throws(TrackingError) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                StorePlatform.write(
                    fd, from: buffer.baseAddress.map { $0 + written }, count: bytes.count - written, at: offset + written)
            }
            if count < 0 {
                if StorePlatform.lastError == StorePlatform.interrupted { continue }
                throw ioError("write", path)
            }
            written += count
        }
    }

    /// Whether something exists at `path`.
    static func exists(_ path: String) -> Bool {
        StorePlatform.exists(path)
    }

    /// Creates `path` and any missing parents; the folders created are private (0700).
    static func makeFolder(_ path: String) throws(TrackingError) {
        if let status = StorePlatform.status(path: path, followingLinks: true) {
            guard status.kind == .directory else {
                throw TrackingError(
                    .io, file: path,
                    "cannot use \(path) for upskill's data: it is \(StoreFiles.describe(status.kind)), not a folder")
            }
            return
        }
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            let parent = current.isEmpty ? "/" : current
            current += "/" + component
            if StorePlatform.makeFolder(current) {
                // Make the new folder's name durable, like every name the store creates.
                try syncFolder(parent)
            } else if StorePlatform.lastError != StorePlatform.alreadyExists {
                throw ioError("create the folder", current)
            }
        }
    }

    /// Flushes a folder's entries (new and renamed names) to disk.
    static func syncFolder(_ folder: String) throws(TrackingError) {
        let fd = StorePlatform.open(folder, [.readOnly, .directory])
        guard fd >= 0 else { throw ioError("open the folder", folder) }
        defer { StorePlatform.close(fd) }
        if !StorePlatform.sync(fd) && StorePlatform.lastError != StorePlatform.invalidArgument {
            throw ioError("sync the folder", folder)
        }
    }

    /// The folder a file is in.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Replaces the file at `path` with `bytes` so that a crash at any instant leaves the
    /// old file or the new one: write a temporary file in the same folder, fsync it,
    /// rename it over `path`, fsync the folder.
    /// - Parameter crash: The configured crash point, checked between the steps.
    static func writeAtomically(_ bytes: [UInt8], to path: String, crash: CrashPoint? = nil) throws(TrackingError) {
        let temporary = path + ".tmp-\(StorePlatform.processID)"
        StorePlatform.remove(temporary)
        let fd = StorePlatform.open(temporary, [.writeOnly, .create, .exclusive, .noFollow])
        guard fd >= 0 else { throw ioError("create", temporary) }
        var isOpen = true
        do throws(TrackingError) {
            try writeAll(fd, bytes, at: 0, path: temporary)
            crash.check(.afterTempWrite)
            guard StorePlatform.sync(fd) else { throw ioError("sync", temporary) }
            crash.check(.afterFsync)
            isOpen = false
            guard StorePlatform.close(fd) == 0 else { throw ioError("close", temporary) }
            crash.check(.beforeRename)
            guard StorePlatform.rename(temporary, path) else { throw ioError("rename \(temporary) to", path) }
        } catch {
            if isOpen { StorePlatform.close(fd) }
            StorePlatform.remove(temporary)
            throw error
        }
        crash.check(.afterRename)
        try syncFolder(folder(of: path))
    }

    /// Makes `backup` a copy of the file at `source` (whose bytes are `bytes`), replacing
    /// it atomically: a hard link renamed into place where the file system allows, else a
    /// written copy. The folder is synced by the caller's next atomic write.
    static func replaceBackup(_ backup: String, from source: String, bytes: [UInt8]) throws(TrackingError) {
        let temporary = backup + ".tmp-\(StorePlatform.processID)"
        StorePlatform.remove(temporary)
        if StorePlatform.link(source, temporary) {
            let renamed = StorePlatform.rename(temporary, backup)
            // When both names already link to the one file (the backup is current), rename
            // succeeds without doing anything, and the temporary name stays.
            StorePlatform.remove(temporary)
            if renamed { return }
        }
        try writeAtomically(bytes, to: backup)
    }

    /// Removes the temporary files that writes interrupted by a crash left in `folder`
    /// (names starting with one of `prefixes` followed by `.tmp-`). Call it holding the
    /// lock, so no write is in progress.
    static func removeStaleTemporaries(in folder: String, prefixes: [String]) {
        let stale = StorePlatform.names(inFolder: folder).filter { name in
            prefixes.contains(where: { name.hasPrefix($0 + ".tmp-") })
        }
        for name in stale { StorePlatform.remove(folder + "/" + name) }
    }
}
