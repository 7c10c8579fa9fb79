/// Values a command leaves for the process's exit to reclaim when the process ends with
/// the command (``Environment/exitsAfterCommand``): the executable then skips freeing
/// the catalog, the plan and the progress value by value, as compilers skip freeing their
/// trees (clang's `-disable-free`). A test running the command line in process frees
/// them as usual.
enum ExitReclaim {
    /// Keeps `value` alive until the process exits when `exitsAfterCommand`; does nothing
    /// otherwise.
    static func leave(_ value: Any, exitsAfterCommand: Bool) {
        if exitsAfterCommand { _ = Unmanaged.passRetained(Kept(value)) }
    }

    /// A value kept by one reference that is never released.
    private final class Kept {
        let value: Any

        init(_ value: Any) {
            self.value = value
        }
    }
}
