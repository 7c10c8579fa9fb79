import UpskillGraph

/// The flat structures the delivery order walks: the plan's own edges, and a round's
/// target closures.
extension DeliveryOrder {
    /// The closures of a round's targets, one after another: closure `i` is
    /// `skills[end[i - 1] ..< end[i]]` (from 0 for the first).
    struct Closures {
        var skills: [Int32] = []
        var end: [Int32] = []

        var count: Int { end.count }

        subscript(index: Int) -> ArraySlice<Int32> {
            skills[(index == 0 ? 0 : Int(end[index - 1]))..<Int(end[index])]
        }
    }

    /// For each skill of the plan, the members of its requirement items that are in the
    /// plan, in item and member order, as rows `start[s] ..< start[s + 1]` of ``members``:
    /// what a closure walk follows, without the members outside the plan.
    struct PlanEdges {
        let start: [Int32]
        let members: [Int32]

        init(requirements: RequirementTable, inPlan: [Bool]) {
            var start = [Int32](repeating: 0, count: inPlan.count + 1)
            var members: [Int32] = []
            for skill in inPlan.indices {
                if inPlan[skill] {
                    for item in requirements.items(of: skill) {
                        for member in requirements.members(of: item) where inPlan[Int(member)] { members.append(member) }
                    }
                }
                start[skill + 1] = Int32(members.count)
            }
            self.start = start
            self.members = members
        }
    }
}
