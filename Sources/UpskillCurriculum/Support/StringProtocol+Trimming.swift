extension StringProtocol {
    /// The text without leading and trailing whitespace (spaces, tabs, line breaks), as
    /// the line-based files and options read it; no Foundation needed.
    package var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
