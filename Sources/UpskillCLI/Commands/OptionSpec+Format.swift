extension OptionSpec {
    /// `--format text|json`, which every listing command takes. The JSON field names of
    /// each command are a contract (see the README).
    static let outputFormat = OptionSpec(
        "format", help: "Output format: text for people, json for scripts.", valueName: "format",
        allowedValues: ["text", "json"], defaultValue: "text")
}
