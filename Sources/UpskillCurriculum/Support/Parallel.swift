import Dispatch

/// Two independent pieces of work done at once, on two cores where there are two.
///
/// Built on `DispatchQueue.concurrentPerform`, whose calling thread runs work itself: it
/// never waits for a queued job that no thread is free to run, so it cannot deadlock
/// when every thread is busy (inside a test runner's tasks, or nested).
package enum Parallel {
    /// Runs `first` and `second`, possibly at the same time, and returns both results.
    /// The two must not touch the same mutable state.
    package static func both<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let pair = Pair(first: first, second: second)
                DispatchQueue.concurrentPerform(iterations: 2) { part in pair.run(part) }
                return pair.results()
            }
        }
    }

    /// The two pieces of work and their results, shared by the two iterations.
    ///
    /// `@unchecked Sendable`: iteration 0 touches only `first` and `firstResult`,
    /// iteration 1 only `second` and `secondResult`, and the results are read after
    /// `concurrentPerform` has returned, which orders them after both writes.
    private final class Pair<First, Second>: @unchecked Sendable {
        let first: () -> First
        let second: () -> Second
        var firstResult: First?
        var secondResult: Second?

        init(first: @escaping () -> First, second: @escaping () -> Second) {
            self.first = first
            self.second = second
        }

        func run(_ part: Int) {
            if part == 0 { firstResult = first() } else { secondResult = second() }
        }

        func results() -> (First, Second) {
            guard let firstResult, let secondResult else {
                preconditionFailure("concurrentPerform returned before both parts ran")
            }
            return (firstResult, secondResult)
        }
    }
}
