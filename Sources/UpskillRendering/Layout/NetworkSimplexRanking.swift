/// Layers for a directed acyclic graph that make the edges as short as possible in total,
/// each edge going down at least one layer: the network simplex method of Gansner,
/// Koutsofios, North and Vo ("A technique for drawing directed graphs", 1993), the
/// ranking Graphviz's `dot` uses. Short edges mean fewer dummy nodes, and fewer crossings.
///
/// Deterministic: every choice breaks ties on the lowest index.
struct NetworkSimplexRanking {
    let nodeCount: Int
    /// Edges as (tail, head): the head goes at least one layer below the tail.
    let edges: [(tail: Int, head: Int)]

    /// The layers, the top one 0.
    /// - Parameter initial: A feasible ranking to start from (every edge going down), such as
    ///   the longest path from the sources.
    /// - Parameter maxIterations: A bound on the pivots (the result stays feasible, only
    ///   less short, when it is reached).
    /// - Complexity: O(iterations · n · e) with the cut values recomputed at each pivot,
    ///   which is fast at the few hundred nodes a roadmap has.
    func ranks(initial: [Int], maxIterations: Int) -> [Int] {
        guard nodeCount > 1, !edges.isEmpty else { return initial }
        var rank = initial
        var incident = [[Int]](repeating: [], count: nodeCount)
        for (index, edge) in edges.enumerated() {
            incident[edge.tail].append(index)
            incident[edge.head].append(index)
        }
        func slack(_ edge: Int) -> Int { rank[edges[edge].head] - rank[edges[edge].tail] - 1 }

        // 1. A feasible spanning forest of tight edges (slack 0), one tree per component.
        var inTree = [Bool](repeating: false, count: edges.count)
        var reached = [Bool](repeating: false, count: nodeCount)
        for root in 0..<nodeCount where !reached[root] {
            var members = [root]
            reached[root] = true
            while true {
                // Grow along tight edges as far as possible.
                var stack = members
                while let node = stack.popLast() {
                    for edge in incident[node] where slack(edge) == 0 {
                        let other = edges[edge].tail == node ? edges[edge].head : edges[edge].tail
                        if !reached[other] {
                            reached[other] = true
                            inTree[edge] = true
                            members.append(other)
                            stack.append(other)
                        }
                    }
                }
                // The incident edge with the least slack; shift the tree to make it tight.
                var best: Int?
                for node in members {
                    for edge in incident[node] {
                        let other = edges[edge].tail == node ? edges[edge].head : edges[edge].tail
                        if !reached[other], best.map({ slack(edge) < slack($0) || (slack(edge) == slack($0) && edge < $0) }) ?? true {
                            best = edge
                        }
                    }
                }
                guard let edge = best else { break }
                let delta = reached[edges[edge].head] ? -slack(edge) : slack(edge)
                for node in members { rank[node] += delta }
            }
        }

        // 2. Pivots: a tree edge with a negative cut value leaves, the least-slack edge
        //    across the same cut in the other direction enters.
        var iterations = 0
        while iterations < maxIterations {
            iterations += 1
            let tree = Tree(nodeCount: nodeCount, edges: edges, inTree: inTree)
            guard let leaving = tree.negativeCutEdge() else { break }
            // The side of the leaving edge that holds its tail.
            let tailSide = tree.side(of: leaving, holding: edges[leaving].tail)
            var entering: Int?
            for (index, edge) in edges.enumerated() where !inTree[index] {
                // From the head side to the tail side.
                guard !tailSide(edge.tail), tailSide(edge.head) else { continue }
                if entering.map({ slack(index) < slack($0) }) ?? true { entering = index }
            }
            guard let enter = entering else { break }
            let delta = slack(enter)
            if delta != 0 {
                for node in 0..<nodeCount where tailSide(node) && tree.component[node] == tree.component[edges[leaving].tail] {
                    rank[node] -= delta
                }
            }
            inTree[leaving] = false
            inTree[enter] = true
        }
        let top = rank.min() ?? 0
        return rank.map { $0 - top }
    }

    /// The spanning forest, rooted, with each node's postorder interval so that "is x
    /// below this tree edge" is two comparisons.
    struct Tree {
        let edges: [(tail: Int, head: Int)]
        let inTree: [Bool]
        /// For each node, the tree edge to its parent (nil at a root).
        var parentEdge: [Int?]
        var low: [Int]
        var lim: [Int]
        var component: [Int]

        init(nodeCount: Int, edges: [(tail: Int, head: Int)], inTree: [Bool]) {
            self.edges = edges
            self.inTree = inTree
            var adjacent = [[Int]](repeating: [], count: nodeCount)
            for (index, edge) in edges.enumerated() where inTree[index] {
                adjacent[edge.tail].append(index)
                adjacent[edge.head].append(index)
            }
            parentEdge = [Int?](repeating: nil, count: nodeCount)
            low = [Int](repeating: 0, count: nodeCount)
            lim = [Int](repeating: -1, count: nodeCount)
            component = [Int](repeating: -1, count: nodeCount)
            var counter = 0
            for root in 0..<nodeCount where component[root] < 0 {
                // Iterative postorder: (node, next adjacent index).
                var stack = [(root, 0)]
                component[root] = root
                low[root] = counter
                while let (node, next) = stack.last {
                    if next < adjacent[node].count {
                        stack[stack.count - 1].1 += 1
                        let edge = adjacent[node][next]
                        let child = edges[edge].tail == node ? edges[edge].head : edges[edge].tail
                        if component[child] < 0 {
                            component[child] = root
                            parentEdge[child] = edge
                            low[child] = counter
                            stack.append((child, 0))
                        }
                    } else {
                        lim[node] = counter
                        counter += 1
                        stack.removeLast()
                    }
                }
            }
        }

        /// The child end of a tree edge (the end whose subtree the edge cuts off).
        func child(of edge: Int) -> Int {
            let (tail, head) = edges[edge]
            return parentEdge[tail] == edge ? tail : head
        }

        /// Whether a node sits in the subtree below `child`.
        func below(_ node: Int, _ child: Int) -> Bool {
            component[node] == component[child] && low[child] <= lim[node] && lim[node] <= lim[child]
        }

        /// A predicate: whether a node is on the same side of the tree edge as `end`.
        func side(of edge: Int, holding end: Int) -> (Int) -> Bool {
            let child = child(of: edge)
            let endBelow = below(end, child)
            return { node in below(node, child) == endBelow && (endBelow || component[node] == component[child]) }
        }

        /// The first tree edge whose cut value is negative. The cut value (edges from the
        /// tail's side to the head's side, less those the other way) is, for the side below
        /// the edge, the sum over its nodes of edges out less edges in — internal edges
        /// cancel — so one pass of subtree sums gives them all.
        /// - Complexity: O(n + e).
        func negativeCutEdge() -> Int? {
            let nodeCount = lim.count
            var sum = [Int](repeating: 0, count: nodeCount)
            for edge in edges {
                sum[edge.tail] += 1
                sum[edge.head] -= 1
            }
            // Children before parents: increasing postorder number.
            var byLim = [Int](repeating: 0, count: nodeCount)
            for node in 0..<nodeCount { byLim[lim[node]] = node }
            for node in byLim {
                guard let edge = parentEdge[node] else { continue }
                let parent = edges[edge].tail == node ? edges[edge].head : edges[edge].tail
                sum[parent] += sum[node]
            }
            var first: Int?
            for node in 0..<nodeCount {
                guard let edge = parentEdge[node] else { continue }
                let cut = edges[edge].tail == node ? sum[node] : -sum[node]
                if cut < 0, first.map({ edge < $0 }) ?? true { first = edge }
            }
            return first
        }
    }
}
