/// Why a file is not valid JSON, and where: the first problem the parser met.
///
/// The message is written for a person and names what was found and what was expected,
/// e.g. "expected ',' or '}' after an object member, found ']'". The position points at
/// the offending byte (or at the end of the file when the file ends too soon).
package struct JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, e.g. "invalid number '01'".
    package var message: String
    /// The byte offset of the offending byte from the start of the file (a byte order mark
    /// included), or the file's length when the file ends too soon.
    package var offset: Int
    /// The line and column of ``offset``.
    package var position: SourcePosition

    /// Creates an error with `message` at `offset`, which is at `position`.
    package init(message: String, offset: Int, position: SourcePosition) {
        self.message = message
        self.offset = offset
        self.position = position
    }

    /// `line:column: message`, e.g. `3:12: invalid number '01'`.
    package var description: String {
        "\(position): \(message)"
    }

    /// The error as a compiler-style diagnostic for the file at `path`:
    /// `path:line:column: error: message`.
    package func diagnostic(path: String) -> String {
        "\(path):\(position.line):\(position.column): error: \(message)"
    }
}
