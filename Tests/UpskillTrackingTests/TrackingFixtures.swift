import Foundation
import UpskillCurriculum
import UpskillGraph
import UpskillPlanner
import UpskillTracking

/// A small catalog, temporary store folders and dates for the tracking tests.
enum TrackingFixtures {
    /// shell ← git, shell ← docker (alias `containers`) ← k8s, (aws | gcp) + k8s ← deploy;
    /// role `newcomer` holds shell, role `platform` wants git and deploy.
    static let curriculum = """
        {"curriculum": "t", "title": "T",
         "skills": [
           {"id": "shell", "name": "Shell", "category": "foundations", "hours": 10},
           {"id": "git", "name": "Git", "category": "foundations", "hours": 10, "requires": ["shell"]},
           {"id": "docker", "name": "Docker", "category": "infrastructure", "hours": 20, "requires": ["shell"], "aliases": ["containers"]},
           {"id": "k8s", "name": "Kubernetes", "category": "infrastructure", "hours": 30, "requires": ["docker"]},
           {"id": "aws", "name": "AWS", "category": "cloud", "hours": 15},
           {"id": "gcp", "name": "GCP", "category": "cloud", "hours": 18},
           {"id": "deploy", "name": "Deploy", "category": "cloud", "hours": 10, "requires": [{"anyOf": ["aws", "gcp"]}, "k8s"]}
         ],
         "roles": [
           {"id": "newcomer", "name": "Newcomer", "requires": ["shell"]},
           {"id": "platform", "name": "Platform engineer", "requires": ["git", "deploy"]}
         ]}
        """

    /// The catalog of ``curriculum``, optionally with JSON text replaced first.
    static func catalog(replacing: [(String, String)] = []) throws -> Catalog {
        var json = curriculum
        for (old, new) in replacing { json = json.replacingOccurrences(of: old, with: new) }
        let bytes = Array(json.utf8)
        return try Catalog(sources: [
            CurriculumSource(
                name: "t.json", origin: .file, curriculum: try Curriculum(json: bytes, source: "t.json"),
                locate: JSONDocument.locator(for: bytes))
        ])
    }

    /// A date from `YYYY-MM-DD` text (the tests only write valid ones).
    static func date(_ text: String) -> CivilDate {
        CivilDate(iso: text) ?? CivilDate(year: 1970, month: 1, day: 1)
    }

    /// The goal newcomer → platform at 10 h/week from 2026-01-05.
    static let goal = Goal(from: ["newcomer"], to: ["platform"], hoursPerWeek: 10, start: date("2026-01-05"))

    /// A fresh, empty folder, removed by the caller.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("upskill-tracking-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The bytes of a file, or nil.
    static func bytes(_ path: String) -> Data? {
        FileManager.default.contents(atPath: path)
    }

    /// Writes text to a file.
    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}

/// Runs `body` and returns the ``TrackingError`` it throws, or nil when it throws none.
func trackingError(_ body: () throws(TrackingError) -> Void) -> TrackingError? {
    do {
        try body()
        return nil
    } catch {
        return error
    }
}
