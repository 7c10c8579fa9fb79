/// A shell `upskill completions` writes a script for.
enum CompletionShell: String, CaseIterable, Sendable {
    case bash, zsh, fish

    /// The completion script for `commands`, whose names, flags, allowed values and
    /// positional arguments it knows; skill and role ids it asks `upskill __complete` for
    /// at completion time, so new curricula complete without regenerating the script.
    func script(for commands: [CommandSpec], programName: String = "upskill") -> String {
        switch self {
        case .bash: BashCompletionScript(commands: commands, programName: programName).render()
        case .zsh: ZshCompletionScript(commands: commands, programName: programName).render()
        case .fish: FishCompletionScript(commands: commands, programName: programName).render()
        }
    }
}

/// Quoting for the generated scripts.
enum ShellQuoting {
    /// `text` as one POSIX-shell word in single quotes: `'it'\''s'`.
    static func single(_ text: String) -> String {
        "'" + text.replacing("'", with: #"'\''"#) + "'"
    }

    /// `text` in single quotes for fish, which escapes `\` and `'` inside them.
    static func fish(_ text: String) -> String {
        "'" + text.replacing("\\", with: "\\\\").replacing("'", with: "\\'") + "'"
    }
}
