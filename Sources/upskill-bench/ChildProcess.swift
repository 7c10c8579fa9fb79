import Foundation

/// Runs a program with `posix_spawn` and `wait4`, so that the benchmark gets the wall
/// time and the peak memory of that one child.
struct ChildProcess {
    let executable: String
    let arguments: [String]
    let environment: [String: String]

    /// What one run cost.
    struct Cost {
        var seconds: Double
        var peakMegabytes: Double
        var status: Int32
    }

    /// Runs the program once with standard output and error sent to /dev/null.
    func run() throws -> Cost {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let start = Stopwatch.now()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw BenchmarkError("cannot start \(executable): error \(spawned)") }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { throw BenchmarkError("wait4 failed for \(executable)") }
        let seconds = Stopwatch.now() - start
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Cost(seconds: seconds, peakMegabytes: Double(usage.ru_maxrss) / 1024, status: exitStatus)
    }

    /// The median wall time of several runs, and the peak memory of one more run measured
    /// through ``PeakMemory``'s helper (a child spawned straight from the benchmark is
    /// charged the benchmark's own high-water mark); fails if any run fails.
    func median(runs: Int) throws -> Cost {
        var costs: [Cost] = []
        for _ in 0..<runs {
            let cost = try run()
            guard cost.status == 0 else {
                throw BenchmarkError("\(executable) \(arguments.joined(separator: " ")) exited \(cost.status)")
            }
            costs.append(cost)
        }
        let peak = try PeakMemory.mebibytes(
            executable: executable, arguments: arguments, environment: environment,
            scratch: FileManager.default.temporaryDirectory)
        return Cost(seconds: Stopwatch.median(costs.map(\.seconds)), peakMegabytes: peak, status: 0)
    }
}

/// A benchmark that cannot run, with the reason.
struct BenchmarkError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
