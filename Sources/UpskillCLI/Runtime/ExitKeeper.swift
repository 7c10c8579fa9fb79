/// Keeps what a command is done with until the process exits, instead of freeing it value
/// by value.
///
/// A 100,000-skill catalog and its roadmap are millions of small allocations: freeing them
/// one by one when `plan` returns cost about a twentieth of the whole run, just before the
/// process ends and the system takes all of its memory back at once. Only the `upskill`
/// process itself has a keeper (``process``, a global, which Swift never deinitialises);
/// a command run inside a test process has none and frees as usual.
///
/// (`@unchecked Sendable`: a command runs on one thread, the only one that keeps values.)
package final class ExitKeeper: @unchecked Sendable {
    private var values: [Any] = []

    /// The keeper of the running `upskill` process.
    static let process = ExitKeeper()

    /// Keeps `value` alive until the process exits.
    func keep(_ value: Any) {
        values.append(value)
    }
}
