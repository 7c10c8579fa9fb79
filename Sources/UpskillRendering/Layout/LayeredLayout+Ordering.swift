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

    /// Crossing reduction as Graphviz's `dot` does it: from two starting orders (the input
    /// order, and the order a depth-first walk from the sources meets the nodes), sweeps
    /// down and up sorting each layer by the weighted median of its neighbours' positions
    /// (barycenter to break ties), each sweep followed by transpositions; the order with
    /// the fewest crossings seen wins, never worse than the input order. Then
    /// ``search(_:crossings:iterations:)`` improves on it (the sweeps leave 457 crossings
    /// on the 255-step synthetic plan where `dot` draws 430; the search takes it under 400).
    func reduceCrossings(from initial: [[Int]]) -> [[Int]] {
        var best = initial
        var bestCount = crossings(initial)
        guard bestCount > 0 else { return best }
        // Huge drawings (thousands of nodes with dummies) get fewer sweeps: the first
        // ones remove most crossings.
        let sweeps = widths.count > 2_000 ? min(options.sweeps, 8) : options.sweeps
        let starts = [initial, depthFirstOrder()]
        for (start, byMedian) in starts.flatMap({ [($0, false), ($0, true)] }) {
            var order = start
            var position = [Int](repeating: 0, count: widths.count)
            for nodes in order { for (at, node) in nodes.enumerated() { position[node] = at } }
            var sinceBest = 0
            for sweep in 0..<sweeps {
                let downward = sweep % 2 == 0
                let layers = downward ? Array(order.indices.dropFirst()) : Array(order.indices.dropLast().reversed())
                for layerIndex in layers {
                    sortByMedian(&order[layerIndex], neighbours: downward ? up : down, position: &position, byMedian: byMedian)
                }
                transpose(&order, position: &position, swapTies: sweep % 4 == 3)
                if widths.count <= 4_000 { sift(&order, position: &position) }
                let count = crossings(order)
                if count < bestCount {
                    bestCount = count
                    best = order
                    sinceBest = 0
                    if count == 0 { return best }
                } else {
                    sinceBest += 1
                    if sinceBest >= 12 { break }
                }
            }
        }
        // Polish the best: one node at a time to its best place, on every layer, until
        // that stops helping.
        if widths.count <= 4_000 {
            var position = [Int](repeating: 0, count: widths.count)
            for nodes in best { for (at, node) in nodes.enumerated() { position[node] = at } }
            var order = best
            while true {
                sift(&order, position: &position)
                transpose(&order, position: &position)
                let count = crossings(order)
                guard count < bestCount else { break }
                bestCount = count
                best = order
            }
        }
        guard widths.count <= 4_000 else { return best }
        return search(best, crossings: bestCount, iterations: options.searchIterations).order
    }

    /// Sorts one layer by the weighted median of each node's neighbours on the layer
    /// swept from; nodes with no such neighbour keep their place.
    func sortByMedian(_ nodes: inout [Int], neighbours: [[Int]], position: inout [Int], byMedian: Bool) {
        var keys = [(median: Double, mean: Double)?](repeating: nil, count: nodes.count)
        for (at, node) in nodes.enumerated() {
            let places = neighbours[node].map { Double(position[$0]) }.sorted()
            guard !places.isEmpty else { continue }
            let middle = places.count / 2
            let median: Double
            if places.count % 2 == 1 {
                median = places[middle]
            } else if places.count == 2 {
                median = (places[0] + places[1]) / 2
            } else {
                // Gansner et al.: lean towards the side whose neighbours are packed tighter.
                let left = places[middle - 1] - places[0]
                let right = (places.last ?? 0) - places[middle]
                median =
                    left + right > 0
                    ? (places[middle - 1] * right + places[middle] * left) / (left + right)
                    : (places[middle - 1] + places[middle]) / 2
            }
            keys[at] = (median, places.reduce(0, +) / Double(places.count))
        }
        // Movable nodes sorted among themselves; fixed ones stay in their slots.
        let movable = nodes.indices.filter { keys[$0] != nil }
        let sorted = movable.sorted { a, b in
            let ka = keys[a] ?? (0, 0), kb = keys[b] ?? (0, 0)
            return byMedian
                ? (ka.median, ka.mean, a) < (kb.median, kb.mean, b) : (ka.mean, ka.median, a) < (kb.mean, kb.median, b)
        }.map { nodes[$0] }
        for (slot, node) in zip(movable, sorted) { nodes[slot] = node }
        for (at, node) in nodes.enumerated() { position[node] = at }
    }

    /// Each layer in the order a depth-first walk meets its nodes, starting from the
    /// sources in index order and following edges down in index order.
    func depthFirstOrder() -> [[Int]] {
        var order = [[Int]](repeating: [], count: layerCount)
        var seen = [Bool](repeating: false, count: widths.count)
        for root in 0..<widths.count where up[root].isEmpty && !seen[root] {
            var stack = [root]
            seen[root] = true
            while let node = stack.popLast() {
                order[layer[node]].append(node)
                for next in down[node].reversed() where !seen[next] {
                    seen[next] = true
                    stack.append(next)
                }
            }
        }
        for node in 0..<widths.count where !seen[node] { order[layer[node]].append(node) }
        return order
    }

    /// Swaps adjacent nodes while that removes crossings with both neighbouring layers.
    func transpose(_ order: inout [[Int]], position: inout [Int], swapTies: Bool = false) {
        func pairCrossings(_ a: Int, _ b: Int) -> Int { self.pairCrossings(a, b, position: position) }
        var improved = true
        var rounds = 0
        let maxRounds = widths.count > 2_000 ? 4 : 16
        while improved && rounds < maxRounds {
            improved = false
            rounds += 1
            for layerIndex in order.indices where order[layerIndex].count > 1 {
                for at in 0..<(order[layerIndex].count - 1) {
                    let a = order[layerIndex][at], b = order[layerIndex][at + 1]
                    let now = pairCrossings(a, b), swapped = pairCrossings(b, a)
                    if swapped < now || (swapTies && rounds == 1 && swapped == now && now > 0) {
                        order[layerIndex].swapAt(at, at + 1)
                        position[a] = at + 1
                        position[b] = at
                        improved = true
                    }
                }
            }
        }
    }

    /// Crossings among a's and b's segments (to both neighbouring layers) when a is left
    /// of b on their layer.
    func pairCrossings(_ a: Int, _ b: Int, position: [Int]) -> Int {
        var count = 0
        for x in up[a] { for y in up[b] where position[x] > position[y] { count += 1 } }
        for x in down[a] { for y in down[b] where position[x] > position[y] { count += 1 } }
        return count
    }

    /// Sifting (Matuszewski, Schönfeld and Molitor): each node in turn moves to the place
    /// in its layer where its segments cross the fewest others, counted against both
    /// neighbouring layers. Never adds crossings.
    func sift(_ order: inout [[Int]], position: inout [Int]) {
        for layerIndex in order.indices where order[layerIndex].count > 1 {
            sift(&order, layer: layerIndex, position: &position)
        }
    }

    /// Sifting on one layer, the most connected nodes first.
    /// - Returns: Whether any node moved (which always removed crossings).
    @discardableResult
    func sift(_ order: inout [[Int]], layer layerIndex: Int, position: inout [Int]) -> Bool {
        var moved = false
        let snapshot = order[layerIndex].sorted {
            (up[$0].count + down[$0].count, -$0) > (up[$1].count + down[$1].count, -$1)
        }
        for node in snapshot where !(up[node].isEmpty && down[node].isEmpty) {
            var nodes = order[layerIndex]
            let from = position[node]
            nodes.remove(at: from)
            // Crossings relative to placing the node first; then moving it past each
            // other node changes them by (it left of node) − (node left of it).
            var running = 0
            var bestPlace = 0
            var bestChange = 0
            var currentChange = 0
            for (at, other) in nodes.enumerated() {
                running += pairCrossings(other, node, position: position) - pairCrossings(node, other, position: position)
                if at + 1 == from { currentChange = running }
                if running < bestChange {
                    bestChange = running
                    bestPlace = at + 1
                }
            }
            guard bestChange < currentChange else { continue }
            nodes.insert(node, at: bestPlace)
            order[layerIndex] = nodes
            for at in min(from, bestPlace)...max(from, bestPlace) { position[nodes[at]] = at }
            moved = true
        }
        return moved
    }

    /// Adjacent transpositions on one layer while they remove crossings.
    /// - Returns: Whether any pair swapped.
    @discardableResult
    func transpose(_ order: inout [[Int]], layer layerIndex: Int, position: inout [Int]) -> Bool {
        var moved = false
        var improved = true
        while improved {
            improved = false
            for at in 0..<max(0, order[layerIndex].count - 1) {
                let a = order[layerIndex][at], b = order[layerIndex][at + 1]
                if pairCrossings(b, a, position: position) < pairCrossings(a, b, position: position) {
                    order[layerIndex].swapAt(at, at + 1)
                    position[a] = at + 1
                    position[b] = at
                    improved = true
                    moved = true
                }
            }
        }
        return moved
    }
}
