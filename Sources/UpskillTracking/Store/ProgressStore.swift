import UpskillPlanner

/// Where a learner's progress lives, and the guarantees it keeps.
///
/// ## Files
///
/// Everything is in one folder (`$UPSKILL_HOME`, else `$XDG_DATA_HOME/upskill`, else
/// `~/.local/share/upskill`), human-readable and versioned:
///
/// - `journal.jsonl`: one JSON line per change (``JournalLine``): the truth. A change is
///   committed once its line is whole and synced.
/// - `state.json`: the goal and every skill's record (``StateFile``), as of the journal
///   entries it records (its mark, entries and bytes); the committed entries after the
///   mark (appended by `upskill merge-driver`, or by a change killed before it replaced
///   `state.json`) are applied on top by readers and written in by the next change.
/// - `state.json.bak`: `state.json` as it was before the last change.
/// - `state.json.v<N>.bak`: a file of an older format version, kept when it is migrated.
/// - `lock`: the lock file (it holds the id of the process that last took the lock).
///
/// ## Guarantees
///
/// - **Atomic changes.** A change appends its journal line (fsync), keeps the old state
///   as `state.json.bak`, then writes the new state to a temporary file in the folder,
///   fsyncs it, renames it over `state.json` and fsyncs the folder. A process killed at
///   any instant leaves the previous state or the new one: before the journal line is
///   whole the change did not happen (a torn last line is ignored and cut off by the
///   next change); after, it did, whichever `state.json` is in place. `UPSKILL_CRASH_AT` (see
///   ``CrashPoint``) kills the process between the steps, for tests.
/// - **Serialized writers.** Every read-modify-write holds an exclusive `flock` on
///   `lock`, waiting up to ``lockTimeout`` seconds (`UPSKILL_LOCK_TIMEOUT`, default 10)
///   before giving up with a `locked` error. Readers take no lock: they read whole
///   files that are only ever replaced by rename, and the committed part of the journal,
///   which never changes.
/// - **Nothing outside the folder is touched.** `lock` and `journal.jsonl` are opened
///   without following symbolic links (`O_NOFOLLOW`) and must be regular files; a folder
///   that another user owns or every user can write to is refused (exit 74).
/// - **Nothing damaged is overwritten.** A corrupt, truncated or inconsistent file, or
///   one from a newer upskill, stops every command that needs it with an error naming the
///   file, what is wrong and how to recover; the store writes nothing.
/// - **Migrations.** An older `state.json` is read as is, and rewritten in the current
///   version on the next change, after saving the original as `state.json.v<N>.bak`.
package struct ProgressStore: Sendable {
    /// The environment variable with the seconds to wait for the lock.
    package static let lockTimeoutVariable = "UPSKILL_LOCK_TIMEOUT"
    /// The default wait for the lock, in seconds.
    package static let defaultLockTimeout = 10.0

    /// The folder of the files.
    package let folder: String
    /// How long a change waits for another process's lock, in seconds (0: not at all).
    package var lockTimeout: Double
    /// Where to kill the process during a write, for tests; `nil` normally.
    package var crashPoint: CrashPoint?

    package init(folder: String, lockTimeout: Double = ProgressStore.defaultLockTimeout, crashPoint: CrashPoint? = nil)
    {
        self.folder = folder
        self.lockTimeout = lockTimeout
        self.crashPoint = crashPoint
    }

    /// A store in `folder` configured from the environment: `UPSKILL_LOCK_TIMEOUT` and
    /// `UPSKILL_CRASH_AT`.
    /// - Throws: ``TrackingError`` `invalidSetting` for a value the store cannot use.
    package init(folder: String, environment variables: [String: String]) throws(TrackingError) {
        var timeout = Self.defaultLockTimeout
        if let text = variables[Self.lockTimeoutVariable], !text.isEmpty {
            guard let value = Double(text), value.isFinite, value >= 0, value <= 86_400 else {
                throw TrackingError(
                    .invalidSetting,
                    "\(Self.lockTimeoutVariable) is '\(text)': give the seconds to wait for the lock, e.g. 10 (0 does not wait)"
                )
            }
            timeout = value
        }
        var crash: CrashPoint?
        if let text = variables[CrashPoint.variable], !text.isEmpty {
            guard let point = CrashPoint(rawValue: text) else {
                let names = CrashPoint.allCases.map(\.rawValue).joined(separator: ", ")
                throw TrackingError(.invalidSetting, "\(CrashPoint.variable) is '\(text)': expected one of \(names)")
            }
            crash = point
        }
        self.init(folder: folder, lockTimeout: timeout, crashPoint: crash)
    }

    /// `state.json`.
    package var stateFile: String { path("state.json") }
    /// `state.json.bak`, the state before the last change.
    package var backupFile: String { path("state.json.bak") }
    /// `journal.jsonl`.
    package var journalFile: String { path("journal.jsonl") }
    /// The lock file.
    package var lockFile: String { path("lock") }
    /// Where a file of an older format version is kept when migrated (`.2`, `.3`, … are
    /// added when an earlier migration's backup is already there).
    package func migrationBackupFile(version: Int) -> String { path("state.json.v\(version).bak") }

    private func path(_ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    // MARK: Reading

    /// The saved progress; empty when nothing was saved yet. Takes no lock.
    /// - Throws: ``TrackingError`` for a damaged or newer `state.json`, or an I/O failure.
    package func load() throws(TrackingError) -> Progress {
        try StoreFiles.checkFolderIsPrivate(folder)
        guard let bytes = try StoreFiles.read(stateFile) else {
            try checkNothingWasSaved()
            // The first change's journal line, when it died before writing state.json.
            return try caughtUp(StateFile.Snapshot(progress: Progress(), journal: .init(entries: 0, bytes: 0)))
        }
        return try caughtUp(decodeState(bytes).snapshot)
    }

    /// The progress of a snapshot with the committed journal entries after its mark
    /// applied (see ``JournalFile``). Reads the journal only when it is longer than the
    /// mark, so reading a store in step costs no journal read.
    private func caughtUp(_ snapshot: StateFile.Snapshot) throws(TrackingError) -> Progress {
        let size = StorePlatform.status(path: journalFile, followingLinks: false)?.size ?? 0
        guard size > snapshot.journal.bytes else { return snapshot.progress }
        let history: History
        do {
            history = try JournalFile(path: journalFile, mark: snapshot.journal).history()
        } catch where error.kind == .damaged {
            // A damaged journal leaves progress readable as state.json has it; history,
            // undo and every change report the damage.
            return snapshot.progress
        }
        var progress = snapshot.progress
        progress.catchUp(with: history, after: snapshot.journal.entries)
        return progress
    }

    /// The committed journal. Takes no lock: a writer may commit between the read of
    /// `state.json` and the read of the journal, so a journal that looks inconsistent
    /// with `state.json` is read again while `state.json` keeps changing; only an
    /// inconsistency that stays is reported as damage.
    /// - Throws: ``TrackingError`` for a damaged or newer `state.json` or journal.
    package func history() throws(TrackingError) -> History {
        try StoreFiles.checkFolderIsPrivate(folder)
        var attempts = 0
        while true {
            let bytes = try StoreFiles.read(stateFile)
            do throws(TrackingError) {
                guard let bytes else {
                    try checkNothingWasSaved()
                    return try JournalFile(path: journalFile, mark: .init(entries: 0, bytes: 0)).history()
                }
                return try JournalFile(path: journalFile, mark: decodeState(bytes).snapshot.journal).history()
            } catch {
                attempts += 1
                guard attempts < 10, try StoreFiles.read(stateFile) != bytes else { throw error }
            }
        }
    }

    /// With `state.json` missing, a backup, or a journal of more than one change, means
    /// progress was saved here before: starting afresh would drop it, so stop and say how
    /// to restore. (A single journal line is what a crash during the very first write
    /// leaves: readers apply it, and the next change writes it into `state.json`.)
    private func checkNothingWasSaved() throws(TrackingError) {
        let journalLines = (try? StoreFiles.read(journalFile))??.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } ?? 0
        let hasJournal = journalLines > 1
        let hasBackup = StorePlatform.exists(backupFile)
        guard hasJournal || hasBackup else { return }
        throw TrackingError(
            .damaged, file: stateFile,
            "\(stateFile) is missing, but \(hasBackup ? "its backup state.json.bak" : "the journal of earlier changes") is still here; upskill will not start over and lose that progress",
            recovery: hasBackup
                ? ["Restore the copy from before the last change:", "  cp '\(backupFile)' '\(stateFile)'"]
                : ["To start afresh, move the journal aside:", "  mv '\(journalFile)' '\(journalFile).old'"])
    }

    private func decodeState(_ bytes: [UInt8]) throws(TrackingError) -> StateFile.Decoded {
        do {
            return try StateFile.decode(bytes, file: stateFile)
        } catch {
            guard error.kind == .damaged else { throw error }
            var error = error
            error.recovery = stateRecovery()
            throw error
        }
    }

    /// What to do about a damaged `state.json`: go back to the backup when it is good.
    private func stateRecovery() -> [String] {
        let state = stateFile
        let backup = backupFile
        var lines = ["upskill has not changed it."]
        switch (try? StoreFiles.read(backup)).flatMap({ $0 }) {
        case let bytes? where (try? StateFile.decode(bytes, file: backup)) != nil:
            lines += [
                "The state before the last change is in \(backup); restore it (upskill applies the last change again from the journal):",
                "  cp '\(backup)' '\(state)'",
            ]
        case .some:
            lines += [
                "The previous copy, \(backup), is damaged too. Repair \(state) by hand (the format is described in Sources/UpskillTracking/UpskillTracking.docc/ProgressStore.md of upskill), or move it aside to start again:",
                "  mv '\(state)' '\(state).broken'",
            ]
        case nil:
            lines += [
                "There is no previous copy (\(backup)). Repair \(state) by hand (the format is described in Sources/UpskillTracking/UpskillTracking.docc/ProgressStore.md of upskill), or move it aside to start again:",
                "  mv '\(state)' '\(state).broken'",
            ]
        }
        return lines
    }

    // MARK: Changing

    /// Makes one change under the lock: reads the state, lets `body` change it, and
    /// commits the change (journal line, backup, atomic replace of `state.json`).
    /// - Parameters:
    ///   - date: The day the change counts for, recorded in the journal.
    ///   - body: Changes the progress and returns the ``Change`` describing it, or `nil`
    ///     to write nothing.
    /// - Returns: The journal entry written, or `nil` when `body` changed nothing.
    /// - Throws: ``TrackingError``: `locked`, `damaged`, `newerVersion`, `io`, or what
    ///   `body` throws. Nothing is written then.
    @discardableResult
    package func update(
        on date: CivilDate, _ body: (inout Progress) throws(TrackingError) -> Change?
    ) throws(TrackingError) -> JournalEntry? {
        try transact(on: date) { progress, _ throws(TrackingError) in try body(&progress) }
    }

    /// Reverts the latest change not reverted yet (``History/nextToUndo``), recording an
    /// `undo` entry.
    /// - Parameters:
    ///   - date: Today.
    ///   - resolve: Maps a skill id recorded in the journal to the id its record is kept
    ///     under now (the new id of a renamed skill).
    /// - Returns: The entry reverted, or `nil` when there is nothing to undo.
    package func undo(on date: CivilDate, resolve: (String) -> String = { $0 }) throws(TrackingError) -> JournalEntry? {
        var reverted: JournalEntry?
        try transact(on: date) { progress, journal throws(TrackingError) in
            let timeline = JournalTimeline(try journal.history())
            guard let target = timeline.nextToUndo, let effect = timeline.effect(of: target.sequence) else {
                return nil
            }
            progress.perform(effect.inverse, resolve: resolve)
            reverted = target
            return .undo(sequence: target.sequence)
        }
        return reverted
    }

    /// Commits one change under the lock (see ``update(on:_:)``), giving `body` the journal
    /// too, for the changes that replay it (undo, redo, revert).
    @discardableResult
    func transact(
        on date: CivilDate, _ body: (inout Progress, JournalFile.Appender) throws(TrackingError) -> Change?
    ) throws(TrackingError) -> JournalEntry? {
        try StoreFiles.makeFolder(folder)
        try StoreFiles.checkFolderIsPrivate(folder)
        return try FileLock.withLock(path: lockFile, timeout: lockTimeout) {
            () throws(TrackingError) -> JournalEntry? in
            StoreFiles.removeStaleTemporaries(in: folder, prefixes: ["state.json", "state.json.bak"])
            let original = try StoreFiles.read(stateFile)
            if original == nil { try checkNothingWasSaved() }
            let decoded = try original.map { bytes throws(TrackingError) in try decodeState(bytes) }
            let snapshot =
                decoded?.snapshot ?? StateFile.Snapshot(progress: Progress(), journal: .init(entries: 0, bytes: 0))
            return try JournalFile(path: journalFile, mark: snapshot.journal).withAppender {
                appender throws(TrackingError) -> JournalEntry? in
                var progress = snapshot.progress
                progress.catchUp(with: appender.contents.history, after: snapshot.journal.entries)
                guard let change = try body(&progress, appender) else { return nil }
                let entry = JournalEntry(
                    sequence: appender.journal.mark.entries + 1, recordedAt: Timestamp.now(), date: date, change: change,
                    id: JournalEntry.newID())
                let mark = try appender.append(Array((JournalLine.encode(entry) + "\n").utf8))
                crashPoint.check(.afterJournalAppend)
                let next = StateFile.Snapshot(progress: progress, journal: mark)
                if let original, let decoded {
                    // A migration: the file is about to be written in a newer version.
                    if decoded.version < StateFile.version(of: next) {
                        // Never replace an earlier migration's backup: number the next one.
                        var backup = migrationBackupFile(version: decoded.version)
                        var copy = 1
                        while StorePlatform.exists(backup) {
                            copy += 1
                            backup = migrationBackupFile(version: decoded.version) + ".\(copy)"
                        }
                        try StoreFiles.writeAtomically(original, to: backup)
                    }
                    try StoreFiles.replaceBackup(backupFile, from: stateFile, bytes: original)
                }
                crashPoint.check(.afterBackup)
                let bytes = StateFile.encode(next)
                try StoreFiles.writeAtomically(bytes, to: stateFile, crash: crashPoint)
                return entry
            }
        }
    }
}
