/// How a step of a roadmap stands, as every format shows it (and the HTML colours it).
package enum StepStatus: String, Sendable, Hashable, CaseIterable {
    /// Learnt.
    case done
    /// Started, not finished.
    case inProgress = "in-progress"
    /// Counted as known without studying it.
    case skipped
    /// Not started, and everything it needs is known or done: it can be started now.
    case ready
    /// Not started, and it needs a step that is not done yet.
    case later

    /// The words people read: "Done", "In progress", "Skipped", "Ready now", "Later".
    package var label: String {
        switch self {
        case .done: "Done"
        case .inProgress: "In progress"
        case .skipped: "Skipped"
        case .ready: "Ready now"
        case .later: "Later"
        }
    }

    /// Whether nothing is left to do on the step.
    package var isFinished: Bool { self == .done || self == .skipped }
}
