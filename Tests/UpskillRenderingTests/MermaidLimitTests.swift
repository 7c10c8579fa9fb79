import Testing
@testable import UpskillRendering

/// Mermaid draws at most 500 edges by default (GitHub refuses more): past that, the
/// flowchart keeps the edges no other path implies, and says so.
@Suite("Mermaid edge limit")
struct MermaidLimitTests {
    @Test("Up to 500 edges all are drawn")
    func belowLimit() {
        let edges = (0..<500).map { (from: $0, to: $0 + 1) }
        let result = MermaidRenderer.edgesWithinLimit(edges, nodeCount: 501)
        #expect(result.kept.count == 500)
        #expect(result.dropped == 0)
    }

    @Test("Past 500, implied edges go first: a chain with shortcuts keeps the chain")
    func transitiveReduction() {
        // 0 → 1 → … → 300, and shortcuts i → i + 2 that the chain implies: 599 edges.
        let chain = (0..<300).map { (from: $0, to: $0 + 1) }
        let shortcuts = (0..<299).map { (from: $0, to: $0 + 2) }
        let result = MermaidRenderer.edgesWithinLimit(chain + shortcuts, nodeCount: 301)
        #expect(result.kept.map(\.from) == chain.map(\.from))
        #expect(result.kept.map(\.to) == chain.map(\.to))
        #expect(result.dropped == 299)
    }

    @Test("Past 500 with nothing implied, the first 500 are kept")
    func truncation() {
        let edges = (0..<600).map { (from: $0, to: 600) }
        let result = MermaidRenderer.edgesWithinLimit(edges, nodeCount: 601)
        #expect(result.kept.count == 500)
        #expect(result.kept.first?.from == 0 && result.kept.last?.from == 499)
        #expect(result.dropped == 100)
    }
}
