import Foundation
import Testing

/// `upskill plan` through the built binary: the roadmap, its JSON form, determinism and
/// the errors a person can run into.
@Suite("upskill plan (binary)")
struct PlanCommandTests {
    @Test("The README's main command prints a roadmap and exits 0")
    func mainJob() throws {
        let result = try UpskillBinary.run(["plan", "--from", "data-scientist", "--to", "ml-engineer"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Roadmap: data-scientist -> ml-engineer\n"))
        #expect(result.stdout.contains("The shortest plan"))
        for skill in ["docker", "kubernetes", "onnx", "software-testing", "rag", "llm-serving"] {
            #expect(result.stdout.contains("(\(skill))"), "the roadmap lacks \(skill)")
        }
        #expect(result.stderr.isEmpty)
    }

    @Test("Piped output has no colour codes and no Unicode decoration")
    func pipedOutputIsPlain() throws {
        let result = try UpskillBinary.run(["plan", "--from", "data-scientist", "--to", "ml-engineer"])
        #expect(!result.stdout.contains("\u{1B}["))
        #expect(!result.stdout.contains("→"))
    }

    @Test("--format json has the contract fields, and steps sum to totalHours")
    func json() throws {
        let result = try UpskillBinary.run([
            "plan", "--from", "data-scientist", "--to", "ml-engineer", "--format", "json", "--start", "2026-01-05",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let steps = try #require(object["steps"] as? [[String: Any]])
        let total = try #require(object["totalHours"] as? Double)
        #expect(object["optimal"] as? Bool == true)
        #expect(object["from"] as? [String] == ["data-scientist"])
        #expect(object["to"] as? [String] == ["ml-engineer"])
        #expect(object["hoursPerWeek"] as? Double == 8)
        #expect(object["start"] as? String == "2026-01-05")
        #expect(object["weeks"] as? Int == Int((total / 8).rounded(.up)))
        #expect(abs(steps.compactMap { $0["hours"] as? Double }.reduce(0, +) - total) < 1e-9)
        #expect(steps.allSatisfy { $0["skill"] is String && $0["startWeek"] is Int && $0["because"] is [String] })
        // Every step comes after the steps it names as needing it? No: needs come later.
        var position: [String: Int] = [:]
        for (index, step) in steps.enumerated() { position[step["skill"] as? String ?? ""] = index }
        for (index, step) in steps.enumerated() {
            for reason in step["because"] as? [String] ?? [] {
                if let later = position[reason] { #expect(later > index, "\(reason) needs a step placed after it") }
            }
        }
    }

    @Test("The same request prints byte-identical output")
    func deterministic() throws {
        let arguments = [
            "plan", "--from", "data-scientist", "--to", "ml-engineer", "--to", "mlops-engineer", "--start", "2026-03-02",
        ]
        let first = try UpskillBinary.run(arguments)
        let second = try UpskillBinary.run(arguments)
        #expect(first.stdout == second.stdout)
        let firstJSON = try UpskillBinary.run(arguments + ["--format", "json"])
        let secondJSON = try UpskillBinary.run(arguments + ["--format", "json"])
        #expect(firstJSON.stdout == secondJSON.stdout)
    }

    @Test("--by works out the hours a week that finish in time")
    func byDate() throws {
        let result = try UpskillBinary.run([
            "plan", "--from", "data-scientist", "--to", "ml-engineer", "--start", "2026-01-05", "--by", "2026-12-27",
            "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let finish = try #require(object["finish"] as? String)
        #expect(finish <= "2026-12-27")
        #expect(object["deadline"] as? String == "2026-12-27")
    }

    @Test(
        "Mistakes exit 64 with one clear sentence and a suggestion",
        arguments: [
            (["plan", "--from", "data-scientist", "--to", "ml-enginer"], "unknown role 'ml-enginer'; did you mean 'ml-engineer'?"),
            (["plan", "--to", "ml-engineer", "--know", "dokcer"], "unknown skill 'dokcer'; did you mean 'docker'?"),
            (["plan", "--from", "data-scientist"], "nothing to plan for"),
            (["plan", "--to", "ml-engineer", "--hours-per-week", "0"], "--hours-per-week takes a number of hours from 0.25 to 168"),
            (["plan", "--to", "ml-engineer", "--hours-per-week", "1e-300"], "--hours-per-week takes a number of hours from 0.25 to 168"),
            (["plan", "--to", "ml-engineer", "--start", "2026-02-30"], "--start takes a date as YYYY-MM-DD"),
            (["plan", "--to", "ml-engineer", "--hours-per-wek", "5"], "did you mean '--hours-per-week'?"),
            (["plam"], "did you mean 'plan'?"),
            (["plan", "--goal", "docker", "--avoid", "docker"], "'docker' is both a --goal and in --avoid"),
        ] as [([String], String)])
    func usageErrors(arguments: [String], message: String) throws {
        let result = try UpskillBinary.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("error: "))
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.contains("--help"))
        #expect(result.stdout.isEmpty)
    }

    @Test("A deadline that needs more than 168 hours a week is refused, saying what it would take")
    func impossibleDeadline() throws {
        let result = try UpskillBinary.run([
            "plan", "--from", "data-scientist", "--to", "ml-engineer", "--start", "2026-01-05", "--by", "2026-01-11",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("takes 522 hours a week, more than the 168 a week has"), "\(result.stderr)")
    }

    @Test("A target made unreachable by --avoid explains which requirement is blocked and exits 1")
    func unreachable() throws {
        let result = try UpskillBinary.run(["plan", "--goal", "kubernetes", "--avoid", "docker"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot reach 'kubernetes'"), "\(result.stderr)")
        #expect(result.stderr.contains("'docker' is avoided"), "\(result.stderr)")
    }

    @Test("The binary carries its curricula: a copy alone in another folder still plans")
    func selfContained() throws {
        let folder = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("upskill")
        try FileManager.default.copyItem(at: UpskillBinary.url, to: copy)
        let result = try UpskillBinary.run(
            ["plan", "--from", "data-scientist", "--to", "ml-engineer"], directory: folder, executable: copy)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("kubernetes"))
    }
}
