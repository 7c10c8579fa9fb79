/// Parsing a file element by element: the elements of the root object's arrays (a
/// curriculum's skills, roles, resources) are handed over as soon as each ends and then
/// dropped, so the tape holds one element at a time rather than the whole file.
extension JSONParser {
    /// The room a tape starts with when it is grown as needed (``parseElementwise``).
    static let elementwiseInitialCapacity = 1_024

    /// Parses `storage`, a whole file, handing `handler` each element of an array that is a
    /// member of the root object as soon as it ends, and then the rest of the file.
    ///
    /// An element is dropped from the tape once handed over, so the tape holds what is not
    /// such an element plus one element: about the largest skill rather than the whole
    /// file. Syntax errors are the same, with the same messages, as those of ``parse(_:)``.
    ///
    /// - Throws: A ``JSONSyntaxError`` for the first problem in the file, after the
    ///   elements before it were handed over (a caller discards what it made of them).
    static func parseElementwise<Handler: JSONElementHandler>(
        _ storage: [UInt8], handler: inout Handler
    ) throws(JSONSyntaxError) -> Handler.Result {
        guard storage.count <= maximumByteCount else {
            throw JSONSyntaxError(
                message: "the file is too large: JSON files of up to 4 GiB are supported",
                offset: 0,
                position: SourcePosition(line: 1, column: 1)
            )
        }
        return try storage.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) -> Handler.Result in
            guard let base = buffer.baseAddress, !buffer.isEmpty else {
                throw JSONSyntaxError(
                    message: "the file is empty: expected a JSON value",
                    offset: 0,
                    position: SourcePosition(line: 1, column: 1)
                )
            }
            var parser = JSONParser(
                buffer: buffer, base: base,
                tape: .allocate(capacity: elementwiseInitialCapacity), growsTape: true)
            defer { parser.tape.deallocate() }
            while try parser.run(pausing: true) {
                let array = parser.stack[1].node
                let first = array + 1
                guard parser.nodeCount > first, parser.nodeCount <= parser.tape.count else { continue }
                handler.element(first, of: array, on: parser.writtenTape(bytes: buffer))
                parser.nodeCount = first
            }
            return handler.root(on: parser.writtenTape(bytes: buffer))
        }
    }

    /// The nodes written so far, as a tape.
    func writtenTape(bytes: UnsafeBufferPointer<UInt8>) -> JSONTape {
        JSONTape(
            nodes: UnsafeBufferPointer(start: tape.baseAddress, count: min(nodeCount, tape.count)), bytes: bytes)
    }
}
