#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Curriculum {
    /// Reads and decodes a curriculum file (JSON, format version 1): for plugins that
    /// compute their curricula from a company's own catalog file.
    /// - Parameter path: The file's path; diagnostics name it.
    /// - Throws: ``CurriculumError`` when the file cannot be read, or listing every syntax
    ///   and shape problem of its contents.
    public init(contentsOfFile path: String) throws(CurriculumError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file"
            throw CurriculumError(diagnostics: [Diagnostic(.error, reason, source: path)])
        }
        try self.init(json: [UInt8](data), source: path)
    }
}
