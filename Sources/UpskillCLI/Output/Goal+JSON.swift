import UpskillTracking

extension Goal {
    /// The saved goal in the JSON of `next` and `status`.
    var json: JSONOutput {
        .object([
            ("from", .array(from.map(JSONOutput.string))),
            ("to", .array(to.map(JSONOutput.string))),
            ("know", .array(know.map(JSONOutput.string))),
            ("goals", .array(goals.map(JSONOutput.string))),
            ("avoid", .array(avoid.map(JSONOutput.string))),
            ("hoursPerWeek", .number(hoursPerWeek)),
            ("start", .string(start.description)),
            ("deadline", deadline.map { .string($0.description) } ?? .null),
        ])
    }
}
