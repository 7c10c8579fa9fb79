/// How a plan's steps are ordered. Both orders put every step after the steps it needs;
/// only the order differs, never the set of skills or the total hours.
package enum PlanOrder: String, Sendable, Hashable, CaseIterable {
    /// The default: started skills first, then milestone by milestone, and inside a
    /// milestone the order that completes the targets' requirements early (see
    /// ``DeliveryOrder``).
    case delivery
    /// Depth first from the targets in the order they are written, each step right after
    /// the steps it needs (post-order).
    case depth
}
