import Foundation
import UpskillRegistryGenerator

// Adds a curriculum plugin module to the package: Plugins/NAME/NAMEPlugin.swift from the
// template, NAME appended to curriculumPlugins in Package.swift, and the registry
// regenerated. Run through `swift package --allow-writing-to-package-directory
// new-curriculum NAME`, which passes the package root and the names of its targets:
//
//     upskill-new-curriculum PACKAGE_ROOT [--taken NAME,NAME...] NAME

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("\(message)\n".utf8))
    exit(1)
}

let usage = "usage: \(CurriculumScaffold.command) NAME   (e.g. Acme: creates Plugins/Acme/AcmePlugin.swift)"
var arguments = Array(CommandLine.arguments.dropFirst())
guard !arguments.isEmpty else { fail(usage) }
let root = URL(fileURLWithPath: arguments.removeFirst(), isDirectory: true)
var taken: Set<String> = []
var names: [String] = []
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    if argument == "--taken", !arguments.isEmpty {
        taken.formUnion(arguments.removeFirst().split(separator: ",").map(String.init))
    } else if argument == "-h" || argument == "--help" {
        print(usage)
        exit(0)
    } else if argument.hasPrefix("-") {
        fail("unknown option '\(argument)'\n\(usage)")
    } else {
        names.append(argument)
    }
}
guard names.count == 1, let name = names.first else {
    fail(names.isEmpty ? "give the plugin a name\n\(usage)" : "give one name, not \(names.count)\n\(usage)")
}

do {
    let created = try CurriculumScaffold(packageRoot: root, takenNames: taken).create(name)
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
} catch {
    fail(error.message)
}
