#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The POSIX file operations the store is built on: whole-file reads, atomic replacement
/// and folder syncs, each failure reported as a ``TrackingError`` naming the file.
enum StoreFiles {
    /// The text of the current `errno`.
    static func errorText(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }

    static func ioError(_ action: String, _ path: String, code: Int32 = errno) -> TrackingError {
        TrackingError(.io, file: path, "cannot \(action) \(path): \(errorText(code))")
    }

    /// The whole file at `path`, or `nil` when there is no such file.
    static func read(_ path: String) throws(TrackingError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw ioError("open", path)
        }
        defer { close(fd) }
        return try readAll(fd, path: path)
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
            let count = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, wanted, off_t(position)) }
            if count < 0 {
                if errno == EINTR { continue }
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
                pwrite(fd, buffer.baseAddress.map { $0 + written }, bytes.count - written, off_t(offset + written))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw ioError("write", path)
            }
            written += count
        }
    }

    /// Whether something exists at `path`.
    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    /// Creates `path` and any missing parents; the folders created are private (0700).
    static func makeFolder(_ path: String) throws(TrackingError) {
        var stats = stat()
        if stat(path, &stats) == 0 {
            guard (stats.st_mode & S_IFMT) == S_IFDIR else {
                throw TrackingError(
                    .io, file: path, "cannot use \(path) for upskill's data: it is a file, not a folder")
            }
            return
        }
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            let parent = current.isEmpty ? "/" : current
            current += "/" + component
            if mkdir(current, 0o700) == 0 {
                // Make the new folder's name durable, like every name the store creates.
                try syncFolder(parent)
            } else if errno != EEXIST {
                throw ioError("create the folder", current)
            }
        }
    }

    /// Flushes a folder's entries (new and renamed names) to disk.
    static func syncFolder(_ folder: String) throws(TrackingError) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw ioError("open the folder", folder) }
        defer { close(fd) }
        if fsync(fd) != 0 && errno != EINVAL { throw ioError("sync the folder", folder) }
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
        let temporary = path + ".tmp-\(getpid())"
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw ioError("create", temporary) }
        var isOpen = true
        do throws(TrackingError) {
            try writeAll(fd, bytes, at: 0, path: temporary)
            crash.check(.afterTempWrite)
            guard fsync(fd) == 0 else { throw ioError("sync", temporary) }
            crash.check(.afterFsync)
            isOpen = false
            guard close(fd) == 0 else { throw ioError("close", temporary) }
            crash.check(.beforeRename)
            guard rename(temporary, path) == 0 else { throw ioError("rename \(temporary) to", path) }
        } catch {
            if isOpen { close(fd) }
            unlink(temporary)
            throw error
        }
        crash.check(.afterRename)
        try syncFolder(folder(of: path))
    }

    /// Makes `backup` a copy of the file at `source` (whose bytes are `bytes`), replacing
    /// it atomically: a hard link renamed into place where the file system allows, else a
    /// written copy. The folder is synced by the caller's next atomic write.
    static func replaceBackup(_ backup: String, from source: String, bytes: [UInt8]) throws(TrackingError) {
        let temporary = backup + ".tmp-\(getpid())"
        unlink(temporary)
        if link(source, temporary) == 0 {
            let renamed = rename(temporary, backup) == 0
            // When both names already link to the one file (the backup is current), rename
            // succeeds without doing anything, and the temporary name stays.
            unlink(temporary)
            if renamed { return }
        }
        try writeAtomically(bytes, to: backup)
    }

    /// Removes the temporary files that writes interrupted by a crash left in `folder`
    /// (names starting with one of `prefixes` followed by `.tmp-`). Call it holding the
    /// lock, so no write is in progress.
    static func removeStaleTemporaries(in folder: String, prefixes: [String]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        var stale: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if prefixes.contains(where: { name.hasPrefix($0 + ".tmp-") }) { stale.append(name) }
        }
        for name in stale { unlink(folder + "/" + name) }
    }
}
