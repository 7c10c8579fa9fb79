/// Where a command writes, and what it knows about the terminal it writes to.
///
/// Commands never print directly: the executable passes a console bound to the real
/// standard output and error, tests pass one that collects the text.
package struct Console: Sendable {
    /// Writes text to standard output, through ``TerminalText/clean(_:)``.
    package var out: @Sendable (String) -> Void
    /// Writes text to standard error, through ``TerminalText/clean(_:)``.
    package var err: @Sendable (String) -> Void
    /// Writes text to standard output as it is: only for the roadmap formats, which make
    /// their own text safe (``PlainText``) and need what the terminal filter drops (the
    /// CR of an iCalendar line end).
    package var rawOut: @Sendable (String) -> Void
    /// Writes UTF-8 to standard output as it is, like ``rawOut``: for a roadmap handed
    /// over in chunks as it is written, with no string made of it.
    package var rawOutBytes: @Sendable (UnsafeBufferPointer<UInt8>) -> Void
    /// Whether standard output is a terminal that shows colour: a terminal, and `NO_COLOR`
    /// unset (and `TERM` not `dumb`).
    package var usesColor: Bool
    /// Whether to draw Unicode bars and arrows (on a terminal) or plain ASCII (piped).
    package var usesUnicode: Bool
    /// The output width in columns: `COLUMNS`, else 80.
    package var width: Int
    /// Reads one line of standard input, to answer a question; `nil` when standard input
    /// is not a terminal (a script or a pipe), so that commands refuse rather than guess.
    package var readLine: (@Sendable () -> String?)?
    /// Reads one line of standard input when it is *not* a terminal (a pipe or a file),
    /// `nil` at its end; `nil` itself when standard input is a terminal. For commands that
    /// take scripted answers, such as `upskill assess`.
    package var readPipedLine: (@Sendable () -> String?)?

    package init(
        out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
        usesColor: Bool = false, usesUnicode: Bool = false, width: Int = 80,
        readLine: (@Sendable () -> String?)? = nil, readPipedLine: (@Sendable () -> String?)? = nil,
        outBytes: (@Sendable (UnsafeBufferPointer<UInt8>) -> Void)? = nil
    ) {
        // Colours are only written to standard output on a colour terminal; standard
        // error never has any.
        self.out = { out(TerminalText.clean($0, keepingColours: usesColor)) }
        self.err = { err(TerminalText.clean($0, keepingColours: false)) }
        self.rawOut = out
        // Without a byte writer, each chunk as text: chunks are whole UTF-8.
        self.rawOutBytes = outBytes ?? { out(String(decoding: $0, as: UTF8.self)) }
        self.usesColor = usesColor
        self.usesUnicode = usesUnicode
        self.width = width
        self.readLine = readLine
        self.readPipedLine = readPipedLine
    }

    /// The same console with colour on or off (`--color always|never`).
    package func colored(_ usesColor: Bool) -> Console {
        var console = Console(
            out: rawOut, err: { _ in }, usesColor: usesColor, usesUnicode: usesUnicode, width: width,
            readLine: readLine, readPipedLine: readPipedLine, outBytes: rawOutBytes)
        console.err = err
        return console
    }
}
