import Foundation

/// `--large`: the whole `upskill plan --curriculum big.json --no-builtin --from role-0 --to
/// role-1 --format json` process on 100,000, 300,000 and 1,000,000 skills and on the wide
/// catalog of 100,000, against the networkx script (``NetworkxScript``), run in turn (A B
/// A B …) with the ratio taken pair by pair; peak memory per 1,000 skills from the
/// maximum resident set of a separate run (``PeakMemory``); and the same process pinned to one core (`taskset -c 0`), against
/// two.
struct LargeCatalogComparison {
    var runs: Int
    var seed: UInt64
    var upskill: String
    var scratch: URL
    var environment: [String: String]
    /// The catalogs: (skills, wide).
    var catalogs: [(Int, Bool)] = [(100_000, false), (300_000, false), (1_000_000, false), (100_000, true)]

    func run() throws {
        print("")
        print("Large catalogs: upskill plan … --format json against networkx (\(runs) pairs each, medians)")
        let pythonEnvironment = ProcessInfo.processInfo.environment
        let (python, reason) = NetworkxScript.python(environment: pythonEnvironment)
        let script = try NetworkxScript.write(in: scratch)
        if python == nil { print("  (no networkx comparison: \(reason))") }
        let taskset = ["/usr/bin/taskset", "/bin/taskset"].first { FileManager.default.isExecutableFile(atPath: $0) }
        if taskset == nil { print("  (no taskset: the one-core figure is left out)") }
        for (size, wide) in catalogs {
            let catalog = SyntheticCatalog(skillCount: size, seed: seed, wide: wide)
            let file = scratch.appendingPathComponent("\(catalog.name).json")
            let json = catalog.json()
            try json.write(to: file, atomically: true, encoding: .utf8)
            let megabytes = Double(json.utf8.count) / 1_048_576
            let arguments = [
                "plan", "--curriculum", file.path, "--no-builtin", "--from", "role-0", "--to", "role-1", "--format", "json",
            ]
            let plan = ChildProcess(executable: upskill, arguments: arguments, environment: environment)
            var upskillSeconds: [Double] = [], ratios: [Double] = [], networkxSeconds: [Double] = []
            _ = try plan.run()  // warm-up: the file into the page cache
            for _ in 0..<runs {
                let cost = try checked(plan.run(), "upskill plan on \(catalog.name)")
                upskillSeconds.append(cost.seconds)
                if let python {
                    let other = try checked(
                        ChildProcess(
                            executable: python, arguments: [script, file.path, "role-0", "role-1"],
                            environment: pythonEnvironment
                        ).run(), "the networkx script on \(catalog.name)")
                    networkxSeconds.append(other.seconds)
                    ratios.append(cost.seconds / other.seconds)
                }
            }
            // The peak of a separate run, spawned by a small helper (see PeakMemory).
            let peak = try PeakMemory.mebibytes(
                executable: upskill, arguments: arguments, environment: environment, scratch: scratch)
            let label = wide ? "\(size) skills, wide" : "\(size) skills"
            print("  \(label) (\(String(format: "%.0f", megabytes)) MB of JSON)")
            let median = Stopwatch.median(upskillSeconds)
            print(
                String(
                    format: "    upskill plan … --format json   %@  peak %.0f MiB, %.2f MiB per 1,000 skills, %.2f µs per skill",
                    format(median), peak, peak / (Double(size) / 1000), median / Double(size) * 1e6))
            if python != nil {
                print(
                    String(
                        format: "    networkx script                %@  upskill/networkx %.3f× (pair by pair)",
                        format(Stopwatch.median(networkxSeconds)), Stopwatch.median(ratios)))
            }
            if let taskset {
                let pinned = ChildProcess(
                    executable: taskset, arguments: ["-c", "0", upskill] + arguments, environment: environment)
                var pinnedRatios: [Double] = [], pinnedSeconds: [Double] = []
                for _ in 0..<runs {
                    let one = try checked(pinned.run(), "upskill plan pinned to one core")
                    let two = try checked(plan.run(), "upskill plan")
                    pinnedSeconds.append(one.seconds)
                    pinnedRatios.append(one.seconds / two.seconds)
                }
                print(
                    String(
                        format: "    pinned to one core             %@  one core / two cores %.2f× (pair by pair)",
                        format(Stopwatch.median(pinnedSeconds)), Stopwatch.median(pinnedRatios)))
            }
        }
    }

    private func checked(_ cost: ChildProcess.Cost, _ what: String) throws -> ChildProcess.Cost {
        guard cost.status == 0 else { throw BenchmarkError("\(what) exited \(cost.status)") }
        return cost
    }
}
