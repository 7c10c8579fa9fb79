import Foundation
import Testing
import UpskillCurriculum
import UpskillPlanner
import UpskillRendering

/// The JSON output matches its documented schema, `Sources/UpskillRendering/Schema/roadmap.schema.json`, with and
/// without progress, and keeps the contract fields.
@Suite("JSON schema")
struct JSONSchemaTests {
    let validator: JSONSchemaValidator

    init() throws {
        let url = RenderingFixtures.packageRoot.appendingPathComponent("Sources/UpskillRendering/Schema/roadmap.schema.json")
        let document = try JSONDocument(text: try String(contentsOf: url, encoding: .utf8))
        validator = JSONSchemaValidator(root: document.root)
    }

    static func roadmaps() throws -> [(String, Roadmap, RoadmapProgress?)] {
        let small = try RenderingFixtures.catalog(RenderingFixtures.small)
        let builtin = try RenderingFixtures.builtinCatalog()
        return [
            ("small", try RenderingFixtures.roadmap(small), nil),
            ("small tracked", try RenderingFixtures.trackedRoadmap(small), RenderingFixtures.progress),
            ("hostile", try RenderingFixtures.roadmap(try RenderingFixtures.catalog(RenderingFixtures.hostileCurriculum)), RenderingFixtures.progress),
            ("built-in", try RenderingFixtures.roadmap(builtin, from: ["data-scientist"], to: ["ml-engineer"], deadline: CivilDate(year: 2028, month: 1, day: 1)), nil),
            ("nothing to learn", try RenderingFixtures.roadmap(small, from: ["ml-engineer"], to: ["analyst"]), RenderingFixtures.progress),
        ]
    }

    @Test("Every roadmap's JSON is valid against the schema")
    func valid() throws {
        for (name, roadmap, progress) in try Self.roadmaps() {
            let document = try JSONDocument(text: JSONRenderer(options: RenderOptions()).render(roadmap, progress: progress))
            let errors = validator.errors(document.root)
            #expect(errors.isEmpty, "\(name): \(errors.prefix(5))")
        }
    }

    @Test("The validator catches what the schema forbids")
    func validatorCatches() throws {
        let bad = try JSONDocument(
            text: #"{"from": "x", "totalHours": -1, "optimal": 1, "start": "2027-02-30", "steps": [{"skill": 3, "status": "soon", "extra": 1}], "surprise": true}"#)
        let errors = validator.errors(bad.root)
        for expected in ["$.from: a string is not array", "$: missing to", "$.totalHours: -1.0 < 0.0", "$.start: '2027-02-30' is not a date",
                         "$.steps[0].status: soon is not one of", "$.steps[0]: extra is not in the schema", "$: surprise is not in the schema"] {
            #expect(errors.contains { $0.hasPrefix(expected) }, "\(expected) in \(errors)")
        }
    }
}
