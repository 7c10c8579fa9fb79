import UpskillCurriculum

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
            _ = StorePlatform.truncate(fd, to: 0)
            StorePlatform.close(fd)
        }
        return try body()
    }

    private static func acquire(path: String, timeout: Double) throws(TrackingError) -> Int32 {
        // Never follow a link: a `lock` planted as a symbolic link must not make upskill
        // create or truncate the file it points to.
        guard let fd = try StoreFiles.openOwnFile(path, [.readWrite, .create], what: "the lock file") else {
            throw StoreFiles.ioError("create the lock file", path)
        }
        let deadline = StorePlatform.monotonicSeconds() + timeout
        var pause = 0.001
        while !StorePlatform.tryLockExclusive(fd) {
            let code = StorePlatform.lastError
            if code == StorePlatform.interrupted { continue }
            guard StorePlatform.isWouldBlock(code) else {
                StorePlatform.close(fd)
                throw StoreFiles.ioError("lock", path, code: code)
            }
            let now = StorePlatform.monotonicSeconds()
            guard now < deadline else {
                let holder = (try? StoreFiles.readAll(fd, path: path, limit: 32)).flatMap {
                    Int32(String(decoding: $0, as: UTF8.self).trimmingWhitespace)
                }.flatMap { StorePlatform.processExists($0) ? $0 : nil }  // only a live process
                StorePlatform.close(fd)
                throw timedOut(path: path, waited: timeout, holder: holder)
            }
            StorePlatform.sleep(seconds: min(pause, deadline - now))
            pause = min(pause * 2, 0.025)
        }
        let pid = Array("\(StorePlatform.processID)\n".utf8)
        _ = StorePlatform.truncate(fd, to: 0)
        _ = try? StoreFiles.writeAll(fd, pid, at: 0, path: path)
        return fd
    }

    /// The message of a wait that ran out. It says how long *this* process waited: when
    /// the holder took the lock is not known (issue 16: it was reported as the holder's
    /// time).
    private static func timedOut(path: String, waited: Double, holder: Int32?) -> TrackingError {
        let who = holder.map { "another upskill (process \($0))" } ?? "another upskill"
        let seconds = waited == waited.rounded() ? String(Int(waited)) : String(waited)
        return TrackingError(
            .locked, file: path,
            "\(who) is changing your progress and holds its lock (\(path)); this upskill waited \(seconds) s for it and changed nothing",
            recovery: [
                "Try again when it has finished. If it is stuck, end it\(holder.map { " (kill \($0))" } ?? "") and try again: a write cut short leaves the state as it was before it."
            ])
    }
}
