/// The journal file: the entries up to the mark `state.json` records, which that state
/// includes; then any complete lines after it, which are committed changes `state.json`
/// does not include yet (appended by `upskill merge-driver`, or by a change killed before
/// it replaced `state.json`), applied by readers and written into `state.json` by the
/// next change; and at most a torn last line without its newline (a write that died),
/// which is ignored and cut off by the next change.
struct JournalFile {
    /// The journal's path.
    let path: String
    /// The part `state.json` includes, as it records it.
    var mark: StateFile.JournalMark

    /// The committed entries, and where they end.
    struct Contents {
        /// Every complete entry, those after the mark included.
        var history: History
        /// The number of entries and bytes up to the end of the last complete line.
        var end: StateFile.JournalMark
    }

    /// Checks an open journal of `size` bytes against the mark.
    /// - Throws: `damaged` when the file is shorter than the mark, or does not end a line
    ///   at the mark.
    private func check(_ fd: Int32, size: Int) throws(TrackingError) {
        if size < mark.bytes {
            throw damaged(
                "\(path) is \(size) bytes long, but state.json records \(mark.entries) entries in its first \(mark.bytes) bytes: it was truncated or replaced"
            )
        }
        if mark.bytes > 0, try StoreFiles.readAll(fd, path: path, from: mark.bytes - 1, limit: 1) != [0x0A] {
            throw damaged(
                "\(path) does not end a line at byte \(mark.bytes), where state.json records the end of entry \(mark.entries): it was edited or damaged"
            )
        }
    }

    private func damaged(_ message: String) -> TrackingError {
        TrackingError(.damaged, file: path, message, recovery: Self.recovery(path))
    }

    /// What to do about a damaged journal.
    static func recovery(_ path: String) -> [String] {
        [
            "upskill has not changed it, and your progress in state.json is intact. To go on without the damaged history, move the journal aside:",
            "  mv '\(path)' '\(path).broken'",
            "upskill then starts a new journal; history and undo begin after the entries the old one held.",
        ]
    }

    /// The committed entries, read without the lock (committed lines never change).
    /// A missing journal is an empty one whose earlier entries are counted as missing.
    func history() throws(TrackingError) -> History {
        try contents().history
    }

    /// The committed entries and where they end (see ``history()``).
    func contents() throws(TrackingError) -> Contents {
        guard let fd = try StoreFiles.openOwnFile(path, .readOnly, what: "the journal") else {
            return Contents(history: History(entries: [], missingEntries: mark.entries), end: mark)
        }
        defer { StorePlatform.close(fd) }
        return try contents(fd)
    }

    private func contents(_ fd: Int32) throws(TrackingError) -> Contents {
        guard let status = StorePlatform.status(fd) else { throw StoreFiles.ioError("read the size of", path) }
        try check(fd, size: status.size)
        let bytes = try StoreFiles.readAll(fd, path: path, limit: status.size)
        var lines: [ArraySlice<UInt8>] = []
        var lineStart = 0
        var linesInMark = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            lines.append(bytes[lineStart..<index])
            lineStart = index + 1
            if lineStart <= mark.bytes { linesInMark += 1 }
        }
        // Bytes after the last newline are a torn write: ignored, and cut off by the next
        // change (`lineStart` is where they begin).
        let first = mark.entries - linesInMark + 1
        var entries: [JournalEntry] = []
        for (index, line) in lines.enumerated() {
            let entry: JournalEntry
            do {
                entry = try JournalLine.decode(Array(line), file: path, line: index + 1)
            } catch {
                var error = error
                if error.kind == .damaged { error.recovery = Self.recovery(path) }
                throw error
            }
            guard entry.sequence == first + index else {
                throw damaged(
                    "\(path):\(index + 1): entry number \(entry.sequence) where \(first + index) was expected: entries are missing or out of order"
                )
            }
            entries.append(entry)
        }
        return Contents(
            history: History(entries: entries, missingEntries: max(0, first - 1)),
            end: StateFile.JournalMark(entries: first - 1 + lines.count, bytes: lineStart))
    }

    /// Opens the journal to add an entry, under the lock: checks it against the mark and
    /// runs `body` with an appender. A missing journal (moved aside to recover from
    /// damage) is started again, keeping the entry numbers.
    func withAppender<Result>(
        _ body: (inout Appender) throws(TrackingError) -> Result
    ) throws(TrackingError) -> Result {
        var mark = self.mark
        // Never follow a link: a `journal.jsonl` planted as a symbolic link must not make
        // upskill write to the file it points to.
        var fd: Int32
        if let existing = try StoreFiles.openOwnFile(path, .readWrite, what: "the journal") {
            fd = existing
        } else {
            guard let created = try StoreFiles.openOwnFile(path, [.readWrite, .create, .exclusive], what: "the journal")
            else { throw StoreFiles.ioError("create", path) }
            fd = created
            mark.bytes = 0
        }
        defer { StorePlatform.close(fd) }
        // Everything a reader checks, before anything is appended: the mark, and every
        // committed line (a damaged journal is never written to; issue 16, finding 9).
        let contents = try JournalFile(path: path, mark: mark).contents(fd)
        var appender = Appender(journal: JournalFile(path: path, mark: contents.end), fd: fd, contents: contents)
        return try body(&appender)
    }

    /// Adds entries to an open, checked journal; its mark is the end of the last complete
    /// line.
    struct Appender {
        fileprivate(set) var journal: JournalFile
        fileprivate let fd: Int32
        /// The journal as checked when it was opened.
        let contents: Contents

        /// The committed entries.
        func history() throws(TrackingError) -> History {
            contents.history
        }

        /// Writes `line` (ending in a newline) right after the last complete line, cutting
        /// off any torn one, and syncs the file.
        /// - Returns: The mark that commits it, to be written into `state.json`.
        mutating func append(_ line: [UInt8]) throws(TrackingError) -> StateFile.JournalMark {
            let path = journal.path
            let mark = journal.mark
            guard StorePlatform.truncate(fd, to: mark.bytes) else { throw StoreFiles.ioError("truncate", path) }
            try StoreFiles.writeAll(fd, line, at: mark.bytes, path: path)
            guard StorePlatform.sync(fd) else { throw StoreFiles.ioError("sync", path) }
            journal.mark = StateFile.JournalMark(entries: mark.entries + 1, bytes: mark.bytes + line.count)
            return journal.mark
        }
    }
}
