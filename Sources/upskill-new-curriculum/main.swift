import Foundation
import UpskillRegistryGenerator

// Adds a curriculum plugin module to the package: Plugins/NAME/NAMEPlugin.swift from the
// template, NAME appended to curriculumPlugins in Package.swift, and the registry
// regenerated; with --remove, takes one out the same way. Run through
// `swift package --allow-writing-to-package-directory new-curriculum NAME` (or
// `remove-curriculum NAME`), which pass the package root and the names of its targets:
//
//     upskill-new-curriculum PACKAGE_ROOT [--taken NAME,NAME...] [--remove] NAME

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("\(message)\n".utf8))
    exit(1)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard !arguments.isEmpty else { fail("usage: upskill-new-curriculum PACKAGE_ROOT [--taken NAMES] [--remove] NAME") }
let root = URL(fileURLWithPath: arguments.removeFirst(), isDirectory: true)
var taken: Set<String> = []
var names: [String] = []
var removing = false
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    if argument == "--taken", !arguments.isEmpty {
        taken.formUnion(arguments.removeFirst().split(separator: ",").map(String.init))
    } else if argument == "--remove" {
        removing = true
    } else if argument == "-h" || argument == "--help" {
        names = []
        break
    } else if argument.hasPrefix("-") {
        fail("unknown option '\(argument)'")
    } else {
        names.append(argument)
    }
}
let usage =
    removing
    ? "usage: \(CurriculumScaffold.removeCommand) NAME   (e.g. ExampleCo: removes Plugins/ExampleCo)"
    : "usage: \(CurriculumScaffold.command) NAME   (e.g. Acme: creates Plugins/Acme/AcmePlugin.swift)"
guard names.count == 1, let name = names.first else {
    fail(names.isEmpty ? "give the plugin a name\n\(usage)" : "give one name, not \(names.count)\n\(usage)")
}

do {
    let scaffold = CurriculumScaffold(packageRoot: root, takenNames: taken)
    if removing {
        let removed = try scaffold.remove(name)
        let modules = removed.pluginModules.isEmpty ? "none" : removed.pluginModules.joined(separator: ", ")
        print(
            """
            \(removed.folder.map { "Removed \($0)." } ?? "Plugins/\(name) was already gone.")
            \(removed.wasListed ? "Removed \"\(name)\" from curriculumPlugins in Package.swift." : "Package.swift did not list \"\(name)\".")
            Regenerated \(RegistryGenerator.outputPath) (plugin modules: \(modules)).

            Next: swift build
            """)
    } else {
        let created = try scaffold.create(name)
        let template = created.template
        print(
            """
            Created \(template.path): a working example of \(template.name.module)'s curriculum to edit.
            Added "\(template.name.module)" to curriculumPlugins in Package.swift.
            \(created.registryWritten ? "Wrote" : "Unchanged:") \(RegistryGenerator.outputPath) (plugin modules: \(created.pluginModules.joined(separator: ", "))).

            Next:
              swift build
              swift run upskill plugins
              swift run upskill plan --from data-scientist --to \(template.roleID)
            Then replace the example skills, role and resources in \(template.path) with \(template.name.module)'s own
            (after editing it, `swift build` is enough).
            """)
    }
} catch {
    fail(error.message)
}
