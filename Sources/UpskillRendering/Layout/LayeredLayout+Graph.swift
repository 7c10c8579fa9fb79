
extension LayeredLayout {
    /// The graph with its dummy nodes, and the steps of the algorithm.
    struct Graph {
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
            if options.maxLayerWidth == nil {
                // Shortest edges in total (network simplex), the bottom nodes aside.
                let ranking = NetworkSimplexRanking(
                    nodeCount: nodeCount,
                    edges: kept.filter { !options.bottom.contains($0.from) && !options.bottom.contains($0.to) }
                        .map { (tail: $0.from, head: $0.to) })
                let ranks = ranking.ranks(initial: layer.map { max(0, $0) }, maxIterations: 8 * nodeCount + 64)
                for node in 0..<nodeCount where !options.bottom.contains(node) { layer[node] = ranks[node] }
                // Layers left empty close up.
                let used = Set(layer.filter { $0 >= 0 }).sorted()
                let renumber = Dictionary(uniqueKeysWithValues: used.enumerated().map { ($1, $0) })
                layer = layer.map { $0 >= 0 ? renumber[$0] ?? $0 : $0 }
                current = used.count
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
    }
}
