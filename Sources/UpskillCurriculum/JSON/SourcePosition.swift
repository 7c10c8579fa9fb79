/// A place in a source file, as compilers report it: a 1-based line and a 1-based column.
///
/// The column counts UTF-8 bytes from the start of the line, plus one, the way clang and
/// swiftc do: the first byte of a line is column 1, and `é` takes two columns. Lines end at
/// `\n`, `\r\n` or a lone `\r`. A UTF-8 byte order mark at the start of the file is not
/// counted, so the first character after it is at 1:1.
package struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The 1-based line number.
    package var line: Int
    /// The 1-based column: UTF-8 bytes from the start of the line, plus one.
    package var column: Int

    /// Creates a position at `line` and `column`, both 1-based.
    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, e.g. `3:12`.
    package var description: String {
        "\(line):\(column)"
    }

    /// Orders positions as they occur in a file: by line, then by column.
    package static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
