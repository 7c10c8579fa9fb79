/// Why the progress store cannot do what was asked, written for the person: what is
/// wrong, where, and what to do about it.
package struct TrackingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What sort of problem it is; the command line maps each to an exit status.
    package enum Kind: Sendable, Hashable {
        /// A file is not valid: corrupt, truncated, or inconsistent with the other files
        /// (exit 65). Nothing was written.
        case damaged
        /// A file was written by a newer upskill (exit 65). Nothing was written.
        case newerVersion
        /// Another upskill held the lock for longer than the wait allows (exit 75).
        case locked
        /// Reading, writing or syncing failed (exit 74).
        case io
        /// A setting in the environment has a value the store does not accept (exit 64).
        case invalidSetting
        /// `upskill merge-driver` cannot merge two journals safely (exit 1): git leaves the
        /// file as a conflict, unchanged.
        case conflict
    }

    /// What sort of problem it is.
    package var kind: Kind
    /// The file concerned, if one is.
    package var file: String?
    /// One sentence on what is wrong, naming the file.
    package var message: String
    /// What to do about it, one step a line; empty when there is nothing to add.
    package var recovery: [String]

    package init(_ kind: Kind, file: String? = nil, _ message: String, recovery: [String] = []) {
        self.kind = kind
        self.file = file
        self.message = message
        self.recovery = recovery
    }

    /// The message, then the recovery steps, one a line.
    package var description: String {
        ([message] + recovery).joined(separator: "\n")
    }
}
