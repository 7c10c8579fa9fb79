import Dispatch

/// Work done on another thread while the caller goes on with its own; ``wait()`` returns
/// its value. For the independent halves of loading a large catalog on a machine with
/// more than one core.
package final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    // `value` is written once by the worker before `finished` is signalled, and read only
    // after waiting for that signal: the semaphore orders the two.
    private var value: Value?
    private let finished = DispatchSemaphore(value: 0)

    /// Starts `work` on a global queue.
    package init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.value = work()
            self.finished.signal()
        }
    }

    /// Waits for the work to finish and returns its value.
    package func wait() -> Value {
        finished.wait()
        defer { finished.signal() }
        guard let value else { preconditionFailure("BackgroundWork signalled before its value was set") }
        return value
    }
}
