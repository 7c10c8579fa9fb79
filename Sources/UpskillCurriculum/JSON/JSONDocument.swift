/// A parsed JSON file: its bytes and a flat tape of its values, with source positions.
///
/// Parsing validates the whole file as strict RFC 8259 JSON in UTF-8 (a leading byte order
/// mark is allowed and skipped) and records where every value is, but decodes nothing:
/// strings and numbers are decoded from the bytes when ``JSONValue/string`` or
/// ``JSONValue/number`` is asked. Values are cheap views (``JSONValue``) into the document,
/// and line and column positions are worked out only when asked for, for diagnostics.
///
/// ```swift
/// let document = try JSONDocument(text: #"{"id": "docker", "hours": 12}"#)
/// document.root.member("hours")?.number  // 12
/// ```
package final class JSONDocument: Sendable {
    /// The file's bytes.
    package let bytes: [UInt8]
    /// The values in document order; the root is the first.
    let nodes: [JSONNode]
    /// Offsets to positions, built on first use.
    let lineTable: JSONLineTable

    /// Parses `bytes`, a whole JSON file.
    ///
    /// - Throws: A ``JSONSyntaxError`` for the first problem in the file: a syntax error,
    ///   bytes that are not UTF-8, nesting deeper than 512 levels, or a number too large for
    ///   a `Double`.
    package init(bytes: [UInt8]) throws(JSONSyntaxError) {
        self.nodes = try JSONParser.parse(bytes)
        self.bytes = bytes
        self.lineTable = JSONLineTable(bytes: bytes)
    }

    /// Parses `text`, a whole JSON file.
    ///
    /// - Throws: A ``JSONSyntaxError`` for the first problem in the text.
    package convenience init(text: String) throws(JSONSyntaxError) {
        try self.init(bytes: Array(text.utf8))
    }

    /// The file's single top-level value.
    package var root: JSONValue {
        JSONValue(document: self, index: 0)
    }

    /// The line and column of the byte at `offset` (clamped to the file), for diagnostics.
    ///
    /// The first call builds a table of line starts (one scan of the file); later calls are
    /// a binary search in it.
    package func position(ofOffset offset: Int) -> SourcePosition {
        lineTable.position(ofOffset: offset)
    }
}
