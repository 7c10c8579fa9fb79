extension LayeredLayout.Graph {
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
}
