import UpskillCurriculum

extension Curriculum {
    /// The diagnostics of decoding `json` as `test.json`, or none when it decodes.
    static func diagnostics(decoding json: String) -> [Diagnostic] {
        do {
            _ = try Curriculum(json: json, source: "test.json")
            return []
        } catch {
            return error.diagnostics
        }
    }
}
