// TEMPORARY stand-in until the milestones branch lands (it defines the real one).
package struct RoleMilestone: Sendable, Hashable {
    package var id: String
    package var title: String
    package var outcome: String
    package var items: [Int]
}

extension Catalog {
    package func milestones(ofRole role: Int32) -> [RoleMilestone] { [] }
}
