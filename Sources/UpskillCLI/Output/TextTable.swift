/// A plain-text table that fits a width: columns padded to their widest cell, two spaces
/// apart, and the flexible columns (names, never ids) shortened with an ellipsis when the
/// whole does not fit, the first flexible column first, none below
/// ``minimumFlexibleWidth``.
///
/// On a terminal the ellipsis is `…` and the header is bold; piped, `...` and no escape
/// codes. No line has trailing spaces. Widths count characters (grapheme clusters), so
/// text in double-width scripts can overflow.
struct TextTable {
    /// One column.
    struct Column {
        /// The header, such as `ID`.
        var title: String
        /// Whether cells are right-aligned (numbers) rather than left-aligned.
        var alignsRight = false
        /// Whether the column gives up room when the table is too wide (in column order).
        var isFlexible = false
    }

    /// The narrowest a flexible column is shortened to.
    static let minimumFlexibleWidth = 10

    var columns: [Column]
    var rows: [[String]] = []
    /// Whether to print the column titles as the first line.
    var showsHeader = true
    /// Spaces before every line.
    var indent = 0

    /// The lines of the table (without newlines), fitted to `width` where shortening the
    /// flexible columns can do it.
    func lines(width: Int, style: TextStyle) -> [String] {
        var widths = columns.indices.map { column in
            let cells = rows.map { $0.indices.contains(column) ? $0[column].count : 0 }
            return max(showsHeader ? columns[column].title.count : 0, cells.max() ?? 0)
        }
        var excess = indent + widths.reduce(0, +) + 2 * max(0, columns.count - 1) - width
        for flexible in columns.indices where columns[flexible].isFlexible && excess > 0 {
            let floor = min(widths[flexible], Self.minimumFlexibleWidth)
            let given = min(excess, widths[flexible] - floor)
            widths[flexible] -= given
            excess -= given
        }
        let ellipsis = style.usesUnicode ? "…" : "..."
        var lines: [String] = []
        if showsHeader {
            lines.append(style.bold(line(columns.map(\.title), widths: widths, ellipsis: ellipsis)))
        }
        for row in rows {
            lines.append(line(row, widths: widths, ellipsis: ellipsis))
        }
        return lines
    }

    private func line(_ cells: [String], widths: [Int], ellipsis: String) -> String {
        var text = String(repeating: " ", count: indent)
        for (index, column) in columns.enumerated() {
            let cell = index < cells.count ? Self.truncate(cells[index], to: widths[index], ellipsis: ellipsis) : ""
            let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
            if index > 0 { text += "  " }
            text += column.alignsRight ? padding + cell : cell + padding
        }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// `text` cut to at most `width` characters, ending in `ellipsis` when cut.
    static func truncate(_ text: String, to width: Int, ellipsis: String) -> String {
        guard text.count > width else { return text }
        guard width > ellipsis.count else { return String(text.prefix(width)) }
        var kept = String(text.prefix(width - ellipsis.count))
        while kept.last == " " { kept.removeLast() }
        return kept + ellipsis
    }
}
