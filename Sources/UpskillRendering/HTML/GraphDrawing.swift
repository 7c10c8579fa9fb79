import UpskillCurriculum

/// The prerequisite graph as inline SVG: the roadmap's skills laid out in layers by
/// ``LayeredLayout``, each box coloured by status with its whole name, hours, weeks and
/// best resource (wrapped, never cut: a box grows to fit its text); the plan's milestones
/// as labelled bands in lanes down the left side, each box carrying its milestone's
/// number; the target roles at the bottom.
///
/// Each box is focusable and names, in `data-needs` and `data-for`, the boxes right
/// before and after it; ``GraphHighlightScript`` uses them to light up a skill's
/// prerequisites and dependents. Without the script the drawing is complete.
struct GraphDrawing {
    /// Box sizes and fonts, in SVG pixels.
    static let nodeWidth = 176.0
    static let nodeHeight = 82.0
    static let targetWidth = 240.0
    static let targetHeight = 46.0
    static let nameFont = 12.5
    static let metaFont = 11.0
    static let resourceFont = 10.5
    static let roleFont = 14.0
    static let padding = 9.0

    let view: RoadmapView
    let layout: LayeredLayout
    /// The graph nodes drawn as boxes (the skills), as indices into the view's graph.
    let drawn: [Int]
    /// The drawn edges, as indices into the view's graph edges.
    let drawnEdges: [Int]
    /// Each box's text, wrapped to its width.
    let labels: [StepLabel]
    /// The target roles, drawn as a finish line under the graph rather than as a node
    /// every last skill points at (twenty edges converging on one box hide the rest).
    let targets: [Role]
    /// The milestones that hold drawn steps, in plan order, and each box's milestone (an
    /// index into `milestones`), if any.
    let milestones: [Milestone]
    let milestoneOfBox: [Int?]
    /// The view's graph, made once.
    let graph: RoadmapGraph
    static let finishGap = 32.0

    /// Lays out the view's graph at its natural width (no wrapping of layers: the page
    /// scrolls the figure sideways instead, as long edges cost more than scrolling).
    init(view: RoadmapView) {
        self.view = view
        let graph = view.graph
        self.graph = graph
        var options = LayeredLayout.Options()
        options.horizontalGap = 18
        options.layerGap = 52
        var drawn: [Int] = []
        var targets: [Role] = []
        var box: [Int: Int] = [:]
        for (position, node) in graph.nodes.enumerated() {
            switch node {
            case .step:
                box[position] = drawn.count
                drawn.append(position)
            case .role(let role):
                targets.append(view.roadmap.catalog.roles[Int(role)])
            }
        }
        var edges: [(from: Int, to: Int)] = []
        var drawnEdges: [Int] = []
        for (index, edge) in graph.edges.enumerated() {
            guard let from = box[edge.from], let to = box[edge.to] else { continue }
            edges.append((from, to))
            drawnEdges.append(index)
        }
        self.drawn = drawn
        self.drawnEdges = drawnEdges
        self.targets = targets
        let steps = view.allSteps
        let labels = drawn.map { position -> StepLabel in
            guard case .step(let index) = graph.nodes[position] else { return StepLabel(lines: [], height: Self.nodeHeight) }
            return StepLabel(steps[index])
        }
        self.labels = labels
        let found = Self.milestones(of: view, boxes: drawn, graph: graph)
        milestones = found.milestones
        milestoneOfBox = found.ofBox
        let sizes = labels.map { LayeredLayout.Size(width: Self.nodeWidth, height: $0.height) }
        layout = LayeredLayout(sizes: sizes, edges: edges, options: options)
    }

    /// The id of a box in the page, for the highlight script and links.
    static func nodeID(_ box: Int) -> String { "graph-node-\(box)" }

    /// The `<svg>` element.
    func svg() -> String {
        let lanes = laneWidth
        let width = max(layout.width + lanes, Self.targetWidth + 40)
        let graphHeight = max(layout.height, 40)
        let roleHeight = targets.map { roleLines($0).count }.max().map { Self.roleHeight(lines: $0) } ?? 0
        let height = graphHeight + (targets.isEmpty ? 0 : roleHeight + Self.finishGap)
        var out: [String] = []
        out.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" viewBox=\"0 0 \(width.svg) \(height.svg)\" width=\"\(width.svg)\" height=\"\(height.svg)\" role=\"group\" aria-labelledby=\"graph-title\">"
        )
        out.append("<title id=\"graph-title\">Prerequisite graph: \(XMLText.escape(view.displayTitle()))</title>")
        out.append(
            "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 1 L 9 5 L 0 9 z\" class=\"arrowhead\"/></marker></defs>"
        )
        out.append(contentsOf: milestoneLanes())
        if lanes > 0 { out.append("<g transform=\"translate(\(lanes.svg) 0)\">") }
        // Edges first, under the boxes.
        out.append("<g class=\"edges\">")
        let steps = view.allSteps
        let boxOfNode = Dictionary(uniqueKeysWithValues: drawn.enumerated().map { ($1, $0) })
        for route in layout.routes {
            let edge = graph.edges[drawnEdges[route.edge]]
            var classes = "edge"
            if case .step(let index) = graph.nodes[edge.from], steps[index].status.isFinished { classes += " met" }
            let ends =
                boxOfNode[edge.from].flatMap { from in
                    boxOfNode[edge.to].map { " data-from=\"\(Self.nodeID(from))\" data-to=\"\(Self.nodeID($0))\"" }
                } ?? ""
            out.append(
                "<path class=\"\(classes)\"\(ends) d=\"\(Self.path(route.points))\" marker-end=\"url(#arrow)\"/>")
        }
        out.append("</g>")
        // Each box's neighbours, for the highlight script.
        var needs = [[Int]](repeating: [], count: drawn.count)
        var needed = [[Int]](repeating: [], count: drawn.count)
        for route in layout.routes {
            let edge = graph.edges[drawnEdges[route.edge]]
            if let from = boxOfNode[edge.from], let to = boxOfNode[edge.to] {
                needs[to].append(from)
                needed[from].append(to)
            }
        }
        out.append("<g class=\"nodes\">")
        for (box, position) in drawn.enumerated() {
            if case .step(let index) = graph.nodes[position] {
                out.append(
                    stepNode(
                        steps[index], box: box, frame: layout.frames[box], needs: needs[box].sorted(),
                        needed: needed[box].sorted()))
            }
        }
        out.append("</g>")
        if lanes > 0 { out.append("</g>") }
        if !targets.isEmpty {
            let lineY = graphHeight + 6
            out.append(
                "<line class=\"finish-line\" x1=\"16\" y1=\"\(lineY.svg)\" x2=\"\((width - 16).svg)\" y2=\"\(lineY.svg)\"/>")
            let gap = 16.0
            let total = Double(targets.count) * Self.targetWidth + Double(targets.count - 1) * gap
            var x = (width - total) / 2
            for role in targets {
                let lines = roleLines(role)
                let frameHeight = Self.roleHeight(lines: lines.count)
                let frame = LayeredLayout.Frame(
                    x: x, y: lineY + (roleHeight + Self.finishGap - 6 - frameHeight) / 2, width: Self.targetWidth,
                    height: frameHeight)
                out.append(roleNode(role, lines: lines, frame: frame))
                x += Self.targetWidth + gap
            }
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    /// A smooth path through a route: between layers a curve with vertical tangents where
    /// it leaves and enters, straight down where it passes a layer or runs to a box.
    static func path(_ points: [LayeredLayout.Point]) -> String {
        guard let first = points.first else { return "" }
        var d = "M \(first.x.svg) \(first.y.svg)"
        var index = 1
        var previous = first
        while index < points.count {
            let point = points[index]
            if point.x != previous.x {
                // Between layers: a cubic curve with vertical tangents.
                let middle = (previous.y + point.y) / 2
                d += " C \(previous.x.svg) \(middle.svg) \(point.x.svg) \(middle.svg) \(point.x.svg) \(point.y.svg)"
            } else {
                // Through a layer, beside the boxes.
                d += " L \(point.x.svg) \(point.y.svg)"
            }
            previous = point
            index += 1
        }
        return d
    }
}
