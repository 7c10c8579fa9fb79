extension LayeredLayout.Graph {
    /// Iterated local search on an ordering that sweeps can no longer improve: a small
    /// random change (a few neighbours on one layer shuffled, or one node moved), then
    /// sifting and transpositions until they stop helping; the change is kept when it
    /// does not add crossings. Seeded, so the same graph always gets the same order.
    /// - Parameters:
    ///   - order: The best order found so far, and its crossing count.
    ///   - iterations: How many changes to try at most: the search stops when a quarter of
    ///     them (at least 100) in a row find nothing better.
    /// - Returns: The best order seen and its crossings, never more than the input's.
    func search(_ order: [[Int]], crossings count: Int, iterations: Int) -> (order: [[Int]], crossings: Int) {
        var best = order
        var bestCount = count
        let wide = order.indices.filter { order[$0].count > 1 }
        guard !wide.isEmpty, count > 0, iterations > 0 else { return (best, bestCount) }
        var current = order
        var currentCount = count
        var position = [Int](repeating: 0, count: widths.count)
        for nodes in order { for (at, node) in nodes.enumerated() { position[node] = at } }
        // Crossings between each layer and the next, kept up to date.
        var pairCount = (0..<max(0, order.count - 1)).map {
            crossings(upper: order[$0], lowerCount: order[$0 + 1].count, position: position)
        }
        var random = LayoutRandom(seed: 0x5EED_1A7E)
        var queued = [Bool](repeating: false, count: order.count)
        // Stops early when a quarter of the budget brings nothing better.
        var sinceBest = 0
        for iteration in 0..<iterations {
            sinceBest += 1
            if sinceBest > max(100, iterations / 4) { break }
            let layerIndex = wide[random.below(wide.count)]
            // The layers changed, with what they held before.
            var saved: [(layer: Int, nodes: [Int])] = [(layerIndex, current[layerIndex])]
            let size = current[layerIndex].count
            if iteration % 2 == 0 {
                // A window of up to four neighbours, shuffled.
                let length = min(size, 2 + random.below(3))
                let start = random.below(size - length + 1)
                for at in stride(from: start + length - 1, to: start, by: -1) {
                    current[layerIndex].swapAt(at, start + random.below(at - start + 1))
                }
            } else {
                // One node to another place.
                let node = current[layerIndex].remove(at: random.below(size))
                current[layerIndex].insert(node, at: random.below(size))
            }
            for (at, node) in current[layerIndex].enumerated() { position[node] = at }
            // Local search from the changed layer, spreading to a neighbour whenever a
            // layer moves.
            var pending = [layerIndex - 1, layerIndex, layerIndex + 1].filter { order.indices.contains($0) }
            for layer in pending { queued[layer] = true }
            var steps = 0
            while !pending.isEmpty {
                let layer = pending.removeFirst()
                queued[layer] = false
                steps += 1
                guard steps <= 64, current[layer].count > 1 else { continue }
                let before = current[layer]
                let sifted = sift(&current, layer: layer, position: &position)
                let swapped = transpose(&current, layer: layer, position: &position)
                guard sifted || swapped else { continue }
                if !saved.contains(where: { $0.layer == layer }) { saved.append((layer, before)) }
                for next in [layer - 1, layer + 1] where order.indices.contains(next) && !queued[next] {
                    queued[next] = true
                    pending.append(next)
                }
            }
            for layer in pending { queued[layer] = false }
            // Recount the layer pairs that changed.
            var pairs = Set<Int>()
            for entry in saved {
                if entry.layer > 0 { pairs.insert(entry.layer - 1) }
                if entry.layer < order.count - 1 { pairs.insert(entry.layer) }
            }
            var candidateCount = currentCount
            var recounted: [(pair: Int, count: Int)] = []
            for pair in pairs {
                let value = crossings(upper: current[pair], lowerCount: current[pair + 1].count, position: position)
                candidateCount += value - pairCount[pair]
                recounted.append((pair, value))
            }
            if candidateCount <= currentCount {
                currentCount = candidateCount
                for entry in recounted { pairCount[entry.pair] = entry.count }
                if candidateCount < bestCount {
                    best = current
                    bestCount = candidateCount
                    sinceBest = 0
                    if bestCount == 0 { break }
                }
            } else {
                for entry in saved {
                    current[entry.layer] = entry.nodes
                    for (at, node) in entry.nodes.enumerated() { position[node] = at }
                }
            }
        }
        return (best, bestCount)
    }
}

/// SplitMix64: small, fast and seedable, for the layout's deterministic random choices.
struct LayoutRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (bound > 0).
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }
}
