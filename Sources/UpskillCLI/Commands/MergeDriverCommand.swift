import UpskillTracking

/// `upskill merge-driver BASE OURS THEIRS PATH`: the git merge driver that lets a store
/// kept in git merge changes made on two machines (see ``MergeDriver``).
struct MergeDriverCommand: UpskillCommand {
    static let spec = CommandSpec(
        "merge-driver",
        abstract: "Merge progress changed on two machines, for git (set up once, git runs it).",
        discussion: """
            Keep UPSKILL_HOME in a git repository and git pull merges the changes made on \
            two machines without a conflict: every change of both is kept, in history, \
            status and undo. Set it up once in the repository: \
            echo 'journal.jsonl merge=upskill' >> .gitattributes; \
            echo 'state.json merge=upskill' >> .gitattributes; \
            git config merge.upskill.driver 'upskill merge-driver %O %A %B %P'. \
            git runs it with the common ancestor's, our and their versions of the file; \
            it writes the merge over ours. Exits 1 when the journals cannot be merged \
            safely (git then reports a conflict), 65 for a damaged file.
            """,
        arguments: [
            ArgumentSpec("base", help: "The common ancestor's version of the file (git's %O)."),
            ArgumentSpec("ours", help: "Our version (git's %A), replaced by the merge."),
            ArgumentSpec("theirs", help: "Their version (git's %B)."),
            ArgumentSpec("path", help: "The file's path in the repository (git's %P): journal.jsonl or state.json."),
        ],
        examples: [
            CommandExample(
                "upskill merge-driver %O %A %B %P",
                "What git runs once told to by: git config merge.upskill.driver 'upskill merge-driver %O %A %B %P'.")
        ],
        group: "Progress")

    let base: String
    let ours: String
    let theirs: String
    let path: String

    init(_ arguments: ParsedArguments, environment: Environment) throws(CLIError) {
        base = arguments.argument("base") ?? ""
        ours = arguments.argument("ours") ?? ""
        theirs = arguments.argument("theirs") ?? ""
        path = arguments.argument("path") ?? ""
    }

    func run(console: Console) throws(CLIError) {
        do {
            try MergeDriver.merge(base: base, ours: ours, theirs: theirs, path: path)
        } catch {
            throw CLIError(error)
        }
    }
}
