import UpskillCurriculum
import UpskillGraph

/// What `upskill plugins` shows: every plugin module with what became of it, the
/// curriculum files with their paths, and the built-in curricula, each curriculum with its
/// size.
struct CurriculaListing {
    /// One curriculum, in brief.
    struct Summary {
        var id: String
        var title: String
        var version: String
        var skills: Int
        var roles: Int
        var resources: Int
        /// The skills of other curricula it extends.
        var extends: [String]

        init(_ curriculum: Curriculum) {
            id = curriculum.id
            title = curriculum.title
            version = curriculum.version
            skills = curriculum.skills.count
            roles = curriculum.roles.count
            resources = curriculum.resources.count + curriculum.extensions.reduce(0) { $0 + $1.resources.count }
            extends = curriculum.extensions.map(\.skill)
        }
    }

    /// A curriculum file, built in or not.
    struct File {
        var path: String
        var curriculum: Summary
    }

    var plugins: [PluginReport]
    var files: [File]
    var builtin: [File]
    /// The user's curricula folder, whether or not it exists.
    var userFolder: String?
    /// The merged catalog, when everything merged.
    var catalog: Catalog?

    init(inventory: CurriculumInventory, loaded: CatalogLoader.Loaded?, userFolder: String?) {
        plugins = loaded?.plugins ?? inventory.plugins
        files = inventory.sources.filter { $0.origin == .file }.map { File(path: $0.name, curriculum: Summary($0.curriculum)) }
        builtin = inventory.sources.filter { $0.origin == .builtin }.map {
            File(path: $0.name, curriculum: Summary($0.curriculum))
        }
        self.userFolder = userFolder
        catalog = loaded?.catalog
    }

    // MARK: Text

    /// The listing for people.
    func text(width: Int) -> String {
        var lines: [String] = ["Plugin modules (compiled into upskill)"]
        if plugins.isEmpty {
            lines += TextWrapper.wrap(
                "none: add one with `swift package --allow-writing-to-package-directory new-curriculum NAME`",
                width: width, indent: 2)
        }
        for plugin in plugins {
            lines += TextWrapper.wrap("\(plugin.name) \(plugin.version): \(plugin.summary)", width: width, indent: 2)
            switch plugin.outcome {
            case .loaded:
                for curriculum in plugin.curricula { lines += describe(curriculum: Summary(curriculum), width: width) }
            case .failed(let message):
                lines += TextWrapper.wrap("failed, left out: \(message)", width: width, indent: 6)
            case .leftOut(let problems):
                let count = problems.filter { $0.severity == .error }.count
                lines += TextWrapper.wrap(
                    "left out: its curricula have \(count) error\(count == 1 ? "" : "s") (listed on standard error)",
                    width: width, indent: 6)
                for curriculum in plugin.curricula { lines += describe(curriculum: Summary(curriculum), width: width) }
            }
        }

        lines += ["", "Curriculum files" + (userFolder.map { " (\($0)/*.json and --curriculum)" } ?? " (--curriculum)")]
        if files.isEmpty {
            lines += TextWrapper.wrap(
                "none: put *.json curricula in \(userFolder ?? "the curricula folder"), or pass --curriculum PATH",
                width: width, indent: 2)
        }
        for file in files { lines += describe(file, width: width) }

        lines += ["", "Built in"]
        if builtin.isEmpty { lines.append("  none (--no-builtin)") }
        for file in builtin { lines += describe(file, width: width) }

        if let catalog {
            lines += [
                "",
                "Merged: \(Self.count(catalog.skills.count, "skill")), \(Self.count(catalog.roles.count, "role")), \(Self.count(catalog.resources.count, "resource")).",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func describe(_ file: File, width: Int) -> [String] {
        ["  " + file.path] + describe(curriculum: file.curriculum, width: width)
    }

    private func describe(curriculum: Summary, width: Int) -> [String] {
        var parts = [Self.count(curriculum.skills, "skill"), Self.count(curriculum.roles, "role")]
        if curriculum.resources > 0 { parts.append(Self.count(curriculum.resources, "resource")) }
        var text = "\(curriculum.id) \(curriculum.version) (\(curriculum.title)): " + parts.joined(separator: ", ")
        if !curriculum.extends.isEmpty { text += "; extends " + curriculum.extends.joined(separator: ", ") }
        return TextWrapper.wrap(text, width: width, indent: 6)
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    // MARK: JSON

    /// The listing for scripts (`--format json`).
    func json() -> JSONOutput {
        .object([
            ("plugins", .array(plugins.map(pluginJSON))),
            ("files", .array(files.map(fileJSON))),
            ("builtin", .array(builtin.map(fileJSON))),
            ("userFolder", userFolder.map(JSONOutput.string) ?? .null),
            (
                "catalog",
                catalog.map { catalog in
                    .object([
                        ("skills", .number(Double(catalog.skills.count))),
                        ("roles", .number(Double(catalog.roles.count))),
                        ("resources", .number(Double(catalog.resources.count))),
                    ])
                } ?? .null
            ),
        ])
    }

    private func pluginJSON(_ plugin: PluginReport) -> JSONOutput {
        var members: [(String, JSONOutput)] = [
            ("name", .string(plugin.name)),
            ("version", .string(plugin.version)),
            ("summary", .string(plugin.summary)),
        ]
        switch plugin.outcome {
        case .loaded:
            members.append(("status", .string("loaded")))
        case .failed(let message):
            members += [("status", .string("failed")), ("error", .string(message))]
        case .leftOut(let problems):
            members += [("status", .string("invalid")), ("problems", .array(problems.map { .string($0.description) }))]
        }
        members.append(("curricula", .array(plugin.curricula.map { summaryJSON(Summary($0)) })))
        return .object(members)
    }

    private func fileJSON(_ file: File) -> JSONOutput {
        .object([("path", .string(file.path)), ("curriculum", summaryJSON(file.curriculum))])
    }

    private func summaryJSON(_ summary: Summary) -> JSONOutput {
        .object([
            ("id", .string(summary.id)),
            ("title", .string(summary.title)),
            ("version", .string(summary.version)),
            ("skills", .number(Double(summary.skills))),
            ("roles", .number(Double(summary.roles))),
            ("resources", .number(Double(summary.resources))),
            ("extends", .array(summary.extends.map(JSONOutput.string))),
        ])
    }
}
