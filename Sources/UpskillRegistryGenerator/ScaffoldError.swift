/// Why a plugin cannot be created, or why the manifest's plugin list cannot be read,
/// written for the person running the command. Nothing has been changed when it is thrown,
/// unless the message says otherwise.
package struct ScaffoldError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong and what to do about it.
    package var message: String

    package init(_ message: String) {
        self.message = message
    }

    package var description: String { message }
}
