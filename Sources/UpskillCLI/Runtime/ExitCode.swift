/// The exit statuses of `upskill`, following BSD's sysexits.h.
package enum ExitCode: Int32, Sendable {
    /// Success.
    case success = 0
    /// A failure that is none of the below, e.g. a goal that cannot be reached.
    case failure = 1
    /// The command line is wrong: an unknown command, option or id, or a bad value.
    case usage = 64
    /// Input data is wrong: an invalid curriculum or progress file.
    case dataError = 65
    /// An input file does not exist or cannot be read.
    case noInput = 66
    /// Reading or writing failed.
    case ioError = 74
    /// Try again later: another upskill holds the lock.
    case temporaryFailure = 75
}
