/// The journal file: committed entries up to the mark `state.json` records, and at most
/// one uncommitted line after it (left by a write that died before replacing
/// `state.json`), which is ignored by readers and cut off by the next writer.
struct JournalFile {
    /// The journal's path.
    let path: String
    /// The committed part, as `state.json` records it.
    var mark: StateFile.JournalMark

    /// Checks an open journal of `size` bytes against the mark.
    /// - Throws: `damaged` when the file is shorter than the mark, does not end a line at
    ///   the mark, or holds more than one line past it.
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
        if size > mark.bytes {
            let tail = try StoreFiles.readAll(fd, path: path, from: mark.bytes)
            let newlines = tail.filter { $0 == 0x0A }.count
            if newlines > 1 || (newlines == 1 && tail.last != 0x0A) {
                throw TrackingError(
                    .damaged, file: path,
                    "\(path) holds \(newlines) entries after the \(mark.entries) that state.json records: state.json was probably replaced by an older copy",
                    recovery: [
                        "upskill has not changed either file. If you restored state.json on purpose, move the journal aside (mv '\(path)' '\(path).old'); upskill then starts a new one. Otherwise put the newer state.json back."
                    ])
            }
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

    /// The committed entries, read without the lock (the committed part never changes).
    /// A missing journal is an empty one whose earlier entries are counted as missing.
    func history() throws(TrackingError) -> History {
        guard let fd = try StoreFiles.openOwnFile(path, .readOnly, what: "the journal") else {
            return History(entries: [], missingEntries: mark.entries)
        }
        defer { StorePlatform.close(fd) }
        return try history(fd)
    }

    private func history(_ fd: Int32) throws(TrackingError) -> History {
        guard let status = StorePlatform.status(fd) else { throw StoreFiles.ioError("read the size of", path) }
        try check(fd, size: status.size)
        let bytes = try StoreFiles.readAll(fd, path: path, limit: mark.bytes)
        var entries: [JournalEntry] = []
        var lineStart = 0
        var lines: [ArraySlice<UInt8>] = []
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            lines.append(bytes[lineStart..<index])
            lineStart = index + 1
        }
        let first = mark.entries - lines.count + 1
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
        return History(entries: entries, missingEntries: max(0, first - 1))
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
        var appender = Appender(journal: JournalFile(path: path, mark: mark), fd: fd)
        // Everything a reader checks, before anything is appended: the mark, and every
        // committed line (a damaged journal is never written to; issue 16, finding 9).
        _ = try appender.journal.history(fd)
        return try body(&appender)
    }

    /// Adds entries to an open, checked journal.
    struct Appender {
        fileprivate(set) var journal: JournalFile
        fileprivate let fd: Int32

        /// The committed entries.
        func history() throws(TrackingError) -> History {
            try journal.history(fd)
        }

        /// Writes `line` (ending in a newline) right after the committed part, cutting off
        /// any uncommitted line, and syncs the file.
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
