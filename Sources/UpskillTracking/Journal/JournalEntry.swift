import UpskillPlanner

/// One line of the journal: a change, when it was recorded and the day it counts for.
package struct JournalEntry: Sendable, Hashable {
    /// The entry's number: 1 for the first change, then one more for each.
    package var sequence: Int
    /// When it was recorded, UTC, as `2026-01-05T10:02:03Z`.
    package var recordedAt: String
    /// The day it counts for (today, or the `--date` given).
    package var date: CivilDate
    /// What changed.
    package var change: Change
    /// The entry's identity across copies of the journal (`nil` for lines written before
    /// ids, line format 4 and older): random, so two machines never pick the same one.
    /// The sequence number is a position, which `upskill merge-driver` may renumber when
    /// it merges two journals; the id never changes.
    package var id: String?

    package init(sequence: Int, recordedAt: String, date: CivilDate, change: Change, id: String? = nil) {
        self.sequence = sequence
        self.recordedAt = recordedAt
        self.date = date
        self.change = change
        self.id = id
    }

    /// A new random id: 16 lowercase hexadecimal digits (64 bits), so that entries made
    /// on two machines without any coordination never share one.
    package static func newID() -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = String(generator.next(), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// The committed journal: its entries in order, and how many earlier ones are missing
/// (a journal moved aside to recover from damage starts again after them).
package struct History: Sendable, Hashable {
    /// The entries, oldest first.
    package var entries: [JournalEntry]
    /// How many entries were recorded before the first one present.
    package var missingEntries: Int

    package init(entries: [JournalEntry], missingEntries: Int = 0) {
        self.entries = entries
        self.missingEntries = missingEntries
    }

    /// For each entry taken back by `upskill undo` or `upskill revert` and not brought
    /// back, the sequence number of the entry that took it back.
    package var undoneBy: [Int: Int] {
        JournalTimeline(self).takenBackBy
    }

    /// The entry `upskill undo` takes back next (see ``JournalTimeline/nextToUndo``).
    package var nextToUndo: JournalEntry? {
        JournalTimeline(self).nextToUndo
    }
}
