/// A layered drawing of a directed acyclic graph (Sugiyama's method, as Graphviz's `dot`
/// does it), computed without any outside tool, for the roadmap page's prerequisite graph.
///
/// 1. **Layers**: without a width limit, the ranking with the shortest edges in total
///    (``NetworkSimplexRanking``, from the longest path from the sources). With
///    ``Options/maxLayerWidth``, longest path where a layer too wide passes its least urgent
///    nodes (those with the shortest path to a sink) down a layer. Nodes in
///    ``Options/bottom`` (the targets) get a last layer of their own.
/// 2. **Long edges** get a dummy node on every layer they cross, so edges run between
///    boxes, never through them.
/// 3. **Crossing reduction**: from the input order and a depth-first order, median and
///    barycenter sweeps down and up, each followed by adjacent transpositions and sifting,
///    keeping the order with the fewest crossings seen — never more than the input order;
///    then an iterated local search from that order (``Options/searchIterations`` seeded
///    random changes, each followed by sifting and transpositions on the layers it
///    touches, kept when they add no crossings).
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
        /// Down-and-up median sweeps for crossing reduction, at most (each start order stops
        /// after twelve sweeps without a better order).
        package var sweeps: Int = 48
        /// Random changes tried on the best order the sweeps found, at most, each followed by
        /// local search (the search stops when a quarter of them in a row find nothing
        /// better); 0 to skip.
        package var searchIterations: Int = 2_000
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
