/// A role's milestone over the catalog's indices: the stage's id, title and outcome, and
/// the role's requirement items it groups.
package struct RoleMilestone: Sendable, Hashable {
    /// The id, unique within the role, e.g. `ship`.
    package var id: String
    /// A short title.
    package var title: String
    /// One line on what the learner can do at the end; empty when not given.
    package var outcome: String
    /// Global item indices into ``Catalog/roleRequirements`` (each within
    /// `roleRequirements.items(of: role)`), in the order the milestone names them, each
    /// once.
    package var items: [Int]

    package init(id: String, title: String, outcome: String, items: [Int]) {
        self.id = id
        self.title = title
        self.outcome = outcome
        self.items = items
    }
}
