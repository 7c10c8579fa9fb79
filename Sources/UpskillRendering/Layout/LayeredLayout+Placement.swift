extension LayeredLayout.Graph {
    /// Horizontal and vertical positions, and the edge routes.
    func place(_ order: [[Int]]) -> (frames: [LayeredLayout.Frame], routes: [LayeredLayout.Route], width: Double, height: Double) {
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

        var frames: [LayeredLayout.Frame] = []
        for node in 0..<nodeCount {
            let top = layerTop[layer[node]] + (layerHeight[layer[node]] - heights[node]) / 2
            frames.append(
                LayeredLayout.Frame(x: x[node] - widths[node] / 2 + shift, y: top, width: widths[node], height: heights[node]))
        }
        // Ports: a node's edges leave its bottom and enter its top spread out, in the
        // order of where they go.
        var outPort: [Int: [Int: Double]] = [:]
        var inPort: [Int: [Int: Double]] = [:]
        for node in 0..<nodeCount {
            outPort[node] = ports(node: node, to: down[node].sorted { (x[$0], $0) < (x[$1], $1) }, x: x)
            inPort[node] = ports(node: node, to: up[node].sorted { (x[$0], $0) < (x[$1], $1) }, x: x)
        }
        var routes: [LayeredLayout.Route] = []
        for chain in chains {
            guard let first = chain.nodes.first, let last = chain.nodes.last, chain.nodes.count >= 2 else { continue }
            let second = chain.nodes[1], beforeLast = chain.nodes[chain.nodes.count - 2]
            // A box shorter than its layer is centred in it: its edges run straight to the
            // layer's edge first, so that between layers every edge bends over the same
            // height and crosses others only where the order says it must.
            let start = (outPort[first]?[second] ?? x[first]) + shift
            var points = [LayeredLayout.Point(x: start, y: frames[first].maxY)]
            let sourceBottom = layerTop[layer[first]] + layerHeight[layer[first]]
            if sourceBottom > frames[first].maxY { points.append(LayeredLayout.Point(x: start, y: sourceBottom)) }
            for dummy in chain.nodes.dropFirst().dropLast() {
                let top = layerTop[layer[dummy]]
                points.append(LayeredLayout.Point(x: x[dummy] + shift, y: top))
                points.append(LayeredLayout.Point(x: x[dummy] + shift, y: top + layerHeight[layer[dummy]]))
            }
            let end = (inPort[last]?[beforeLast] ?? x[last]) + shift
            let targetTop = layerTop[layer[last]]
            if targetTop < frames[last].y { points.append(LayeredLayout.Point(x: end, y: targetTop)) }
            points.append(LayeredLayout.Point(x: end, y: frames[last].y))
            routes.append(LayeredLayout.Route(edge: chain.index, points: points))
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
