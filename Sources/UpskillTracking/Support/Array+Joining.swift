extension Array where Element == String {
    /// The texts with `separator` between them, as `joined(separator:)` gives them.
    ///
    /// Written out because the standard library's `joined(separator:)` is not specialised
    /// for the caller: its first call in a process looks up `Array: Collection` at run time
    /// (about 165,000 instructions, a twentieth of `upskill next`). Use this on the paths
    /// of the progress commands, which run in a few milliseconds.
    package func joined(with separator: String) -> String {
        var text = ""
        for index in indices {
            if index > startIndex { text += separator }
            text += self[index]
        }
        return text
    }
}
