import Foundation
import Testing

/// The built-in data scientist → ML engineer roadmap, compared byte for byte with the
/// reviewed copies in `Golden/`. After a deliberate change to the curriculum or the
/// output, regenerate them with `UPSKILL_UPDATE_GOLDEN=1 swift test` and review the diff.
@Suite("Built-in roadmap (golden)")
struct RoadmapGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(
        "The roadmap matches its golden file",
        arguments: [
            ("plan-ds-to-mle.txt", ["plan", "--from", "data-scientist", "--to", "ml-engineer", "--start", "2027-01-04"]),
            (
                "plan-ds-to-mle-depth.txt",
                ["plan", "--from", "data-scientist", "--to", "ml-engineer", "--start", "2027-01-04", "--order", "depth"]
            ),
            (
                "plan-ds-to-mle.json",
                ["plan", "--from", "data-scientist", "--to", "ml-engineer", "--start", "2027-01-04", "--format", "json"]
            ),
            (
                "plan-ds-to-mle-aws.txt",
                [
                    "plan", "--from", "data-scientist", "--to", "ml-engineer", "--know", "git,pytorch", "--avoid", "gcp,azure",
                    "--hours-per-week", "10", "--start", "2027-01-04",
                ]
            ),
        ] as [(String, [String])])
    func matchesGolden(file: String, arguments: [String]) throws {
        let result = try UpskillBinary.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let url = Self.golden.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["UPSKILL_UPDATE_GOLDEN"] == "1" {
            try result.stdout.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(
            result.stdout == expected,
            "output differs from Golden/\(file); if the change is deliberate, run UPSKILL_UPDATE_GOLDEN=1 swift test")
    }
}
