import Foundation
import Testing
import UpskillCurriculum
import UpskillPlanner
import UpskillRendering

/// `--format json` written in chunks as it goes (issue 18): the chunks make the very
/// text of the one-buffer form, each is whole UTF-8, and the steps say what the roadmap
/// view says of them.
@Suite("JSON roadmap, streamed")
struct RoadmapJSONStreamingTests {
    /// The roadmaps to write: a small one, the same with progress, the roadmap of what is
    /// left after progress, a 310-skill one, and the built-in catalog's.
    static func roadmaps() throws -> [(name: String, roadmap: Roadmap, progress: RoadmapProgress?)] {
        let small = try RenderingFixtures.catalog(RenderingFixtures.small)
        let builtin = try RenderingFixtures.builtinCatalog()
        return [
            ("small", try RenderingFixtures.roadmap(small), nil),
            ("small with progress", try RenderingFixtures.roadmap(small), RenderingFixtures.progress),
            ("tracked", try RenderingFixtures.trackedRoadmap(small), RenderingFixtures.progress),
            ("synthetic", try SyntheticPlan.roadmap(), nil),
            (
                "built-in with progress",
                try RenderingFixtures.roadmap(builtin, from: ["data-scientist"], to: ["ml-engineer"]),
                RenderingFixtures.progress
            ),
        ]
    }

    /// Every chunk `writeJSON` hands over.
    static func chunks(_ roadmap: Roadmap, progress: RoadmapProgress?, chunkSize: Int) -> [[UInt8]] {
        var chunks: [[UInt8]] = []
        roadmap.writeJSON(progress: progress, chunkSize: chunkSize) { chunks.append(Array($0)) }
        return chunks
    }

    @Test("The chunks joined are the one-buffer text, at any chunk size", arguments: [1, 300, 4_096, 128 * 1_024])
    func sameText(chunkSize: Int) throws {
        for (name, roadmap, progress) in try Self.roadmaps() {
            let whole = roadmap.json(progress: progress)
            let chunks = Self.chunks(roadmap, progress: progress, chunkSize: chunkSize)
            #expect(Array(chunks.joined()) == whole, "\(name)")
            #expect(!chunks.contains { $0.isEmpty }, "\(name)")
            if whole.count > 2 * chunkSize {
                #expect(chunks.count > 1, "\(name): one chunk of \(whole.count) bytes")
            }
        }
    }

    @Test("A chunk ends between two elements: whole UTF-8, and at most one element past the chunk size")
    func chunkBoundaries() throws {
        let roadmap = try SyntheticPlan.roadmap()
        let whole = roadmap.json()
        let chunks = Self.chunks(roadmap, progress: nil, chunkSize: 2_000)
        #expect(chunks.count > 10)
        for chunk in chunks.dropLast() {
            #expect(String(validating: chunk, as: UTF8.self) != nil)
            // A step is about 500 bytes, and a chunk is handed on at the first element
            // boundary past the size.
            #expect(chunk.count >= 2_000 && chunk.count < 2_000 + 1_000, "\(chunk.count)")
            // The next chunk starts with the comma or line break before an element.
            #expect(chunk.last != UInt8(ascii: ","))
        }
        #expect(chunks.last?.last == UInt8(ascii: "\n"))
        #expect(Array(chunks.joined()) == whole)
    }

    @Test("The JSON format's write is its render, in 128 KiB chunks; another format's is its render whole")
    func rendererWrite() throws {
        let roadmap = try SyntheticPlan.roadmap()
        for renderer in RenderingFixtures.renderers() {
            var chunks: [[UInt8]] = []
            renderer.write(roadmap, progress: RenderingFixtures.progress) { chunks.append(Array($0)) }
            let text = renderer.render(roadmap, progress: RenderingFixtures.progress)
            #expect(String(decoding: Array(chunks.joined()), as: UTF8.self) == text, "\(type(of: renderer).format)")
            if type(of: renderer) == JSONRenderer.self {
                #expect(chunks == Self.chunks(roadmap, progress: RenderingFixtures.progress, chunkSize: 128 * 1_024))
            } else {
                #expect(chunks.count == 1, "\(type(of: renderer).format)")
            }
        }
    }

    @Test("Each step's status, hours logged and dates are the roadmap view's")
    func agreesWithView() throws {
        for (name, roadmap, progress) in try Self.roadmaps() {
            let view = RoadmapView(roadmap, progress: progress)
            let object = try JSONSerialization.jsonObject(with: Data(roadmap.json(progress: progress))) as? [String: Any]
            let steps = try #require(object?["steps"] as? [[String: Any]], "\(name)")
            #expect(steps.count == view.steps.count, "\(name)")
            for (json, step) in zip(steps, view.steps) {
                #expect(json["skill"] as? String == step.skill.id, "\(name)")
                #expect(json["status"] as? String == step.status.rawValue, "\(name) \(step.skill.id)")
                #expect((json["hoursLogged"] as? NSNumber)?.doubleValue == step.hoursLogged, "\(name) \(step.skill.id)")
                #expect(json["startDate"] as? String == step.dates?.lowerBound.description, "\(name)")
                #expect(json["endDate"] as? String == step.dates?.upperBound.description, "\(name)")
                #expect((json["startWeek"] as? NSNumber)?.intValue == step.weeks?.lowerBound ?? 0, "\(name)")
                #expect(json["because"] as? [String] == step.planStep.map { plan in plan.because.map { roadmap.id(of: $0, step: plan) } })
                #expect((json["resources"] as? [Any])?.count == step.resources.count, "\(name)")
            }
        }
    }
}
