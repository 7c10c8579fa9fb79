import UpskillCurriculum

/// Where a curriculum lists a resource: in `resources`, or in the `resources` of one of
/// its `extend` entries.
struct ResourcePlace {
    /// The position of the `extend` entry, or nil for the curriculum's `resources`.
    var extensionPosition: Int?
    /// The position in that list.
    var position: Int

    var path: JSONPath {
        guard let extensionPosition else { return JSONPath.root.appending("resources").appending(position) }
        return JSONPath.root.appending("extend").appending(extensionPosition).appending("resources").appending(position)
    }
}
