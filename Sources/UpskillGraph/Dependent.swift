/// A skill or role that lists a given skill among its requirements: a reverse edge of the
/// requirement graph, as ``Catalog/skillsRequiring(_:)`` and ``Catalog/rolesRequiring(_:)``
/// return them.
package struct Dependent: Sendable, Hashable {
    /// The index of the skill (or role) that has the requirement.
    package var index: Int32
    /// Whether the skill is only one member of an `anyOf` item there, rather than
    /// mandatory.
    package var isAlternative: Bool

    package init(index: Int32, isAlternative: Bool) {
        self.index = index
        self.isAlternative = isAlternative
    }
}
