/// Counts the crossings of drawn edges: the `d` paths of an SVG (ours or Graphviz's),
/// each flattened to a polyline (a cubic Bézier as 16 chords), every proper intersection
/// of two different edges counted once. Edges meeting at a shared box do not cross there.
enum SVGCrossings {
    struct Point: Equatable {
        var x: Double
        var y: Double
    }

    /// The polyline of a path made of `M`, `L` and `C` commands with absolute coordinates.
    static func polyline(_ d: String) -> [Point] {
        var tokens: [Substring] = []
        var current = ""
        for character in d {
            if "MLC".contains(character) {
                if !current.isEmpty { tokens.append(Substring(current)); current = "" }
                tokens.append(Substring(String(character)))
            } else if character == " " || character == "," {
                if !current.isEmpty { tokens.append(Substring(current)); current = "" }
            } else if character.isNumber || character == "." || character == "-" || character == "e" {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(Substring(current)) }
        var points: [Point] = []
        var command: Substring = "M"
        var numbers: [Double] = []
        func flush() {
            switch command {
            case "M", "L":
                var index = 0
                while index + 1 < numbers.count {
                    points.append(Point(x: numbers[index], y: numbers[index + 1]))
                    index += 2
                }
            case "C":
                var index = 0
                while index + 5 < numbers.count, let start = points.last {
                    let c1 = Point(x: numbers[index], y: numbers[index + 1])
                    let c2 = Point(x: numbers[index + 2], y: numbers[index + 3])
                    let end = Point(x: numbers[index + 4], y: numbers[index + 5])
                    for step in 1...16 {
                        let t = Double(step) / 16, u = 1 - t
                        let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, e = t * t * t
                        points.append(
                            Point(
                                x: a * start.x + b * c1.x + c * c2.x + e * end.x,
                                y: a * start.y + b * c1.y + c * c2.y + e * end.y))
                    }
                    index += 6
                }
            default: break
            }
            numbers = []
        }
        for token in tokens {
            if token == "M" || token == "L" || token == "C" {
                flush()
                command = token
            } else if let value = Double(token) {
                numbers.append(value)
            }
        }
        flush()
        return points
    }

    /// The `d` attribute of every element whose start tag matches `marker` (e.g.
    /// `<path class="edge`), in document order.
    static func paths(in svg: String, marker: String) -> [String] {
        svg.components(separatedBy: marker).dropFirst().compactMap { part in
            guard let tagEnd = part.firstIndex(of: ">"), let d = part[..<tagEnd].range(of: " d=\"") else { return nil }
            let rest = part[d.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
    }

    /// Graphviz's edge paths: the first `<path` inside each `<g id="edgeN" class="edge">`.
    static func graphvizPaths(in svg: String) -> [String] {
        svg.components(separatedBy: "class=\"edge\">").dropFirst().compactMap { part in
            guard let path = part.range(of: "<path") else { return nil }
            return paths(in: String(part[path.lowerBound...]), marker: "<path").first
        }
    }

    /// Crossings among the polylines of `paths`.
    static func count(_ paths: [String]) -> Int {
        struct Segment {
            var a: Point
            var b: Point
            var edge: Int
            var minY: Double { min(a.y, b.y) }
            var maxY: Double { max(a.y, b.y) }
        }
        let lines = paths.map(polyline)
        var segments: [Segment] = []
        for (edge, line) in lines.enumerated() {
            for (a, b) in zip(line, line.dropFirst()) where a != b { segments.append(Segment(a: a, b: b, edge: edge)) }
        }
        segments.sort { $0.minY < $1.minY }
        func side(_ o: Point, _ p: Point, _ q: Point) -> Double {
            (p.x - o.x) * (q.y - o.y) - (p.y - o.y) * (q.x - o.x)
        }
        func close(_ p: Point, _ q: Point) -> Bool { abs(p.x - q.x) < 4 && abs(p.y - q.y) < 4 }
        var total = 0
        // A sweep over y: each segment against the later ones that start above its end.
        for (index, s) in segments.enumerated() {
            var other = index + 1
            while other < segments.count, segments[other].minY <= s.maxY {
                let t = segments[other]
                other += 1
                guard t.edge != s.edge,
                    max(s.a.x, s.b.x) >= min(t.a.x, t.b.x), max(t.a.x, t.b.x) >= min(s.a.x, s.b.x)
                else { continue }
                let d1 = side(t.a, t.b, s.a), d2 = side(t.a, t.b, s.b)
                let d3 = side(s.a, s.b, t.a), d4 = side(s.a, s.b, t.b)
                guard d1 * d2 < 0, d3 * d4 < 0 else { continue }
                // Not where two edges leave or enter the same box: the crossing point near
                // an end of both.
                let share = d1 / (d1 - d2)
                let point = Point(x: s.a.x + share * (s.b.x - s.a.x), y: s.a.y + share * (s.b.y - s.a.y))
                func nearEnd(_ edge: Int) -> Bool {
                    [lines[edge].first, lines[edge].last].contains { $0.map { close($0, point) } ?? false }
                }
                if nearEnd(s.edge) && nearEnd(t.edge) { continue }
                total += 1
            }
        }
        return total
    }
}
