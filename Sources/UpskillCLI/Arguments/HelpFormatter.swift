/// Renders help text in swift-argument-parser's layout, wrapped to a width.
///
/// Sections are separated by blank lines; two-column rows start at column 2 with their
/// text at column 26, wrapped with a hanging indent. The output has no trailing newline
/// and no trailing spaces.
package struct HelpFormatter: Sendable {
    /// The name of the executable, as shown in usage lines and the root help. (Examples
    /// are shown as written.)
    package var programName: String
    /// The version, shown for `--version`.
    package var version: String
    /// One line for the root help's `OVERVIEW:`.
    package var abstract: String
    /// An optional paragraph below the root overview.
    package var discussion: String?
    /// The maximum line length (words longer than the room still overflow).
    package var width: Int

    /// Where a section's rows start.
    static let indent = 2
    /// Where the text column of a row starts.
    static let column = 26
    /// Where an example's explanation starts.
    static let exampleIndent = 6

    package init(
        programName: String = "upskill", version: String, abstract: String, discussion: String? = nil,
        width: Int = 80
    ) {
        self.programName = programName
        self.version = version
        self.abstract = abstract
        self.discussion = discussion
        self.width = width
    }

    /// The text to print for an invocation that is not a run: help or the version.
    /// `nil` for ``Invocation/run(_:)``.
    package func text(for invocation: Invocation, commands: [CommandSpec]) -> String? {
        switch invocation {
        case .run: nil
        case .version: version
        case .help(let name): help(command: name, in: commands)
        }
    }

    /// The help for `name` (a command name or alias, or `help` even when the table has no
    /// entry for it), or the root help for `nil` or a name the table does not know.
    package func help(command name: String?, in commands: [CommandSpec]) -> String {
        guard let name else { return rootHelp(for: commands) }
        if let spec = ArgumentParser.command(named: name, in: commands) { return help(for: spec) }
        if name == CommandSpec.help.name { return help(for: CommandSpec.help) }
        return rootHelp(for: commands)
    }

    /// The help for one command: overview, discussion, usage, arguments, options (with
    /// `-h, --help` last) and examples.
    package func help(for command: CommandSpec) -> String {
        var sections: [[String]] = [overview(command.abstract, discussion: command.discussion)]
        sections.append(usageLines(for: command))
        let arguments = command.arguments.flatMap { argument in
            row(argument.placeholder, argument.help)
        }
        if !arguments.isEmpty { sections.append(["ARGUMENTS:"] + arguments) }
        var options = command.options.filter { !$0.isHidden }.flatMap { option in
            row(option.helpLabel, [option.help, option.defaultValue.map { "(default: \($0))" }])
        }
        options += row(command.hasShortHelp ? "-h, --help" : "--help", "Show help information.")
        sections.append(["OPTIONS:"] + options)
        if !command.examples.isEmpty {
            let examples = command.examples.map { example in
                exampleLines(example) + TextWrapper.wrap(example.explanation, width: width, indent: Self.exampleIndent)
            }
            sections.append(["EXAMPLES:"] + Array(examples.joined(separator: [""])))
        }
        return render(sections)
    }

    /// The root help: overview, usage, the global options, the commands (ungrouped ones
    /// under `SUBCOMMANDS:`, then one `<GROUP> SUBCOMMANDS:` section per group in order of
    /// first appearance) and a pointer to `help <subcommand>`.
    package func rootHelp(for commands: [CommandSpec]) -> String {
        var sections: [[String]] = [overview(abstract, discussion: discussion)]
        sections.append(["USAGE: \(programName) <subcommand> [options]"])
        sections.append(
            ["OPTIONS:"] + row("--version", "Show the version.")
                + row("--color <when>", "Colour: auto (on a terminal, unless NO_COLOR), always or never; any command.")
                + row("-h, --help", "Show help information.")
        )
        var groups: [String?] = []
        for command in commands where !groups.contains(command.group) {
            groups.append(command.group)
        }
        // Ungrouped commands first, then the groups in table order.
        for group in groups.filter({ $0 == nil }) + groups.filter({ $0 != nil }) {
            let title = group.map { "\($0.uppercased()) SUBCOMMANDS:" } ?? "SUBCOMMANDS:"
            let rows = commands.filter { $0.group == group }.flatMap { command in
                row(([command.name] + command.aliases).joined(separator: ", "), command.abstract)
            }
            sections.append([title] + rows)
        }
        sections.append(
            TextWrapper.wrap(
                "See '\(programName) help <subcommand>' for detailed help.", width: width, indent: Self.indent
            )
        )
        return render(sections)
    }

    /// The usage line of a command, unwrapped: `upskill plan [--from <role> ...] <skill>`.
    /// Options come first, in table order (hidden ones left out), then the arguments.
    package func usage(for command: CommandSpec) -> String {
        usageComponents(for: command).joined(separator: " ")
    }

    // MARK: - Pieces

    private func usageComponents(for command: CommandSpec) -> [String] {
        ["\(programName) \(command.name)"] + command.options.filter { !$0.isHidden }.map(\.usage)
            + command.arguments.map(\.usage)
    }

    /// `USAGE: …` wrapped between components, continuation lines aligned after `USAGE: `.
    private func usageLines(for command: CommandSpec) -> [String] {
        let prefix = "USAGE: "
        let margin = String(repeating: " ", count: prefix.count)
        var lines: [String] = []
        var line = prefix
        var lineIsEmpty = true
        for component in usageComponents(for: command) {
            if lineIsEmpty {
                line += component
                lineIsEmpty = false
            } else if line.count + 1 + component.count <= width {
                line += " " + component
            } else {
                lines.append(line)
                line = margin + component
            }
        }
        lines.append(line)
        return lines
    }

    /// An example's command line, wrapped between shell words with a `\\` at the end of
    /// each broken line, so that the lines still paste into a shell.
    private func exampleLines(_ example: CommandExample) -> [String] {
        let margin = String(repeating: " ", count: Self.indent)
        let continuation = String(repeating: " ", count: Self.indent + 2)
        var lines: [String] = []
        var line = margin
        let words = example.shellWords
        for (index, word) in words.enumerated() {
            let room = index == words.count - 1 ? width : width - 2  // for the ` \\`
            if index == 0 {
                line += word
            } else if line.count + 1 + word.count <= room {
                line += " " + word
            } else {
                lines.append(line + " \\")
                line = continuation + word
            }
        }
        lines.append(line)
        return lines
    }

    private func overview(_ abstract: String, discussion: String?) -> [String] {
        var lines = TextWrapper.wrap("OVERVIEW: \(abstract)", width: width)
        if let discussion, !discussion.isEmpty {
            lines += [""] + TextWrapper.wrap(discussion, width: width)
        }
        return lines
    }

    private func row(_ label: String, _ parts: [String?]) -> [String] {
        row(label, parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " "))
    }

    private func row(_ label: String, _ text: String) -> [String] {
        TextWrapper.row(label: label, text: text, indent: Self.indent, column: Self.column, width: width)
    }

    private func render(_ sections: [[String]]) -> String {
        sections.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }
}
