import Foundation
import UpskillCurriculum
import UpskillGraph
import UpskillPlanner

// upskill-bench: how fast upskill is, on the built-in catalog and on synthetic catalogs of
// 1,000, 10,000 and 100,000 skills. Run a release build, linked as the README installs it:
//
//     swift build -c release --static-swift-stdlib -Xswiftc -use-ld=lld && .build/release/upskill-bench
//
// It reports medians of N runs (default 5) and peak memory; see BENCHMARKS in the README.

struct Options {
    var runs = 5
    var sizes = [1_000, 10_000, 100_000]
    var seed: UInt64 = 2026
    /// Where to write the synthetic catalogs and homes; kept after the run when given.
    var keep: String?
    /// Whether to compare 100k, 300k, 1M and wide catalogs with networkx (minutes).
    var large = false

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--runs":
                guard let value = rest.popFirst().flatMap(Int.init), value > 0 else {
                    throw BenchmarkError("--runs takes a whole number above 0")
                }
                runs = value
            case "--sizes":
                let values = rest.popFirst()?.split(separator: ",").compactMap { Int($0) } ?? []
                guard !values.isEmpty, values.allSatisfy({ $0 >= 100 }) else {
                    throw BenchmarkError("--sizes takes skill counts of at least 100, e.g. 1000,10000")
                }
                sizes = values
            case "--seed":
                guard let value = rest.popFirst().flatMap(UInt64.init) else { throw BenchmarkError("--seed takes a number") }
                seed = value
            case "--keep":
                guard let value = rest.popFirst(), !value.isEmpty else { throw BenchmarkError("--keep takes a folder") }
                keep = value
            case "--large":
                large = true
            case "-h", "--help":
                print("USAGE: upskill-bench [--runs N] [--sizes 1000,10000,100000] [--seed S] [--keep DIR] [--large]")
                print("  --keep DIR  write the synthetic catalogs and saved goals to DIR and leave them there (for profiling)")
                print("  --large     also 100k, 300k, 1M and wide catalogs against networkx, peak memory, one core vs two")
                exit(0)
            default:
                throw BenchmarkError("unknown argument '\(argument)'; see --help")
            }
        }
    }
}

func format(_ seconds: Double) -> String {
    seconds < 0.1 ? String(format: "%.1f ms", seconds * 1000) : String(format: "%.3f s", seconds)
}

func machine() -> String {
    let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
        .split(separator: "\n").first { $0.hasPrefix("model name") }?
        .split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
    return "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpu), \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB"
}

func runBenchmark() throws {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    let binaries = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    let upskill = binaries.appendingPathComponent("upskill").path
    let baseline = binaries.appendingPathComponent("upskill-baseline").path
    for binary in [upskill, baseline] where !FileManager.default.isExecutableFile(atPath: binary) {
        throw BenchmarkError("\(binary) is missing: run `swift build -c release` first")
    }
    if binaries.path.contains("/debug") {
        print("warning: this is a debug build; figures are only meaningful for `swift build -c release`")
    }
    let scratch = options.keep.map { URL(fileURLWithPath: $0) }
        ?? FileManager.default.temporaryDirectory.appendingPathComponent("upskill-bench-\(getpid())")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { if options.keep == nil { try? FileManager.default.removeItem(at: scratch) } }
    let environment = ["UPSKILL_HOME": scratch.appendingPathComponent("home").path, "PATH": "/usr/bin:/bin"]

    // A saved goal with some progress, for `next` and `status`.
    try prepareHome(
        upskill: upskill, environment: environment,
        goal: ["init", "--from", "data-scientist", "--to", "ml-engineer", "--start", "2026-01-05"],
        progress: [["done", "pytorch", "git"], ["start", "linux-shell"], ["log", "linux-shell", "3h"]])

    print("upskill-bench: medians of \(options.runs) runs on \(machine()); this build is linked \(BuildLinkage.current.rawValue)")
    print("")
    print("Built-in catalog (start-up included; median of \(options.runs * 4) runs)")
    // The trivial program twice: as this build links it (upskill-baseline), and linked the
    // usual way, against the toolchain's shared libraries (compiled here with swiftc).
    let linkage = BuildLinkage.current
    var baselines = [("trivial Foundation program, \(linkage.rawValue) like upskill", baseline)]
    if linkage == .static {
        if let dynamic = DynamicBaseline.compile(in: scratch) {
            baselines.append(("trivial Foundation program, linked dynamically", dynamic))
        } else {
            print("  (no swiftc on PATH: the dynamically linked trivial program is left out)")
        }
    }
    var baselineSeconds: [Double] = []
    for (label, executable) in baselines {
        let cost = try ChildProcess(executable: executable, arguments: [], environment: environment)
            .median(runs: options.runs * 4)
        baselineSeconds.append(cost.seconds)
        print("  \(label.padding(toLength: 54, withPad: " ", startingAt: 0))  \(format(cost.seconds))  \(String(format: "%.0f", cost.peakMegabytes)) MiB")
    }
    let everyday: [(String, [String])] = [
        ("upskill plan --from data-scientist --to ml-engineer", ["plan", "--from", "data-scientist", "--to", "ml-engineer"]),
        ("upskill roles", ["roles"]),
        ("upskill next", ["next"]),
        ("upskill status", ["status"]),
    ]
    for (label, arguments) in everyday {
        let probe = try ChildProcess(executable: upskill, arguments: arguments, environment: environment).run()
        if probe.status != 0 {
            print("  \(label.padding(toLength: 54, withPad: " ", startingAt: 0))  (not available: exit \(probe.status))")
            continue
        }
        let cost = try ChildProcess(executable: upskill, arguments: arguments, environment: environment)
            .median(runs: options.runs * 4)
        let ratios = zip(["", "dynamic "], baselineSeconds).map { name, seconds in
            String(format: "%.2f× %@baseline", cost.seconds / seconds, name)
        }.joined(separator: ", ")
        print(
            "  \(label.padding(toLength: 54, withPad: " ", startingAt: 0))  \(format(cost.seconds))  \(String(format: "%.0f", cost.peakMegabytes)) MiB  \(ratios)"
        )
    }

    try StartupComparison(upskill: upskill, baseline: baseline, environment: environment, pairs: options.runs * 4)
        .report(linkage: linkage)
    try reportOrders(upskill: upskill, environment: environment)
    try reportTaskwarrior(upskill: upskill, environment: environment, scratch: scratch, runs: options.runs)

    var results: [(size: Int, load: Double, plan: Double, endToEnd: Double)] = []
    for size in options.sizes {
        print("")
        let file = scratch.appendingPathComponent("synthetic-\(size).json")
        let json = SyntheticCatalog(skillCount: size, seed: options.seed).json()
        try json.write(to: file, atomically: true, encoding: .utf8)
        print("\(size) skills (\(String(format: "%.1f", Double(json.utf8.count) / 1_048_576)) MB of JSON)")

        var catalog: Catalog?
        let load = try Stopwatch.median(runs: options.runs) {
            let bytes = [UInt8](try Data(contentsOf: file))
            let (curriculum, diagnostics) = Curriculum.decodePartially(json: bytes, source: file.path)
            guard let curriculum, diagnostics.isEmpty else { throw BenchmarkError("the synthetic catalog is invalid") }
            catalog = try Catalog(sources: [CurriculumSource(name: file.path, origin: .file, curriculum: curriculum)])
        }
        guard let catalog else { throw BenchmarkError("no catalog") }
        print("  load + validate (in process)                            \(format(load))")

        let request = PlanRequest(from: ["role-0"], to: ["role-1"])
        var plan: Plan?
        let planning = try Stopwatch.median(runs: options.runs) {
            plan = try Planner(catalog: catalog).plan(request)
        }
        if let plan {
            print(
                "  plan role-0 → role-1 (in process)                       \(format(planning))  (\(plan.steps.count) steps, \(plan.optimal ? "optimal" : "not proven optimal"), \(plan.searchNodes) search nodes)"
            )
        }
        // next and status against a saved goal over this catalog, with some progress.
        let home = scratch.appendingPathComponent("home-\(size)").path
        let catalogOptions = ["--curriculum", file.path, "--no-builtin"]
        var sizedEnvironment = environment
        sizedEnvironment["UPSKILL_HOME"] = home
        if let plan, plan.steps.count >= 2 {
            let first = catalog.id(ofSkill: plan.steps[0].skill), second = catalog.id(ofSkill: plan.steps[1].skill)
            try prepareHome(
                upskill: upskill, environment: sizedEnvironment,
                goal: ["init", "--from", "role-0", "--to", "role-1", "--start", "2026-01-05"] + catalogOptions,
                progress: [["done", first] + catalogOptions, ["log", second, "2h"] + catalogOptions])
            for command in ["next", "status"] {
                let cost = try ChildProcess(
                    executable: upskill, arguments: [command] + catalogOptions, environment: sizedEnvironment
                ).median(runs: options.runs)
                print(
                    "  upskill \(command) (process, saved goal with progress)\(String(repeating: " ", count: 20 - command.count))\(format(cost.seconds))  peak \(String(format: "%.0f", cost.peakMegabytes)) MiB"
                )
            }
        }
        let endToEnd = try ChildProcess(
            executable: upskill,
            arguments: [
                "plan", "--curriculum", file.path, "--no-builtin", "--from", "role-0", "--to", "role-1", "--format", "json",
            ], environment: environment
        ).median(runs: options.runs)
        print(
            "  upskill plan --curriculum … --format json (process)     \(format(endToEnd.seconds))  peak \(String(format: "%.0f", endToEnd.peakMegabytes)) MiB"
        )
        results.append((size, load, planning, endToEnd.seconds))
    }

    if results.count >= 2 {
        print("")
        print("Scaling (time at the largest size ÷ time at the one before)")
        let last = results[results.count - 1], previous = results[results.count - 2]
        let factor = Double(last.size) / Double(previous.size)
        print(String(format: "  %.0f× the skills: load %.1f×, plan %.1f×, end to end %.1f×", factor,
            last.load / previous.load, last.plan / max(previous.plan, 1e-9), last.endToEnd / previous.endToEnd))
    }
    if options.large {
        try LargeCatalogComparison(
            runs: options.runs, seed: options.seed, upskill: upskill, scratch: scratch, environment: environment
        ).run()
    }
}

/// The figure the delivery order improves, on the built-in roadmap: the mean week in
/// which the target requirements are met, depth first against delivery (8 h/week).
func reportOrders(upskill: String, environment: [String: String]) throws {
    print("")
    print("Order of the built-in roadmap, data-scientist → ml-engineer at 8 h/week")
    for order in ["depth", "delivery"] {
        let arguments = [
            "plan", "--from", "data-scientist", "--to", "ml-engineer", "--start", "2027-01-04", "--format", "json",
            "--order", order,
        ]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: upskill)
        process.arguments = arguments
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let object = try JSONSerialization.jsonObject(with: output) as? [String: Any],
            let mean = object["meanTargetCompletionWeek"] as? Double, let total = object["totalHours"] as? Double
        else {
            throw BenchmarkError("upskill \(arguments.joined(separator: " ")) gave no roadmap (exit \(process.terminationStatus))")
        }
        let label = "--order \(order)".padding(toLength: 17, withPad: " ", startingAt: 0)
        print(String(format: "  %@ %.0f h, target requirements met on average in week %.1f", label, total, mean))
    }
}

/// Saves a goal and some progress in the upskill home of `environment`.
func prepareHome(upskill: String, environment: [String: String], goal: [String], progress: [[String]]) throws {
    for arguments in [goal] + progress {
        let result = try ChildProcess(executable: upskill, arguments: arguments, environment: environment).run()
        guard result.status == 0 else {
            throw BenchmarkError("upskill \(arguments.joined(separator: " ")) exited \(result.status)")
        }
    }
}

if CommandLine.arguments.dropFirst().first == PeakMemory.helperFlag {
    exit(PeakMemory.runHelper(Array(CommandLine.arguments.dropFirst(2))))
}
do {
    try runBenchmark()
} catch {
    FileHandle.standardError.write(Data("upskill-bench: error: \(error)\n".utf8))
    exit(1)
}
