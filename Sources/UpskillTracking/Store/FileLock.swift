#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a lock file, held for the whole of a read-modify-write. The
/// kernel releases it when the process ends, so a crash never leaves a stale lock.
enum FileLock {
    /// Runs `body` holding the lock on `path`.
    ///
    /// Polls for up to `timeout` seconds while another process holds the lock (a short
    /// pause, doubling up to 25 ms), then records this process's id in the file so that
    /// a process that times out can name the holder.
    /// - Throws: ``TrackingError`` `locked` naming the holder when the wait runs out,
    ///   `io` when the lock file cannot be opened; or what `body` throws.
    static func withLock<Result>(
        path: String, timeout: Double, _ body: () throws(TrackingError) -> Result
    ) throws(TrackingError) -> Result {
        let fd = try acquire(path: path, timeout: timeout)
        defer {
            // Clear the holder's id before letting go, so a later timeout never names a
            // process that has finished (a crash can still leave one: the message says
            // "possibly" when the process is gone).
            ftruncate(fd, 0)
            close(fd)
        }
        return try body()
    }

    private static func acquire(path: String, timeout: Double) throws(TrackingError) -> Int32 {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreFiles.ioError("open the lock file", path) }
        let deadline = monotonicSeconds() + timeout
        var pause = 0.001
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else {
                close(fd)
                throw StoreFiles.ioError("lock", path, code: code)
            }
            let now = monotonicSeconds()
            guard now < deadline else {
                let holder = (try? StoreFiles.readAll(fd, path: path, limit: 32)).flatMap {
                    Int32(String(decoding: $0, as: UTF8.self).trimmingWhitespace)
                }.flatMap { kill($0, 0) == 0 || errno == EPERM ? $0 : nil }  // only a live process
                close(fd)
                throw timedOut(path: path, timeout: timeout, holder: holder)
            }
            let sleep = min(pause, deadline - now)
            usleep(useconds_t(max(sleep, 0.0005) * 1_000_000))
            pause = min(pause * 2, 0.025)
        }
        let pid = Array("\(getpid())\n".utf8)
        ftruncate(fd, 0)
        _ = try? StoreFiles.writeAll(fd, pid, at: 0, path: path)
        return fd
    }

    private static func timedOut(path: String, timeout: Double, holder: Int32?) -> TrackingError {
        let who = holder.map { "another upskill (process \($0))" } ?? "another upskill"
        let seconds = timeout == timeout.rounded() ? String(Int(timeout)) : String(timeout)
        return TrackingError(
            .locked, file: path,
            "\(who) is changing your progress and has held its lock (\(path)) for over \(seconds) s; nothing was changed",
            recovery: [
                "Try again when it has finished. If it is stuck, end it\(holder.map { " (kill \($0))" } ?? "") and try again: a write cut short leaves the state as it was before it."
            ])
    }

    private static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
