/// One worked example in a command's help: a command line and what it does.
///
/// The command line is written in full, program name first (`upskill plan --from a --to
/// b`), and shown as written; ``arguments`` splits it into what the program receives, so
/// that ``CommandSpecLint`` (or a test) can check that every example parses.
package struct CommandExample: Sendable, Hashable {
    /// The command line as a user would type it in a shell, program name first.
    package var commandLine: String
    /// One or two sentences on what the example does.
    package var explanation: String

    package init(_ commandLine: String, _ explanation: String) {
        self.commandLine = commandLine
        self.explanation = explanation
    }

    /// ``commandLine`` split into arguments the way a POSIX shell would for simple input:
    /// on unquoted whitespace, with `'…'` and `"…"` quoting (quotes removed) and `\`
    /// escaping the next character outside single quotes. No expansion of any kind.
    package var argv: [String] { words.map(\.value) }

    /// ``argv`` without its first word (the program name): the input for
    /// ``ArgumentParser/parse(_:commands:)``.
    package var arguments: [String] { Array(argv.dropFirst()) }

    /// ``commandLine`` split on unquoted whitespace, each word as written (quotes kept),
    /// so that help can wrap the line between words without breaking a quoted string.
    package var shellWords: [String] { words.map(\.written) }

    private var words: [(written: String, value: String)] {
        var words: [(written: String, value: String)] = []
        var written = ""
        var value = ""
        var quote: Character?
        var escaped = false
        for character in commandLine {
            if escaped {
                written.append(character)
                value.append(character)
                escaped = false
                continue
            }
            switch (quote, character) {
            case ("'", "'"), ("\"", "\""):
                quote = nil
                written.append(character)
            case ("'", _):
                written.append(character)
                value.append(character)
            case (_, "\\"):
                escaped = true
                written.append(character)
            case ("\"", _):
                written.append(character)
                value.append(character)
            case (nil, "'"), (nil, "\""):
                quote = character
                written.append(character)
            case (nil, _) where character.isWhitespace:
                if !written.isEmpty { words.append((written, value)) }
                written = ""
                value = ""
            default:
                written.append(character)
                value.append(character)
            }
        }
        if !written.isEmpty { words.append((written, value)) }
        return words
    }
}
