/// A layered drawing of a directed acyclic graph (Sugiyama's method), computed without
/// any outside tool, for the roadmap page's prerequisite graph.
///
/// 1. **Layers by prerequisite depth**: each node goes on the first layer below all its
///    predecessors (longest path from the sources), so the top layer is what has no
///    prerequisite. A layer wider than ``Options/maxLayerWidth`` passes its least urgent
///    nodes (those with the shortest path to a sink) down a layer. Nodes in
///    ``Options/bottom`` (the targets) get a last layer of their own.
/// 2. **Long edges** get a dummy node on every layer they cross, so edges run between
///    boxes, never through them.
/// 3. **Crossing reduction**: barycenter sweeps down and up, with adjacent transpositions,
///    keeping the order with the fewest crossings seen — never more than the input order.
/// 4. **Coordinates**: each node is pulled to the mean position of its neighbours, the
///    layer's order and minimum gaps kept exactly (an isotonic regression solved by pool
///    adjacent violators), alternating down and up.
///
/// Everything is deterministic: ties break on node index, never on hashing.
package struct LayeredLayout: Sendable {
    /// A box's size.
    package struct Size: Sendable, Hashable {
        package var width: Double
        package var height: Double

        package init(width: Double, height: Double) {
            self.width = width
            self.height = height
        }
    }

    /// A point.
    package struct Point: Sendable, Hashable {
        package var x: Double
        package var y: Double

        package init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// A box: its top-left corner and size.
    package struct Frame: Sendable, Hashable {
        package var x: Double
        package var y: Double
        package var width: Double
        package var height: Double

        package init(x: Double, y: Double, width: Double, height: Double) {
            self.x = x
            self.y = y
            self.width = width
            self.height = height
        }

        package var midX: Double { x + width / 2 }
        package var maxX: Double { x + width }
        package var maxY: Double { y + height }

        /// Whether two frames share any area, allowing for a margin between them.
        package func overlaps(_ other: Frame, margin: Double = 0) -> Bool {
            x < other.maxX + margin && other.x < maxX + margin && y < other.maxY + margin && other.y < maxY + margin
        }
    }

    /// The knobs of the layout, in the drawing's units (SVG pixels).
    package struct Options: Sendable, Hashable {
        /// The least space between two boxes on a layer.
        package var horizontalGap: Double = 20
        /// The space between two layers, where edges bend.
        package var layerGap: Double = 48
        /// The widest a layer may be before nodes pass to the next one; `nil` for no limit.
        package var maxLayerWidth: Double? = nil
        /// The width an edge passing through a layer takes.
        package var dummyWidth: Double = 2
        /// The least space beside an edge passing through a layer.
        package var dummyGap: Double = 5
        /// Nodes that go on a last layer of their own (the targets).
        package var bottom: Set<Int> = []
        /// Down-and-up barycenter sweeps for crossing reduction.
        package var sweeps: Int = 16
        /// Down-and-up passes to place nodes horizontally.
        package var placementPasses: Int = 12
        /// Space around the drawing.
        package var margin: Double = 16

        package init() {}
    }

    /// An edge of the input, as drawn: the points it passes through, from the bottom of its
    /// source to the top of its target.
    package struct Route: Sendable, Hashable {
        /// The edge's index in the input.
        package var edge: Int
        package var points: [Point]
    }

    /// The layer of each input node (0 at the top).
    package let layers: [Int]
    /// The nodes of each layer, left to right; indices at or above the node count are the
    /// dummy nodes of long edges.
    package let order: [[Int]]
    /// Each input node's box.
    package let frames: [Frame]
    /// Each drawn edge's route (edges that would close a cycle are left out).
    package let routes: [Route]
    /// The drawing's size, margins included.
    package let width: Double
    package let height: Double
    /// Edge crossings between adjacent layers in the final order.
    package let crossings: Int
    /// Edge crossings had the nodes kept their input order (dummies by their edge).
    package let inputOrderCrossings: Int

    /// Lays out a graph.
    /// - Parameters:
    ///   - sizes: The size of each node's box.
    ///   - edges: Edges as (from, to) node indices, from a prerequisite to what needs it.
    ///     Self-loops, duplicates and edges that would close a cycle are ignored.
    ///   - options: Gaps, width limit, bottom nodes, effort.
    package init(sizes: [Size], edges: [(from: Int, to: Int)], options: Options = Options()) {
        var graph = Graph(sizes: sizes, edges: edges, options: options)
        graph.assignLayers()
        graph.addDummies()
        let initial = graph.initialOrder()
        inputOrderCrossings = graph.crossings(initial)
        let ordered = graph.reduceCrossings(from: initial)
        crossings = graph.crossings(ordered)
        order = ordered
        let placed = graph.place(ordered)
        layers = Array(graph.layer.prefix(sizes.count))
        frames = placed.frames
        routes = placed.routes
        width = placed.width
        height = placed.height
    }
}

// MARK: - The work

extension LayeredLayout {
    /// The graph with its dummy nodes, and the steps of the algorithm.
    fileprivate struct Graph {
        let options: Options
        let nodeCount: Int
        /// Widths and heights of all nodes, dummies included.
        var widths: [Double]
        var heights: [Double]
        /// The input edges kept (acyclic, no duplicates), by input index.
        var kept: [(index: Int, from: Int, to: Int)] = []
        var layer: [Int] = []
        var layerCount = 0
        /// Segments between adjacent layers (dummies included), as adjacency lists.
        var up: [[Int]] = []
        var down: [[Int]] = []
        /// For each kept edge, its chain of nodes from source to target.
        var chains: [(index: Int, nodes: [Int])] = []
        /// For a dummy, the kept edge it belongs to (its input index and endpoints).
        var dummyEdge: [Int: (Int, Int)] = [:]

        init(sizes: [Size], edges: [(from: Int, to: Int)], options: Options) {
            self.options = options
            nodeCount = sizes.count
            widths = sizes.map { max(0, $0.width) }
            heights = sizes.map { max(0, $0.height) }
            // Keep the edges consistent with a topological order (Kahn's, ties by index);
            // when a cycle blocks, the smallest waiting node goes next and its edges from
            // nodes not yet placed are dropped.
            var seen: Set<Int> = []
            var valid: [(index: Int, from: Int, to: Int)] = []
            for (index, edge) in edges.enumerated()
            where edge.from != edge.to && sizes.indices.contains(edge.from) && sizes.indices.contains(edge.to) {
                if seen.insert(edge.from * max(1, sizes.count) + edge.to).inserted {
                    valid.append((index, edge.from, edge.to))
                }
            }
            var incoming = [Int](repeating: 0, count: nodeCount)
            var successors = [[Int]](repeating: [], count: nodeCount)
            for edge in valid {
                incoming[edge.to] += 1
                successors[edge.from].append(edge.to)
            }
            var position = [Int](repeating: -1, count: nodeCount)
            var ready = MinHeap((0..<nodeCount).filter { incoming[$0] == 0 })
            var placed = 0
            while placed < nodeCount {
                let node: Int
                if let next = ready.pop() {
                    node = next
                } else if let waiting = (0..<nodeCount).first(where: { position[$0] < 0 }) {
                    node = waiting
                } else {
                    break
                }
                guard position[node] < 0 else { continue }
                position[node] = placed
                placed += 1
                for next in successors[node] {
                    incoming[next] -= 1
                    if incoming[next] == 0 && position[next] < 0 { ready.push(next) }
                }
            }
            kept = valid.filter { position[$0.from] < position[$0.to] }
        }

        /// Layers by longest path from the sources, limited in width.
        mutating func assignLayers() {
            var predecessors = [[Int]](repeating: [], count: nodeCount)
            var successors = [[Int]](repeating: [], count: nodeCount)
            for edge in kept {
                predecessors[edge.to].append(edge.from)
                successors[edge.from].append(edge.to)
            }
            // Longest path to a sink: the most urgent nodes have the most after them.
            var urgency = [Int](repeating: -1, count: nodeCount)
            func height(_ node: Int) -> Int {
                if urgency[node] >= 0 { return urgency[node] }
                // Iterative to survive deep graphs.
                var stack = [(node, false)]
                while let (current, expanded) = stack.popLast() {
                    if urgency[current] >= 0 { continue }
                    if expanded {
                        urgency[current] = (successors[current].map { urgency[$0] }.max() ?? -1) + 1
                    } else {
                        stack.append((current, true))
                        for next in successors[current] where urgency[next] < 0 { stack.append((next, false)) }
                    }
                }
                return urgency[node]
            }
            for node in 0..<nodeCount { _ = height(node) }

            layer = [Int](repeating: -1, count: nodeCount)
            var remaining = (0..<nodeCount).filter { !options.bottom.contains($0) }
            var current = 0
            while !remaining.isEmpty {
                let candidates = remaining.filter { node in
                    predecessors[node].allSatisfy { layer[$0] >= 0 && layer[$0] < current }
                }.sorted { (urgency[$0], -$0) > (urgency[$1], -$1) }
                var used = 0.0
                var chosen: Set<Int> = []
                for node in candidates {
                    let extra = (chosen.isEmpty ? 0 : options.horizontalGap) + widths[node]
                    if let limit = options.maxLayerWidth, !chosen.isEmpty, used + extra > limit { continue }
                    chosen.insert(node)
                    used += extra
                }
                if chosen.isEmpty, let first = remaining.first {
                    // Only reachable with a cycle the constructor could not drop.
                    chosen.insert(first)
                }
                for node in chosen { layer[node] = current }
                remaining.removeAll { chosen.contains($0) }
                current += 1
            }
            let bottomNodes = (0..<nodeCount).filter { options.bottom.contains($0) }
            if !bottomNodes.isEmpty {
                for node in bottomNodes {
                    // Below every predecessor, and on one shared last layer.
                    layer[node] = current
                }
                current += 1
            }
            layerCount = current
            // Every edge goes down at least one layer (a bottom node's outgoing edges,
            // which a target never has, are dropped).
            kept = kept.filter { layer[$0.from] < layer[$0.to] }
        }

        /// Splits each edge that spans layers into segments through dummy nodes.
        mutating func addDummies() {
            up = [[Int]](repeating: [], count: nodeCount)
            down = [[Int]](repeating: [], count: nodeCount)
            for edge in kept {
                var chain = [edge.from]
                var previous = edge.from
                let span = layer[edge.to] - layer[edge.from]
                if span > 1 {
                    for step in 1..<span {
                        let dummy = widths.count
                        widths.append(options.dummyWidth)
                        heights.append(0)
                        layer.append(layer[edge.from] + step)
                        up.append([])
                        down.append([])
                        dummyEdge[dummy] = (edge.from, edge.to)
                        down[previous].append(dummy)
                        up[dummy].append(previous)
                        chain.append(dummy)
                        previous = dummy
                    }
                }
                down[previous].append(edge.to)
                up[edge.to].append(previous)
                chain.append(edge.to)
                chains.append((edge.index, chain))
            }
        }

        /// Nodes by index, dummies after them by their edge's source and target.
        func initialOrder() -> [[Int]] {
            var order = [[Int]](repeating: [], count: layerCount)
            for node in 0..<nodeCount { order[layer[node]].append(node) }
            let dummies = (nodeCount..<widths.count).sorted { a, b in
                let ea = dummyEdge[a] ?? (0, 0), eb = dummyEdge[b] ?? (0, 0)
                return (ea.0, ea.1, a) < (eb.0, eb.1, b)
            }
            for dummy in dummies { order[layer[dummy]].append(dummy) }
            return order
        }

        /// Crossings between every pair of adjacent layers.
        func crossings(_ order: [[Int]]) -> Int {
            var position = [Int](repeating: 0, count: widths.count)
            for nodes in order { for (index, node) in nodes.enumerated() { position[node] = index } }
            var total = 0
            for layerIndex in 0..<max(0, order.count - 1) {
                total += crossings(upper: order[layerIndex], lowerCount: order[layerIndex + 1].count, position: position)
            }
            return total
        }

        /// Crossings of the segments from one layer to the next: inversions of the lower
        /// ends when sorted by upper end, counted with a Fenwick tree.
        func crossings(upper: [Int], lowerCount: Int, position: [Int]) -> Int {
            var tree = [Int](repeating: 0, count: lowerCount + 1)
            var total = 0
            var seen = 0
            for node in upper {
                let ends = down[node].map { position[$0] }.sorted()
                // Segments from the same upper node do not cross each other.
                for end in ends {
                    var index = end + 1
                    var atMost = 0
                    while index > 0 {
                        atMost += tree[index]
                        index -= index & (-index)
                    }
                    total += seen - atMost
                }
                for end in ends {
                    var index = end + 1
                    while index <= lowerCount {
                        tree[index] += 1
                        index += index & (-index)
                    }
                    seen += 1
                }
            }
            return total
        }

        /// Barycenter sweeps with transpositions, returning the best order seen.
        func reduceCrossings(from initial: [[Int]]) -> [[Int]] {
            var order = initial
            var best = initial
            var bestCount = crossings(initial)
            guard bestCount > 0 else { return best }
            var position = [Int](repeating: 0, count: widths.count)
            func index(_ layerIndex: Int) {
                for (at, node) in order[layerIndex].enumerated() { position[node] = at }
            }
            for layerIndex in order.indices { index(layerIndex) }
            // Huge drawings (thousands of nodes with dummies) get fewer sweeps: the first
            // ones remove most crossings.
            let sweeps = widths.count > 2_000 ? min(options.sweeps, 6) : options.sweeps
            for sweep in 0..<sweeps {
                let downward = sweep % 2 == 0
                let layers = downward ? Array(order.indices.dropFirst()) : Array(order.indices.dropLast().reversed())
                for layerIndex in layers {
                    let neighbours = downward ? up : down
                    let keyed = order[layerIndex].map { node -> (node: Int, key: Double) in
                        let adjacent = neighbours[node]
                        guard !adjacent.isEmpty else { return (node, Double(position[node])) }
                        let sum = adjacent.reduce(0) { $0 + position[$1] }
                        return (node, Double(sum) / Double(adjacent.count))
                    }
                    order[layerIndex] = keyed.enumerated().sorted { a, b in
                        (a.element.key, a.offset) < (b.element.key, b.offset)
                    }.map(\.element.node)
                    index(layerIndex)
                }
                transpose(&order, position: &position)
                let count = crossings(order)
                if count < bestCount {
                    bestCount = count
                    best = order
                    if count == 0 { break }
                }
            }
            return best
        }

        /// Swaps adjacent nodes while that removes crossings with both neighbouring layers.
        func transpose(_ order: inout [[Int]], position: inout [Int]) {
            func pairCrossings(_ a: Int, _ b: Int) -> Int {
                // Crossings among a's and b's segments when a is left of b.
                var count = 0
                for x in up[a] { for y in up[b] where position[x] > position[y] { count += 1 } }
                for x in down[a] { for y in down[b] where position[x] > position[y] { count += 1 } }
                return count
            }
            var improved = true
            var rounds = 0
            let maxRounds = widths.count > 2_000 ? 2 : 8
            while improved && rounds < maxRounds {
                improved = false
                rounds += 1
                for layerIndex in order.indices where order[layerIndex].count > 1 {
                    for at in 0..<(order[layerIndex].count - 1) {
                        let a = order[layerIndex][at], b = order[layerIndex][at + 1]
                        if pairCrossings(b, a) < pairCrossings(a, b) {
                            order[layerIndex].swapAt(at, at + 1)
                            position[a] = at + 1
                            position[b] = at
                            improved = true
                        }
                    }
                }
            }
        }

        /// Horizontal and vertical positions, and the edge routes.
        func place(_ order: [[Int]]) -> (frames: [Frame], routes: [Route], width: Double, height: Double) {
            let count = widths.count
            var x = [Double](repeating: 0, count: count)
            // Packed, each layer centred on 0.
            for nodes in order {
                var cursor = 0.0
                for (at, node) in nodes.enumerated() {
                    if at > 0 { cursor += gap(nodes[at - 1], node) }
                    x[node] = cursor + widths[node] / 2
                    cursor += widths[node]
                }
                for node in nodes { x[node] -= cursor / 2 }
            }
            // Every layer stays within one band as wide as the widest packed layer (or the
            // width limit), centred on 0.
            let packed = order.map { nodes -> Double in
                guard let first = nodes.first, let last = nodes.last else { return 0 }
                return x[last] + widths[last] / 2 - (x[first] - widths[first] / 2)
            }
            let band = max(options.maxLayerWidth ?? 0, packed.max() ?? 0)
            func pull(_ layerIndex: Int, towards neighbours: [[Int]]...) {
                let nodes = order[layerIndex]
                var targets: [Double] = []
                var weights: [Double] = []
                for node in nodes {
                    let adjacent = neighbours.flatMap { $0[node] }
                    targets.append(adjacent.isEmpty ? x[node] : adjacent.reduce(0) { $0 + x[$1] } / Double(adjacent.count))
                    // Dummies pull harder, so long edges run straight.
                    weights.append((node >= nodeCount ? 4 : 1) * (adjacent.isEmpty ? 0.25 : 1))
                }
                let placed = Self.isotonicPlacement(
                    targets: targets, weights: weights,
                    separations: (0..<max(0, nodes.count - 1)).map { at in
                        (widths[nodes[at]] + widths[nodes[at + 1]]) / 2 + gap(nodes[at], nodes[at + 1])
                    },
                    lowerBound: -band / 2 + (nodes.first.map { widths[$0] / 2 } ?? 0),
                    upperBound: band / 2 - (nodes.last.map { widths[$0] / 2 } ?? 0))
                for (at, node) in nodes.enumerated() { x[node] = placed[at] }
            }
            for _ in 0..<options.placementPasses {
                for layerIndex in order.indices.dropFirst() { pull(layerIndex, towards: up) }
                for layerIndex in order.indices.dropLast().reversed() { pull(layerIndex, towards: down) }
            }
            for layerIndex in order.indices { pull(layerIndex, towards: up, down) }

            // Vertical positions: each layer as tall as its tallest box.
            var layerTop = [Double](repeating: 0, count: order.count)
            var layerHeight = [Double](repeating: 0, count: order.count)
            var cursor = options.margin
            for (layerIndex, nodes) in order.enumerated() {
                layerTop[layerIndex] = cursor
                layerHeight[layerIndex] = nodes.map { heights[$0] }.max() ?? 0
                cursor += layerHeight[layerIndex] + options.layerGap
            }
            let height = order.isEmpty ? 2 * options.margin : cursor - options.layerGap + options.margin
            let left = (0..<count).map { x[$0] - widths[$0] / 2 }.min() ?? 0
            let right = (0..<count).map { x[$0] + widths[$0] / 2 }.max() ?? 0
            let shift = options.margin - left
            let width = right - left + 2 * options.margin

            var frames: [Frame] = []
            for node in 0..<nodeCount {
                let top = layerTop[layer[node]] + (layerHeight[layer[node]] - heights[node]) / 2
                frames.append(
                    Frame(x: x[node] - widths[node] / 2 + shift, y: top, width: widths[node], height: heights[node]))
            }
            // Ports: a node's edges leave its bottom and enter its top spread out, in the
            // order of where they go.
            var outPort: [Int: [Int: Double]] = [:]
            var inPort: [Int: [Int: Double]] = [:]
            for node in 0..<nodeCount {
                outPort[node] = ports(node: node, to: down[node].sorted { (x[$0], $0) < (x[$1], $1) }, x: x)
                inPort[node] = ports(node: node, to: up[node].sorted { (x[$0], $0) < (x[$1], $1) }, x: x)
            }
            var routes: [Route] = []
            for chain in chains {
                guard let first = chain.nodes.first, let last = chain.nodes.last, chain.nodes.count >= 2 else { continue }
                let second = chain.nodes[1], beforeLast = chain.nodes[chain.nodes.count - 2]
                var points = [Point(x: (outPort[first]?[second] ?? x[first]) + shift, y: frames[first].maxY)]
                for dummy in chain.nodes.dropFirst().dropLast() {
                    let top = layerTop[layer[dummy]]
                    points.append(Point(x: x[dummy] + shift, y: top))
                    points.append(Point(x: x[dummy] + shift, y: top + layerHeight[layer[dummy]]))
                }
                points.append(Point(x: (inPort[last]?[beforeLast] ?? x[last]) + shift, y: frames[last].y))
                routes.append(Route(edge: chain.index, points: points))
            }
            routes.sort { $0.edge < $1.edge }
            return (frames, routes, width, height)
        }

        /// Where each of a node's edges meets its box, spread over the middle of a side.
        func ports(node: Int, to neighbours: [Int], x: [Double]) -> [Int: Double] {
            guard neighbours.count > 1 else { return neighbours.first.map { [$0: x[node]] } ?? [:] }
            let spacing = min(10, widths[node] * 0.6 / Double(neighbours.count - 1))
            var result: [Int: Double] = [:]
            for (at, neighbour) in neighbours.enumerated() {
                result[neighbour] = x[node] + (Double(at) - Double(neighbours.count - 1) / 2) * spacing
            }
            return result
        }

        /// The least gap between two neighbours on a layer: smaller beside dummies.
        func gap(_ a: Int, _ b: Int) -> Double {
            switch (a >= nodeCount, b >= nodeCount) {
            case (true, true): options.dummyGap
            case (false, false): options.horizontalGap
            default: max(options.dummyGap, options.horizontalGap / 2)
            }
        }

        /// Positions as close as possible (weighted least squares) to `targets`, in order,
        /// each at least `separations[i]` right of the one before, the first at least
        /// `lowerBound` and the last at most `upperBound`: an isotonic regression on
        /// `targets[i] - offset[i]`, solved by pool adjacent violators in O(n), then
        /// clamped to the bounds (which keeps it optimal).
        static func isotonicPlacement(
            targets: [Double], weights: [Double], separations: [Double], lowerBound: Double = -.infinity,
            upperBound: Double = .infinity
        ) -> [Double] {
            guard !targets.isEmpty else { return [] }
            var offsets = [0.0]
            for separation in separations { offsets.append((offsets.last ?? 0) + separation) }
            // Blocks of pooled values: (weighted mean, total weight, count).
            var blocks: [(mean: Double, weight: Double, count: Int)] = []
            for index in targets.indices {
                let weight = max(weights[index], 1e-6)
                blocks.append((targets[index] - offsets[index], weight, 1))
                while blocks.count > 1, blocks[blocks.count - 2].mean > blocks[blocks.count - 1].mean {
                    let last = blocks.removeLast()
                    let previous = blocks.removeLast()
                    let total = previous.weight + last.weight
                    blocks.append(
                        ((previous.mean * previous.weight + last.mean * last.weight) / total, total,
                         previous.count + last.count))
                }
            }
            var low = lowerBound
            var high = upperBound - (offsets.last ?? 0)
            if low > high { (low, high) = ((low + high) / 2, (low + high) / 2) }
            var result: [Double] = []
            result.reserveCapacity(targets.count)
            for block in blocks {
                let value = min(max(block.mean, low), high)
                for _ in 0..<block.count { result.append(value + offsets[result.count]) }
            }
            return result
        }
    }
}

/// A binary min-heap of node indices, for Kahn's algorithm with ties broken by index.
private struct MinHeap {
    private var items: [Int] = []

    init(_ values: [Int]) {
        for value in values { push(value) }
    }

    mutating func push(_ value: Int) {
        items.append(value)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child] < items[parent] else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Int? {
        guard let first = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < items.count, items[left] < items[smallest] { smallest = left }
                if right < items.count, items[right] < items[smallest] { smallest = right }
                if smallest == parent { break }
                items.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return first
    }
}
