import UpskillCurriculum

extension Goal {
    /// The keys of a goal object, in the order written.
    static let storeKeys = ["from", "to", "know", "goals", "avoid", "hoursPerWeek", "start"]

    /// The goal as `state.json` and the journal write it.
    var storeJSON: StoreJSON {
        .object([
            ("from", .array(from.map(StoreJSON.string))),
            ("to", .array(to.map(StoreJSON.string))),
            ("know", .array(know.map(StoreJSON.string))),
            ("goals", .array(goals.map(StoreJSON.string))),
            ("avoid", .array(avoid.map(StoreJSON.string))),
            ("hoursPerWeek", .number(hoursPerWeek)),
            ("start", .string(start.description)),
        ])
    }

    /// Reads a goal object; the id lists may be left out (empty).
    init(store value: JSONValue, at path: String, reader: StoreReader) throws(TrackingError) {
        let object = try reader.object(value, at: path, keys: Goal.storeKeys)
        self.init(
            from: try object.strings("from"), to: try object.strings("to"), know: try object.strings("know"),
            goals: try object.strings("goals"), avoid: try object.strings("avoid"),
            hoursPerWeek: try object.positiveNumber("hoursPerWeek", atMost: 168), start: try object.date("start"))
        if to.isEmpty && goals.isEmpty {
            throw reader.damaged(value, at: path, "a goal needs at least one role in 'to' or skill in 'goals'")
        }
    }
}
