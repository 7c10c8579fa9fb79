import UpskillGraph

/// The prerequisite graph of a roadmap, as the graph formats draw it: one node per skill
/// on the roadmap and one per target role, an edge from each prerequisite to what needs
/// it.
///
/// Edges implied by a longer path are left out (the transitive reduction): when Docker
/// needs the shell and Kubernetes needs Docker, the shell → Kubernetes edge adds nothing
/// to the picture but clutter.
package struct RoadmapGraph: Sendable, Hashable {
    /// What a node stands for.
    package enum Node: Sendable, Hashable {
        /// A skill: its index in ``RoadmapView/allSteps``.
        case step(Int)
        /// A target role: its catalog index.
        case role(Int32)
    }

    /// An edge from a prerequisite to the node that needs it, as node indices.
    package struct Edge: Sendable, Hashable {
        package var from: Int
        package var to: Int
    }

    /// The nodes: the roadmap's skills in order, then the target roles.
    package let nodes: [Node]
    /// The edges, sorted by (from, to), none implied by the others.
    package let edges: [Edge]

    init(steps: [RoadmapView.Step], targetRoles: [Int32], catalog: Catalog) {
        var nodes: [Node] = steps.indices.map { .step($0) }
        var nodeOfSkill: [Int32: Int] = [:]
        for (position, step) in steps.enumerated() { nodeOfSkill[step.index] = position }
        var edges: Set<Edge> = []
        for (position, step) in steps.enumerated() {
            for item in catalog.requirements.items(of: Int(step.index)) {
                for member in catalog.requirements.members(of: item) {
                    if let from = nodeOfSkill[member], from != position { edges.insert(Edge(from: from, to: position)) }
                }
            }
        }
        var seenRoles: Set<Int32> = []
        for role in targetRoles where seenRoles.insert(role).inserted {
            let node = nodes.count
            nodes.append(.role(role))
            for item in catalog.roleRequirements.items(of: Int(role)) {
                for member in catalog.roleRequirements.members(of: item) {
                    if let from = nodeOfSkill[member] { edges.insert(Edge(from: from, to: node)) }
                }
            }
        }
        self.nodes = nodes
        self.edges = Self.transitiveReduction(nodeCount: nodes.count, edges: edges)
    }

    /// The edges that no longer path implies, sorted. Edges on a cycle (which a valid
    /// catalog never has) are kept as they are.
    /// - Complexity: O(n · e) with bit sets of n bits.
    static func transitiveReduction(nodeCount: Int, edges: Set<Edge>) -> [Edge] {
        var successors = [[Int]](repeating: [], count: nodeCount)
        var indegree = [Int](repeating: 0, count: nodeCount)
        for edge in edges {
            successors[edge.from].append(edge.to)
            indegree[edge.to] += 1
        }
        // Kahn's algorithm for a topological order.
        var order: [Int] = []
        var queue = (0..<nodeCount).filter { indegree[$0] == 0 }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            order.append(node)
            for next in successors[node] {
                indegree[next] -= 1
                if indegree[next] == 0 { queue.append(next) }
            }
        }
        guard order.count == nodeCount else { return edges.sorted { ($0.from, $0.to) < ($1.from, $1.to) } }
        // reach[n]: the nodes reachable from n by a path of one edge or more.
        let words = (nodeCount + 63) / 64
        var reach = [[UInt64]](repeating: [UInt64](repeating: 0, count: words), count: nodeCount)
        for node in order.reversed() {
            var bits = [UInt64](repeating: 0, count: words)
            for next in successors[node] {
                bits[next / 64] |= 1 << UInt64(next % 64)
                for word in 0..<words { bits[word] |= reach[next][word] }
            }
            reach[node] = bits
        }
        return edges.filter { edge in
            // Redundant when another successor of `from` reaches `to`.
            !successors[edge.from].contains { other in
                other != edge.to && reach[other][edge.to / 64] & (1 << UInt64(edge.to % 64)) != 0
            }
        }.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
    }
}
