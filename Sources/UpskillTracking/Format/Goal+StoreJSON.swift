import UpskillCurriculum

extension Goal {
    /// The keys of a goal object, in the order written. `deadline` came with version 3 of
    /// the state file and of journal lines, and is written only when there is one.
    static let storeKeys = ["from", "to", "know", "goals", "avoid", "hoursPerWeek", "start", "deadline"]

    /// The lowest state-file and journal-line version that holds this goal: 3 with a
    /// deadline, else 2 (whose goal object is unchanged since version 1).
    var storeVersion: Int {
        deadline == nil ? 2 : 3
    }

    /// The goal as `state.json` and the journal write it.
    var storeJSON: StoreJSON {
        var members: [(String, StoreJSON)] = [
            ("from", .array(from.map(StoreJSON.string))),
            ("to", .array(to.map(StoreJSON.string))),
            ("know", .array(know.map(StoreJSON.string))),
            ("goals", .array(goals.map(StoreJSON.string))),
            ("avoid", .array(avoid.map(StoreJSON.string))),
            ("hoursPerWeek", .number(hoursPerWeek)),
            ("start", .string(start.description)),
        ]
        if let deadline { members.append(("deadline", .string(deadline.description))) }
        return .object(members)
    }

    /// Reads a goal object; the id lists may be left out (empty).
    /// - Parameter version: The version of the file or line it is in: `deadline` is a key
    ///   from version 3 on.
    init(store value: JSONValue, at path: String, reader: StoreReader, version: Int) throws(TrackingError) {
        let keys = version >= 3 ? Goal.storeKeys : Goal.storeKeys.filter { $0 != "deadline" }
        let object = try reader.object(value, at: path, keys: keys)
        self.init(
            from: try object.strings("from"), to: try object.strings("to"), know: try object.strings("know"),
            goals: try object.strings("goals"), avoid: try object.strings("avoid"),
            hoursPerWeek: try object.positiveNumber("hoursPerWeek", atMost: 168), start: try object.date("start"),
            deadline: try object.optionalDate("deadline"))
        if to.isEmpty && goals.isEmpty {
            throw reader.damaged(value, at: path, "a goal needs at least one role in 'to' or skill in 'goals'")
        }
    }
}
