extension JSONDocument {
    /// The positions of JSON paths in this document: each path's value, or the nearest
    /// enclosing value that exists; `nil` for a path that leaves the root at once.
    package func positions(of paths: [JSONPath]) -> [SourcePosition?] {
        paths.map { path in
            var value = root
            for component in path.components {
                switch component {
                case .key(let key):
                    guard let member = value.member(key) else { return value.position }
                    value = member
                case .index(let index):
                    guard let elements = value.elements, elements.indices.contains(index) else { return value.position }
                    value = elements[index]
                }
            }
            return value.position
        }
    }

    /// A locator for curriculum sources: parses `bytes` again when asked, so that the
    /// parsed document need not be kept for the rare case of an error.
    package static func locator(for bytes: [UInt8]) -> @Sendable ([JSONPath]) -> [SourcePosition?] {
        { paths in
            guard let document = try? JSONDocument(bytes: bytes) else { return paths.map { _ in nil } }
            return document.positions(of: paths)
        }
    }
}
