import Foundation
import Testing

/// What a change implies, through the built binary: `done`, `skip` and `assess` name the
/// prerequisites they now count as known; `start` of a skill that is not ready warns what
/// is still open, and `next` lists started skills first, ready or not.
@Suite("Implied knowledge (binary)")
struct ImpliedKnowledgeTests {
    typealias P = ProgressTestSupport

    /// The skills of the saved goal's plan (what is not known yet).
    static func planned(home: URL) throws -> Set<String> {
        let plan = try P.object(try P.run(["plan", "--format", "json"], home: home).stdout)
        return Set((plan["steps"] as? [[String: Any]] ?? []).compactMap { $0["skill"] as? String })
    }

    @Test("done names the prerequisites it makes known, nearest first, with their count")
    func doneNamesPrerequisites() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        let done = try P.run(["done", "kubernetes"], home: home)
        #expect(done.status == 0, "\(done.stderr)")
        #expect(
            done.stdout == "Done: kubernetes (\(P.today)); also counts as known: docker, networking (2)\n")
        let left = try Self.planned(home: home)
        for skill in ["kubernetes", "docker", "networking"] { #expect(!left.contains(skill), "\(skill)") }
        // Only the named skill gets a record: the others are known through it.
        #expect(try P.states(in: home) == ["kubernetes": "done"])
    }

    @Test("A long list names six, then how many more, and the count; what was known already is left out")
    func longList() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try P.run(["skip", "kubernetes"], home: home).stdout.contains("also counts as known: docker, "))
        let before = try Self.planned(home: home)
        let done = try P.run(["done", "ml-system-design"], home: home)
        #expect(done.status == 0, "\(done.stderr)")
        let line = done.stdout
        let prefix = "Done: ml-system-design (\(P.today)); also counts as known: "
        #expect(line.hasPrefix(prefix), "\(line)")
        // The plan loses the skills now known (and perhaps an alternative they made needless).
        let after = try Self.planned(home: home)
        let implied = before.subtracting(after).subtracting(["ml-system-design"])
        let count = try #require(Int(line.split(separator: "(").last?.dropLast(2) ?? ""), "\(line)")
        #expect(count > 6 && count <= implied.count, "\(count) of \(implied)")
        #expect(line.hasSuffix(" and \(count - 6) more (\(count))\n"), "\(line)")
        let named = line.dropFirst(prefix.count).components(separatedBy: " and ")[0].components(separatedBy: ", ")
        #expect(named.count == 6)
        #expect(Set(named).isSubset(of: implied), "\(named) are not all newly known: \(implied)")
        for known in ["kubernetes", "docker", "linux-shell"] { #expect(!line.contains(" \(known),"), "\(known) was known") }
    }

    @Test("A skill with nothing to add, or nothing changed, prints as before")
    func nothingImplied() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try P.run(["done", "pytorch"], home: home).stdout == "Done: pytorch (\(P.today))\n")
        #expect(try P.run(["done", "pytorch"], home: home).stdout == "Already done: pytorch\nNothing changed.\n")
    }

    @Test("assess names the skills it counts as known beyond the answers")
    func assess() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        let file = home.appendingPathComponent("answers.txt")
        try "kubernetes yes\nonnx no\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try P.run(["assess", "--answers", file.path], home: home)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("Counts as known beyond your answers: docker, networking (2)\n"))
    }

    @Test("start of a skill that is not ready warns what is still open, records it, and next lists it first")
    func startNotReady() throws {
        let home = try P.homeWithGoal()
        defer { try? FileManager.default.removeItem(at: home) }
        // PyTorch counts as known: the plan assumes it of a data scientist.
        let open = "model-packaging"
        let start = try P.run(["start", "onnx"], home: home)
        #expect(start.status == 0)
        #expect(start.stdout == "Started: onnx (\(P.today))\n")
        #expect(start.stderr == "warning: onnx is not ready: still open: \(open)\n")
        #expect(try P.states(in: home)["onnx"] == "started")

        let ready = try P.run(["start", "networking"], home: home)
        #expect(ready.stderr.isEmpty, "networking is ready: \(ready.stderr)")

        // Started skills come first, in plan order: networking, then onnx.
        let text = try P.run(["next", "--limit", "2"], home: home)
        let lines = text.stdout.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("    learn: ") }
        #expect(lines[0].contains("ready now and 2 started"), "\(lines[0])")
        #expect(lines[1].hasPrefix("  networking ") && lines[1].hasSuffix("  started"), "\(text.stdout)")
        #expect(lines[2].hasPrefix("  onnx ") && lines[2].hasSuffix("started, not ready: still open: \(open)"), "\(text.stdout)")

        let json = try P.object(try P.run(["next", "--format", "json", "--limit", "2"], home: home).stdout)
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.map { $0["skill"] as? String } == ["networking", "onnx"])
        #expect(steps.map { $0["state"] as? String } == ["started", "started"])
        #expect(steps.map { $0["ready"] as? Bool } == [true, false])
        #expect(steps[1]["stillOpen"] as? [String] == ["model-packaging"])
        #expect(json["startedCount"] as? Int == 2)
    }
}
