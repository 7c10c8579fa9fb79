import UpskillTracking

extension CLIError {
    /// A store problem as the command line reports it: the message, the recovery steps,
    /// and the exit status of its kind (65 damaged or newer files, 75 a lock held too
    /// long, 74 I/O, 64 a bad setting, 1 a merge left as a conflict).
    init(_ error: TrackingError) {
        let exitCode: ExitCode
        switch error.kind {
        case .damaged, .newerVersion: exitCode = .dataError
        case .locked: exitCode = .temporaryFailure
        case .io: exitCode = .ioError
        case .invalidSetting: exitCode = .usage
        case .conflict: exitCode = .failure
        }
        self.init(lines: ["error: " + error.message] + error.recovery, exitCode: exitCode)
    }
}
