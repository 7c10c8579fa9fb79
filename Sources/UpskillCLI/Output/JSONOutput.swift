import UpskillRendering

/// The deterministic JSON writer, which lives with the other output formats in
/// UpskillRendering; this name keeps `JSONOutput` usable across UpskillCLI.
typealias JSONOutput = UpskillRendering.JSONOutput
