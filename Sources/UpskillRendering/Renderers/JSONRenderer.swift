import UpskillPlanner

/// The stable machine form, described by `Sources/UpskillRendering/Schema/roadmap.schema.json`.
package struct JSONRenderer: RoadmapRenderer {
    package static let format = "json"
    package static let fileExtension = "json"
    package static let summary = "The stable machine form (Sources/UpskillRendering/Schema/roadmap.schema.json), with progress."

    package init(options: RenderOptions) {}

    package func render(_ roadmap: Roadmap, progress: RoadmapProgress?) -> String {
        String(decoding: roadmap.json(progress: progress), as: UTF8.self)
    }

    /// Streams the roadmap in chunks as it is written (16 MB at 100,000 skills).
    package func write(_ roadmap: Roadmap, progress: RoadmapProgress?, to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        roadmap.writeJSON(progress: progress, to: sink)
    }
}
