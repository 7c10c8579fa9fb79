/// A step of a write at which the store can be told to die, so that tests can show a
/// process killed at any instant leaves the previous state or the new one.
///
/// Set `UPSKILL_CRASH_AT` to one of the raw values; the store (and nothing else) reads
/// it, and calls `_exit(70)` when the write reaches that step: no cleanup, no buffered
/// output, as if the process had been killed.
package enum CrashPoint: String, Sendable, Hashable, CaseIterable {
    /// The journal entry is appended and synced; `state.json` is untouched.
    case afterJournalAppend = "after-journal-append"
    /// `state.json.bak` holds the state before the change.
    case afterBackup = "after-backup"
    /// The new state is written to the temporary file, not yet synced.
    case afterTempWrite = "after-temp-write"
    /// The temporary file is synced.
    case afterFsync = "after-fsync"
    /// The temporary file is closed, about to be renamed over `state.json`.
    case beforeRename = "before-rename"
    /// `state.json` is the new state; the folder is not synced yet.
    case afterRename = "after-rename"

    /// The environment variable that selects a crash point.
    package static let variable = "UPSKILL_CRASH_AT"
    /// The exit status of an injected crash (`EX_SOFTWARE`).
    package static let exitStatus: Int32 = 70
}

extension Optional where Wrapped == CrashPoint {
    /// Ends the process at once when `point` is the configured crash point.
    func check(_ point: CrashPoint) {
        if self == point { StorePlatform.exitImmediately(CrashPoint.exitStatus) }
    }
}
