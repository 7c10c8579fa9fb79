import Foundation

/// The peak memory of one run of a program, measured from a small helper process.
///
/// `ChildProcess` spawns with `posix_spawn`, whose child shares the benchmark's address
/// space until it executes the program; Linux then keeps the benchmark's own high-water
/// mark (hundreds of MB once it has held a large catalog) as the child's maximum resident
/// set. So the benchmark runs itself again as a helper (`upskill-bench --measure-peak FILE
/// PROGRAM ARGUMENTS…`), a process of a few MB, which spawns the program and writes the
/// program's maximum resident set, in KiB, to FILE.
enum PeakMemory {
    static let helperFlag = "--measure-peak"

    /// The helper's work: runs the program once and writes its peak; exits with its status.
    static func runHelper(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 2 else { return 64 }
        let child = ChildProcess(
            executable: arguments[1], arguments: Array(arguments.dropFirst(2)),
            environment: ProcessInfo.processInfo.environment)
        guard let cost = try? child.run() else { return 70 }
        let kibibytes = Int(cost.peakMegabytes * 1024)
        guard (try? "\(kibibytes)\n".write(toFile: arguments[0], atomically: true, encoding: .utf8)) != nil else {
            return 73
        }
        return cost.status
    }

    /// The peak memory in MiB of one run of `executable` with `arguments`, through the
    /// helper; `scratch` holds the helper's answer.
    static func mebibytes(
        executable: String, arguments: [String], environment: [String: String], scratch: URL
    ) throws -> Double {
        let answer = scratch.appendingPathComponent("peak-\(UUID().uuidString).txt").path
        let helper = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        defer { try? FileManager.default.removeItem(atPath: answer) }
        let run = try ChildProcess(
            executable: helper, arguments: [helperFlag, answer, executable] + arguments, environment: environment
        ).run()
        guard run.status == 0, let text = try? String(contentsOfFile: answer, encoding: .utf8),
            let kibibytes = Double(text.trimmingCharacters(in: .whitespacesAndNewlines))
        else { throw BenchmarkError("measuring the peak memory of \(executable) failed (exit \(run.status))") }
        return kibibytes / 1024
    }
}
