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
        let (curriculum, diagnostics) = Self.decodePartially(json: json, source: source)
        guard let curriculum, diagnostics.isEmpty else { throw CurriculumError(diagnostics: diagnostics) }
        self = curriculum
    }

    /// Decodes as much of a curriculum file as has the right shape, with every syntax and
    /// shape problem, so that a validator can go on to report the catalog-wide problems
    /// of the same file in one run.
    /// - Returns: The curriculum (`nil` when not even its id and title could be read) and
    ///   the problems, sorted by position.
    package static func decodePartially(json: [UInt8], source: String) -> (Curriculum?, [Diagnostic]) {
        // Parsed and decoded element by element, so the parser's tape never holds the
        // whole file (see "Reading curriculum files").
        var decoder = CurriculumDecoder(bytes: json, source: source)
        let curriculum: Curriculum?
        do {
            curriculum = try decoder.decodeCurriculum(elementwise: json)
        } catch {
            return (
                nil,
                [
                    Diagnostic(
                        .error, error.message, source: source, line: error.position.line,
                        column: error.position.column)
                ]
            )
        }
        return (curriculum, decoder.diagnostics.sorted())
    }

    /// Decodes a curriculum from JSON text; see ``init(json:source:)-(([UInt8],String)``.
    public init(json: String, source: String) throws(CurriculumError) {
        try self.init(json: Array(json.utf8), source: source)
    }
}
