import Testing
@testable import UpskillCLI

/// The completion scripts as text: generated from the command table, so every command,
/// flag and allowed value is in them and nothing hidden is. (CompletionBinaryTests runs
/// them in real shells.)
@Suite("Completion scripts (generated text)")
struct CompletionScriptTests {
    static let table = CommandTable.all

    @Test(
        "what a value is, read from the table",
        arguments: [
            ("skill", nil, CompletionValue.skill), ("skills", nil, .skill), ("role", nil, .role), ("id", nil, .skillOrRole),
            ("category", nil, .category), ("path", nil, .file), ("subcommand", nil, .command), ("date", nil, .text),
            ("hours", nil, .text), ("format", ["text", "json"], .oneOf(["text", "json"])),
            ("skill", ["a"], .oneOf(["a"])),
        ] as [(String, [String]?, CompletionValue)])
    func value(name: String, allowed: [String]?, expected: CompletionValue) {
        #expect(CompletionValue(name: name, allowedValues: allowed) == expected)
    }

    @Test("flags are not values; lists of ids ask __complete")
    func optionValues() {
        #expect(CompletionValue(OptionSpec.flag("strict", help: "")) == nil)
        #expect(CompletionValue(OptionSpec.list("know", help: "", valueName: "skill"))?.dynamicSource == "skills")
        #expect(CompletionValue(ArgumentSpec("id", help: "")).dynamicSource == "ids")
        #expect(CompletionValue.file.dynamicSource == nil)
    }

    @Test("bash: every command, every visible flag, the allowed values; nothing hidden")
    func bash() {
        let script = CompletionShell.bash.script(for: Self.table)
        let names = Self.table.map(\.name).joined(separator: " ")
        #expect(script.contains("\n_upskill_commands='\(names)'\n"))
        #expect(names.hasPrefix("plan roles skills show validate"))
        #expect(script.hasSuffix("\ncomplete -F _upskill upskill\n"))
        #expect(!script.contains("'__complete')"))
        for command in Self.table {
            let flags = command.options.filter { !$0.isHidden }.map(\.longFlag) + ["--help"]
            #expect(script.contains("'\(command.name)') _upskill_words='\(flags.joined(separator: " "))' ;;"))
        }
        #expect(script.contains("'plan --format') _upskill_kind='values:text json markdown csv mermaid dot ics html' ;;"))
        #expect(script.contains("'plan --output'|'plan -o') _upskill_kind='file' ;;"))
        #expect(script.contains("'plan --from') _upskill_kind='role' ;;"))
        #expect(script.contains("'plan --know') _upskill_kind='skill' ;;"))
        #expect(script.contains("'skills --search'|'skills -s') _upskill_kind='text' ;;"))
        #expect(script.contains("'skills --category') _upskill_kind='category' ;;"))
        #expect(script.contains("'show') if (( $2 == 0 )); then _upskill_kind='id'; fi ;;"))
        #expect(script.contains("'validate') if (( $2 >= 0 )); then _upskill_kind='file'; fi ;;"))
        #expect(script.contains("'completions') if (( $2 == 0 )); then _upskill_kind='values:bash zsh fish'; fi ;;"))
        #expect(script.contains("'help') if (( $2 == 0 )); then _upskill_kind='command'; fi ;;"))
    }

    @Test("zsh: a #compdef file with one _arguments per command")
    func zsh() {
        let script = CompletionShell.zsh.script(for: Self.table)
        #expect(script.hasPrefix("#compdef upskill\n"))
        #expect(script.contains("        'show:Show a skill or a role in detail.'\n"))
        for command in Self.table {
            #expect(script.contains("                ('\(command.name)')\n"))
        }
        #expect(script.contains("'--format=[Output format\\: text for people, json for scripts.]:format:(text json)'"))
        #expect(script.contains("'*--know=[Skills you already know, comma-separated or repeated.]:skill:_sequence _upskill_ids - skills skill'"))
        #expect(script.contains("'(-s --search)'{-s=,--search=}'[Only skills whose id"))
        #expect(script.contains("'1:id:_upskill_ids ids id'"))
        #expect(script.contains("'*:path:_files'"))
        #expect(!script.contains("__complete:"))
    }

    @Test("fish: complete lines per command, option and argument")
    func fish() {
        let script = CompletionShell.fish.script(for: Self.table)
        #expect(script.contains("complete -c upskill -n __upskill_needs_command -a 'show' -d 'Show a skill or a role in detail.'"))
        #expect(script.contains("complete -c upskill -n '__upskill_using plan' -l 'to' -x -a '(__upskill_ids roles)' -d 'A role you want (repeatable).'"))
        #expect(script.contains("complete -c upskill -n '__upskill_using skills' -s 's' -l 'search' -x -d "))
        #expect(script.contains("complete -c upskill -n '__upskill_at_argument show 0' -a '(__upskill_ids ids)'"))
        #expect(script.contains("complete -c upskill -n '__upskill_at_argument validate 0 on' -F"))
        #expect(script.contains("'plan --from'"))
        #expect(!script.contains("-a '__complete'"))
    }

    /// A table with text that needs quoting in every shell, for the syntax checks.
    static let awkward: [CommandSpec] = [
        CommandSpec(
            "note", abstract: "Attach a note: it's [really] \"quoted\" $(not run) `nor this` \\ here.",
            arguments: [
                ArgumentSpec("skill", help: "The skill."),
                ArgumentSpec("text", help: "Free text: 'anything'."),
            ],
            options: [
                OptionSpec("mood", short: "m", help: "How it went; [good]: or 'bad'.", allowedValues: ["good", "bad"]),
                .list("tag", help: "Tags (repeatable).", valueName: "tag"),
                .flag("dry-run", help: "Don't write $HOME."),
            ],
            aliases: ["n"]),
        .help,
    ]

    @Test("quoting survives text with quotes, brackets, colons and dollars", arguments: CompletionShell.allCases)
    func quoting(shell: CompletionShell) {
        let script = shell.script(for: Self.awkward)
        switch shell {
        case .bash:
            #expect(script.contains("'n') _upskill_command='note' ;;"))
            #expect(script.contains("'note --mood'|'note -m') _upskill_kind='values:good bad' ;;"))
        case .zsh:
            #expect(script.contains(#"'note:Attach a note: it'\''s [really] "quoted" $(not run) `nor this` \ here.'"#))
            #expect(script.contains(#"'[How it went; \[good\]\: or '\''bad'\''.]:mood:(good bad)'"#))
        case .fish:
            #expect(script.contains(#"-d 'Attach a note: it\'s [really] "quoted" $(not run) `nor this` \\ here.'"#))
            #expect(script.contains("            case 'n'\n                set command 'note'"))
        }
    }
}
