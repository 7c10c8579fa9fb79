import Foundation

/// The start-up rows: `upskill` commands on the built-in catalog against the trivial
/// program linked as upskill is, run in turn (A B A B …) so that a drift of the machine's
/// speed hits both alike, with the median of the per-pair ratios of wall and CPU time; and
/// the size of the installed (stripped) binary.
struct StartupComparison {
    let upskill: String
    let baseline: String
    let environment: [String: String]
    /// Pairs to run after one warm-up pair.
    let pairs: Int

    /// One command's figures against the trivial program.
    struct Ratio {
        var wall: Double
        var cpu: Double
        var commandWall: Double
        var baselineWall: Double
    }

    /// Runs `arguments` and the trivial program in turn, `pairs` times after a warm-up.
    func compare(_ arguments: [String]) throws -> Ratio {
        let command = ChildProcess(executable: upskill, arguments: arguments, environment: environment)
        let trivial = ChildProcess(executable: baseline, arguments: [], environment: environment)
        _ = try Self.measure(command)
        _ = try Self.measure(trivial)
        var wall: [Double] = [], cpu: [Double] = [], commandWalls: [Double] = [], baselineWalls: [Double] = []
        for _ in 0..<pairs {
            let a = try Self.measure(command), b = try Self.measure(trivial)
            wall.append(a.wall / b.wall)
            cpu.append(a.cpu / max(b.cpu, 1e-6))
            commandWalls.append(a.wall)
            baselineWalls.append(b.wall)
        }
        return Ratio(
            wall: Stopwatch.median(wall), cpu: Stopwatch.median(cpu), commandWall: Stopwatch.median(commandWalls),
            baselineWall: Stopwatch.median(baselineWalls))
    }

    /// The wall time of one run and its CPU time (user + system), read as the growth of
    /// the CPU time of this process's waited-for children.
    static func measure(_ process: ChildProcess) throws -> (wall: Double, cpu: Double) {
        let before = childrenCPU()
        let cost = try process.run()
        guard cost.status == 0 else {
            throw BenchmarkError("\(process.executable) \(process.arguments.joined(separator: " ")) exited \(cost.status)")
        }
        return (cost.seconds, childrenCPU() - before)
    }

    static func childrenCPU() -> Double {
        var usage = rusage()
        // Glibc imports RUSAGE_CHILDREN as an enum case, Darwin as an Int32.
        #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        #else
        getrusage(RUSAGE_CHILDREN, &usage)
        #endif
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Prints the rows: `next`, `status`, `plan` and `--version` against the trivial
    /// program, then the binary's size.
    func report(linkage: BuildLinkage) throws {
        print("")
        print(
            "Start-up against the trivial Foundation program linked \(linkage.rawValue) (in turn A B A B …, \(pairs) pairs after a warm-up; medians of the per-pair ratios)"
        )
        let commands: [(String, [String])] = [
            ("upskill next", ["next"]),
            ("upskill status", ["status"]),
            ("upskill plan --from data-scientist --to ml-engineer", ["plan", "--from", "data-scientist", "--to", "ml-engineer"]),
            ("upskill --version", ["--version"]),
        ]
        for (label, arguments) in commands {
            let ratio = try compare(arguments)
            print(
                "  \(label.padding(toLength: 54, withPad: " ", startingAt: 0))  wall \(String(format: "%.2f", ratio.wall))×  cpu \(String(format: "%.2f", ratio.cpu))×  (\(format(ratio.commandWall)) against \(format(ratio.baselineWall)))"
            )
        }
        print("  \(Self.binarySize(upskill))")
    }

    /// The size of `binary` as installed (`install -s`): of a copy stripped with `strip`
    /// when there is one on PATH, else the file as built, said so.
    static func binarySize(_ binary: String) -> String {
        func megabytes(_ path: String) -> String? {
            guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber else {
                return nil
            }
            return String(format: "%.1f MB", size.doubleValue / 1_000_000)
        }
        let built = megabytes(binary) ?? "unknown size"
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("upskill-bench-strip-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let strip = Process()
        strip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        strip.arguments = ["strip", "-o", copy, binary]
        strip.standardError = FileHandle.nullDevice
        if (try? strip.run()) != nil {
            strip.waitUntilExit()
            if strip.terminationStatus == 0, let stripped = megabytes(copy) {
                return "installed binary (stripped with strip, as install -s does): \(stripped); as built: \(built)"
            }
        }
        return "binary as built: \(built) (no strip on PATH: the installed, stripped binary is smaller)"
    }
}
