import UpskillTestSupport
import Testing
import UpskillRendering

/// The layered layout: boxes never overlap, every edge goes down, the result is
/// deterministic, and crossing reduction never ends worse than the input order.
@Suite("LayeredLayout")
struct LayeredLayoutTests {
    /// A random DAG: edges only from a lower to a higher index, some boxes wider.
    static func randomGraph(seed: UInt64, nodes: Int, density: Double) -> ([LayeredLayout.Size], [(from: Int, to: Int)]) {
        var random = SplitMix64(seed: seed)
        let sizes = (0..<nodes).map { _ in
            LayeredLayout.Size(width: Double.random(in: 60...200, using: &random), height: Double.random(in: 30...80, using: &random))
        }
        var edges: [(from: Int, to: Int)] = []
        for to in 0..<nodes {
            for from in 0..<to where Double.random(in: 0..<1, using: &random) < density {
                edges.append((from, to))
            }
        }
        return (sizes, edges)
    }

    /// What is wrong with a layout, as sentences (checked in bulk: one `#expect` each).
    static func problems(_ layout: LayeredLayout, sizes: [LayeredLayout.Size], edges: [(from: Int, to: Int)]) -> [String] {
        var problems: [String] = []
        if layout.frames.count != sizes.count { problems.append("\(layout.frames.count) frames for \(sizes.count) nodes") }
        // No two boxes overlap.
        for a in layout.frames.indices {
            for b in layout.frames.indices where b > a && layout.frames[a].overlaps(layout.frames[b]) {
                problems.append("boxes \(a) and \(b) overlap")
            }
        }
        // Every edge goes down at least one layer, from below its source to above its target.
        for (from, to) in edges {
            if layout.layers[from] >= layout.layers[to] { problems.append("\(from) → \(to) does not go down a layer") }
            if layout.frames[from].maxY >= layout.frames[to].y { problems.append("\(to) is not below \(from)") }
        }
        if layout.routes.count != edges.count { problems.append("\(layout.routes.count) routes for \(edges.count) edges") }
        // Each route runs downward, from its source's bottom to its target's top, and
        // passes beside (never through) the boxes of the layers it crosses.
        for route in layout.routes {
            let (from, to) = edges[route.edge]
            if route.points.first?.y != layout.frames[from].maxY || route.points.last?.y != layout.frames[to].y {
                problems.append("route \(route.edge) does not join its boxes")
            }
            if zip(route.points, route.points.dropFirst()).contains(where: { $0.y > $1.y }) {
                problems.append("route \(route.edge) goes up")
            }
            for point in route.points.dropFirst().dropLast() {
                if layout.frames.contains(where: { point.x > $0.x && point.x < $0.maxX && point.y > $0.y && point.y < $0.maxY }) {
                    problems.append("route \(route.edge) passes through a box")
                }
            }
        }
        // Everything is inside the drawing.
        for (index, frame) in layout.frames.enumerated()
        where frame.x < 0 || frame.maxX > layout.width + 1e-9 || frame.y < 0 || frame.maxY > layout.height + 1e-9 {
            problems.append("box \(index) is outside the drawing")
        }
        if layout.crossings > layout.inputOrderCrossings {
            problems.append("\(layout.crossings) crossings, more than the input order's \(layout.inputOrderCrossings)")
        }
        return problems
    }

    static func expectSound(
        _ layout: LayeredLayout, sizes: [LayeredLayout.Size], edges: [(from: Int, to: Int)],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let problems = problems(layout, sizes: sizes, edges: edges)
        #expect(problems.isEmpty, "\(problems.prefix(10))", sourceLocation: sourceLocation)
    }

    @Test("Random graphs: sound, and no more crossings than the input order", arguments: 0..<40)
    func random(seed: Int) {
        let (sizes, edges) = Self.randomGraph(seed: UInt64(seed), nodes: 4 + seed % 29, density: [0.05, 0.1, 0.2][seed % 3])
        var options = LayeredLayout.Options()
        if seed % 2 == 0 { options.maxLayerWidth = 700 }
        let layout = LayeredLayout(sizes: sizes, edges: edges, options: options)
        Self.expectSound(layout, sizes: sizes, edges: edges)
        if let limit = options.maxLayerWidth {
            // A layer exceeds the limit only when it holds a single box.
            for layer in Set(layout.layers) {
                let boxes = layout.frames.indices.filter { layout.layers[$0] == layer }
                let width = boxes.map { sizes[$0].width }.reduce(0, +) + Double(max(0, boxes.count - 1)) * options.horizontalGap
                #expect(width <= limit || boxes.count == 1)
            }
        }
    }

    @Test("The same input gives the same layout")
    func deterministic() {
        let (sizes, edges) = Self.randomGraph(seed: 7, nodes: 30, density: 0.12)
        let first = LayeredLayout(sizes: sizes, edges: edges)
        let second = LayeredLayout(sizes: sizes, edges: edges)
        #expect(first.frames == second.frames)
        #expect(first.routes == second.routes)
        #expect(first.order == second.order)
    }

    @Test("Without a width limit, layers make edges short: a source sits just above what needs it")
    func depth() {
        // 0 → 1 → 2, 0 → 2, 3 → 2: 3 goes beside 1, not on the top layer.
        let sizes = Array(repeating: LayeredLayout.Size(width: 50, height: 20), count: 4)
        let layout = LayeredLayout(sizes: sizes, edges: [(0, 1), (1, 2), (0, 2), (3, 2)])
        #expect(layout.layers == [0, 1, 2, 1])
    }

    @Test("Network simplex layers are never longer in total than longest-path layers", arguments: 0..<12)
    func shortEdges(seed: Int) {
        let (sizes, edges) = Self.randomGraph(seed: UInt64(100 + seed), nodes: 10 + seed * 3, density: 0.12)
        let layout = LayeredLayout(sizes: sizes, edges: edges)
        var longest = [Int](repeating: 0, count: sizes.count)
        for to in sizes.indices {
            for (from, target) in edges where target == to { longest[to] = max(longest[to], longest[from] + 1) }
        }
        let length = { (layers: [Int]) in edges.reduce(0) { $0 + layers[$1.to] - layers[$1.from] } }
        #expect(length(layout.layers) <= length(longest))
        for (from, to) in edges { #expect(layout.layers[from] < layout.layers[to]) }
    }

    @Test("Bottom nodes get a last layer of their own")
    func bottom() {
        let sizes = Array(repeating: LayeredLayout.Size(width: 50, height: 20), count: 4)
        var options = LayeredLayout.Options()
        options.bottom = [3]
        let layout = LayeredLayout(sizes: sizes, edges: [(0, 1), (1, 2), (0, 3)], options: options)
        #expect(layout.layers == [0, 1, 2, 3])
    }

    @Test("A crossing the input order makes is removed")
    func uncross() {
        // 0 → 3 and 1 → 2 cross when layer 1 is [2, 3].
        let sizes = Array(repeating: LayeredLayout.Size(width: 50, height: 20), count: 4)
        let layout = LayeredLayout(sizes: sizes, edges: [(0, 3), (1, 2)])
        #expect(layout.inputOrderCrossings == 1)
        #expect(layout.crossings == 0)
    }

    @Test("Cycles, self-loops, duplicates and bad indices do not crash it")
    func degenerate() {
        let sizes = Array(repeating: LayeredLayout.Size(width: 50, height: 20), count: 3)
        let layout = LayeredLayout(sizes: sizes, edges: [(0, 1), (1, 2), (2, 0), (1, 1), (0, 1), (0, 9), (-1, 2)])
        #expect(layout.frames.count == 3)
        for route in layout.routes {
            #expect(route.points.count >= 2)
        }
        let empty = LayeredLayout(sizes: [], edges: [])
        #expect(empty.frames.isEmpty)
    }

    @Test("Isotonic placement: order and gaps kept, as close to the targets as possible")
    func placementGaps() {
        let sizes = Array(repeating: LayeredLayout.Size(width: 100, height: 20), count: 5)
        // Everything in layer 1 wants to sit under node 0.
        let layout = LayeredLayout(sizes: sizes, edges: [(0, 1), (0, 2), (0, 3), (0, 4)])
        let row = [1, 2, 3, 4].map { layout.frames[$0] }.sorted { $0.x < $1.x }
        for (a, b) in zip(row, row.dropFirst()) {
            #expect(b.x - a.maxX >= LayeredLayout.Options().horizontalGap - 1e-9)
        }
        // Node 0 is centred over its children.
        let middle = (row[0].midX + row[3].midX) / 2
        #expect(abs(layout.frames[0].midX - middle) < 1)
    }
}
