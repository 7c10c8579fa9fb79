#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#else
#error("The command line needs a POSIX C library (Glibc, Musl or Darwin).")
#endif

/// Every C library call of the command line's process setup, in one place: the
/// environment, the working folder, the terminal, today's date and writes to the
/// standard streams. (File operations go through `StorePlatform`.)
enum ProcessPlatform {
    static let standardOutput: Int32 = STDOUT_FILENO
    static let standardError: Int32 = STDERR_FILENO
    static let standardInput: Int32 = STDIN_FILENO

    /// Whether a descriptor is a terminal.
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// The width in columns of the terminal on `fd` (`ioctl(TIOCGWINSZ)`), or nil when it
    /// is not a terminal or does not say. (`TIOCGWINSZ` is a UInt on Darwin and an Int32
    /// on Glibc and Musl; `UInt(_:)` takes both.)
    static func columns(of fd: Int32) -> Int? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// The value of one environment variable (`getenv`: the first entry of that name), or
    /// nil when it is not set.
    static func environmentValue(named name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Whether anything is at `path` (following symbolic links), as `FileManager`'s
    /// `fileExists(atPath:)` tells, without setting up a `FileManager`.
    static func fileExists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The process's environment as `NAME=value` strings. Darwin has no `environ` symbol
    /// for Swift; `_NSGetEnviron()` is its documented equivalent.
    static func environmentEntries() -> [String] {
        #if canImport(Darwin)
        guard var entry = _NSGetEnviron().pointee else { return [] }
        #else
        var entry = environ
        #endif
        var entries: [String] = []
        while let pointer = entry.pointee {
            entries.append(String(cString: pointer))
            entry += 1
        }
        return entries
    }

    /// The working folder, or `nil` when it cannot be read (it was removed).
    static func currentDirectory() -> String? {
        guard let path = getcwd(nil, 0) else { return nil }
        defer { free(path) }
        return String(cString: path)
    }

    /// Today's date in the local time zone as (year, month, day), or `nil` when the C
    /// library cannot tell; with the seconds since the epoch.
    static func localDate() -> (date: (Int, Int, Int)?, seconds: Int) {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else { return (nil, Int(now)) }
        return ((Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday)), Int(now))
    }

    /// What became of one `write`.
    enum WriteResult {
        case wrote(Int)
        case retry
        case wait
        case failed(Int32)
    }

    /// One `write` of up to `count` bytes.
    static func write(_ fd: Int32, _ bytes: UnsafePointer<UInt8>?, count: Int) -> WriteResult {
        let written = cWrite(fd, bytes, count)
        if written > 0 { return .wrote(written) }
        let failure = written < 0 ? errno : EIO
        switch failure {
        case EINTR: return .retry
        case EAGAIN, EWOULDBLOCK: return .wait
        default: return .failed(failure)
        }
    }

    /// Waits until a non-blocking descriptor can take more output.
    static func waitUntilWritable(_ fd: Int32) {
        var wait = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
        _ = poll(&wait, 1, -1)
    }

    static func errorText(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// Ends the process with `status`.
    static func exit(_ status: Int32) -> Never { cExit(status) }
}

private func cWrite(_ fd: Int32, _ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int { write(fd, bytes, count) }
private func cExit(_ status: Int32) -> Never { exit(status) }
