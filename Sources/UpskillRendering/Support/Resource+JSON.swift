import UpskillCurriculum

extension Resource {
    /// The resource as every `--format json` output writes it: `id`, `title`, `kind`,
    /// `url`, `hours`, `cost` and `updated` (`null` when unknown).
    package var json: JSONOutput {
        .object([
            ("id", .string(id)),
            ("title", .string(title)),
            ("kind", .string(kind.rawValue)),
            ("url", .string(url)),
            ("hours", hours.map(JSONOutput.number) ?? .null),
            ("cost", cost.map(JSONOutput.number) ?? .null),
            ("updated", updated.map { JSONOutput.number(Double($0)) } ?? .null),
        ])
    }
}
