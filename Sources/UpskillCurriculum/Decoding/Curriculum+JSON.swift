extension Curriculum {
    /// Decodes a curriculum file (JSON, format version 1).
    ///
    /// Decoding checks the file's syntax and shape; call ``problems(source:)`` (or load it
    /// into a catalog) for the rules about values and references.
    /// - Parameters:
    ///   - json: The file's bytes, UTF-8.
    ///   - source: The file's path or name, used in diagnostics.
    /// - Throws: ``CurriculumError`` listing every syntax or shape problem, each with its
    ///   line, column and JSON path.
    public init(json: [UInt8], source: String) throws(CurriculumError) {
        let document: JSONDocument
        do {
            document = try JSONDocument(bytes: json)
        } catch {
            throw CurriculumError(diagnostics: [
                Diagnostic(
                    .error, error.message, source: source, line: error.position.line, column: error.position.column)
            ])
        }
        var decoder = CurriculumDecoder(document: document, source: source)
        guard let curriculum = decoder.decodeCurriculum() else {
            throw CurriculumError(diagnostics: decoder.diagnostics.sorted())
        }
        self = curriculum
    }

    /// Decodes a curriculum from JSON text; see ``init(json:source:)-(([UInt8],String)``.
    public init(json: String, source: String) throws(CurriculumError) {
        try self.init(json: Array(json.utf8), source: source)
    }
}
