#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#else
#error("The progress store needs a POSIX C library (Glibc, Musl or Darwin).")
#endif

/// Every C library call of the progress store, in one place, so that the differences
/// between Linux (Glibc, Musl) and macOS (Darwin) are decided here and nowhere else.
///
/// `package` so that the command line writes `-o` files with the same calls.
package enum StorePlatform {
    /// How to open a file. `O_CLOEXEC` is always added: no file of the store leaks into a
    /// child process.
    package struct OpenFlags: OptionSet, Sendable {
        package let rawValue: Int32
        package init(rawValue: Int32) { self.rawValue = rawValue }

        package static let readOnly = OpenFlags([])
        package static let writeOnly = OpenFlags(rawValue: 1 << 0)
        package static let readWrite = OpenFlags(rawValue: 1 << 1)
        package static let create = OpenFlags(rawValue: 1 << 2)
        /// With `create`: fail when the name exists (whatever it is, a symlink included).
        package static let exclusive = OpenFlags(rawValue: 1 << 3)
        /// Fail with `ELOOP` when the last component of the path is a symbolic link.
        package static let noFollow = OpenFlags(rawValue: 1 << 4)
        package static let directory = OpenFlags(rawValue: 1 << 5)
        /// Do not wait for the other end of a FIFO to open.
        package static let nonBlocking = OpenFlags(rawValue: 1 << 6)

        var native: Int32 {
            var flags = O_CLOEXEC
            if contains(.readWrite) {
                flags |= O_RDWR
            } else if contains(.writeOnly) {
                flags |= O_WRONLY
            } else {
                flags |= O_RDONLY
            }
            if contains(.create) { flags |= O_CREAT }
            if contains(.exclusive) { flags |= O_EXCL }
            if contains(.noFollow) { flags |= O_NOFOLLOW }
            if contains(.directory) { flags |= O_DIRECTORY }
            if contains(.nonBlocking) { flags |= O_NONBLOCK }
            return flags
        }
    }

    /// What a file system entry is, and whose.
    package struct FileStatus: Sendable, Hashable {
        package enum Kind: Sendable, Hashable {
            case regular, directory, symbolicLink, characterDevice, blockDevice, fifo, socket, other
        }

        package var kind: Kind
        package var size: Int
        /// The owner's user id.
        package var owner: UInt32
        /// The permission bits (`0o777` and the set-id and sticky bits).
        package var permissions: UInt32

        init(_ stats: stat) {
            switch stats.st_mode & S_IFMT {
            case S_IFREG: kind = .regular
            case S_IFDIR: kind = .directory
            case S_IFLNK: kind = .symbolicLink
            case S_IFCHR: kind = .characterDevice
            case S_IFBLK: kind = .blockDevice
            case S_IFIFO: kind = .fifo
            case S_IFSOCK: kind = .socket
            default: kind = .other
            }
            size = Int(stats.st_size)
            owner = UInt32(stats.st_uid)
            permissions = UInt32(stats.st_mode) & 0o7777
        }
    }

    /// The calling thread's `errno`.
    package static var lastError: Int32 { errno }

    /// The text of an `errno` value.
    package static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// Error codes the store tells apart.
    package static let noSuchFile = ENOENT
    package static let alreadyExists = EEXIST
    package static let interrupted = EINTR
    package static let invalidArgument = EINVAL
    /// What `open` with `noFollow` gives for a symbolic link (Linux and macOS: `ELOOP`;
    /// FreeBSD says `EMLINK`, accepted too).
    package static func isSymbolicLinkRefusal(_ code: Int32) -> Bool { code == ELOOP || code == EMLINK }
    package static let noSpace = ENOSPC

    package static func open(_ path: String, _ flags: OpenFlags, mode: UInt32 = 0o600) -> Int32 {
        cOpen(path, flags.native, mode)
    }

    @discardableResult
    package static func close(_ fd: Int32) -> Int32 { cClose(fd) }

    package static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, count: Int, at offset: Int) -> Int {
        pread(fd, buffer.baseAddress, count, off_t(offset))
    }

    package static func write(_ fd: Int32, from buffer: UnsafeRawPointer?, count: Int, at offset: Int) -> Int {
        pwrite(fd, buffer, count, off_t(offset))
    }

    /// Writes at the current position (for devices and FIFOs, which have no offsets).
    package static func write(_ fd: Int32, from buffer: UnsafeRawPointer?, count: Int) -> Int {
        cWrite(fd, buffer, count)
    }

    package static func truncate(_ fd: Int32, to size: Int) -> Bool { ftruncate(fd, off_t(size)) == 0 }

    /// Flushes a file's data to stable storage. On macOS `fsync` only reaches the drive's
    /// cache; `F_FULLFSYNC` reaches the medium (what SQLite does there), with `fsync` as
    /// the fallback on file systems that do not support it.
    package static func sync(_ fd: Int32) -> Bool {
        #if canImport(Darwin)
        if fcntl(fd, F_FULLFSYNC) == 0 { return true }
        #endif
        return fsync(fd) == 0
    }

    /// Sets a file's permission bits.
    package static func setPermissions(_ fd: Int32, _ permissions: UInt32) -> Bool {
        fchmod(fd, mode_t(permissions)) == 0
    }

    /// Takes an exclusive `flock` without waiting; `false` with `errno` set otherwise.
    package static func tryLockExclusive(_ fd: Int32) -> Bool { flock(fd, LOCK_EX | LOCK_NB) == 0 }
    package static func isWouldBlock(_ code: Int32) -> Bool { code == EWOULDBLOCK || code == EAGAIN }

    /// The status of an open file.
    package static func status(_ fd: Int32) -> FileStatus? {
        var stats = stat()
        return fstat(fd, &stats) == 0 ? FileStatus(stats) : nil
    }

    /// The status of a path, following a final symbolic link (`stat`) or not (`lstat`).
    package static func status(path: String, followingLinks: Bool) -> FileStatus? {
        var stats = stat()
        let result = followingLinks ? stat(path, &stats) : lstat(path, &stats)
        return result == 0 ? FileStatus(stats) : nil
    }

    /// The path with every symbolic link resolved (`realpath`), or `nil` when some part
    /// of it does not exist.
    package static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    package static func makeFolder(_ path: String) -> Bool { mkdir(path, 0o700) == 0 }
    package static func rename(_ from: String, _ to: String) -> Bool { cRename(from, to) == 0 }
    package static func link(_ from: String, _ to: String) -> Bool { cLink(from, to) == 0 }
    @discardableResult
    package static func remove(_ path: String) -> Bool { unlink(path) == 0 }
    package static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// The names in a folder (without `.` and `..`); empty when it cannot be read.
    package static func names(inFolder folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    package static var processID: Int32 { getpid() }
    package static var userID: UInt32 { UInt32(getuid()) }

    /// Whether a process with this id is alive (ours or another user's).
    package static func processExists(_ pid: Int32) -> Bool { kill(pid, 0) == 0 || errno == EPERM }

    package static func sleep(seconds: Double) { usleep(useconds_t(max(seconds, 0.0005) * 1_000_000)) }

    package static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The current UTC time as (year, month, day, hour, minute, second).
    package static func utcNow() -> (Int, Int, Int, Int, Int, Int) {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return (
            Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday), Int(parts.tm_hour),
            Int(parts.tm_min), Int(parts.tm_sec)
        )
    }

    /// Ends the process at once: no cleanup, no buffered output.
    package static func exitImmediately(_ status: Int32) -> Never { _exit(status) }
}

// The C functions whose names the wrappers above reuse.
private func cOpen(_ path: String, _ flags: Int32, _ mode: UInt32) -> Int32 { open(path, flags, mode_t(mode)) }
private func cClose(_ fd: Int32) -> Int32 { close(fd) }
private func cWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buffer, count) }
private func cRename(_ from: String, _ to: String) -> Int32 { rename(from, to) }
private func cLink(_ from: String, _ to: String) -> Int32 { link(from, to) }
