/// The colours of each status, shared by the graph, the timeline and the legend (and the
/// same as the Mermaid and Graphviz exports).
enum StatusPalette {
    /// The CSS class of a status: `done`, `progress`, `skipped`, `ready`, `later`.
    static func cssClass(_ status: StepStatus) -> String {
        switch status {
        case .done: "done"
        case .inProgress: "progress"
        case .skipped: "skipped"
        case .ready: "ready"
        case .later: "later"
        }
    }
}
