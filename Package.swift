// swift-tools-version: 6.1
import PackageDescription

/// Curriculum plugin modules, one folder each in `Plugins/<Name>/`, compiled into
/// `upskill` through the generated registry.
///
/// `swift package --allow-writing-to-package-directory new-curriculum NAME` appends to
/// this list. Keep it a plain list of names: SwiftPM caches this manifest by its text, so
/// `Plugins/` must not be listed from here. A test fails when a folder is missing.
let curriculumPlugins: [String] = [
]

/// Example plugin modules in `Plugins/<Name>/`: built and tested, but not registered, so
/// that a default build shows no fictional company. To try one, add its name to
/// `curriculumPlugins` too and run `swift package --allow-writing-to-package-directory
/// generate-registry`.
let examplePlugins: [String] = [
    "ExampleCo",
]

/// Every plugin module target, each once.
let pluginModules = curriculumPlugins + examplePlugins.filter { !curriculumPlugins.contains($0) }

let package = Package(
    name: "Upskill",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "upskill", targets: ["upskill"]),
        .library(name: "UpskillCurriculum", targets: ["UpskillCurriculum"]),
    ],
    dependencies: [],
    targets: [
        // The curriculum format: value types, JSON decoding with diagnostics, the DSL and
        // the `CurriculumPlugin` protocol. The one module a plugin imports.
        .target(name: "UpskillCurriculum"),
        // The merged catalog compiled into an interned graph, and its validation. No I/O.
        .target(name: "UpskillGraph", dependencies: ["UpskillCurriculum"]),
        // The shortest learning path, its order, explanations and schedule. No I/O.
        .target(name: "UpskillPlanner", dependencies: ["UpskillGraph"]),
        // Generated: the built-in curricula and the registered plugin modules, compiled in.
        .target(
            name: "UpskillRegistry",
            dependencies: ["UpskillCurriculum", "UpskillGraph"] + curriculumPlugins.map { .target(name: $0) }
        ),
        // The progress store (atomic writes, lock, journal, versioned format, migrations)
        // and what progress means against a catalog and a plan.
        .target(name: "UpskillTracking", dependencies: ["UpskillCurriculum", "UpskillGraph", "UpskillPlanner"]),
        // One small type per output format (text, json, markdown, csv, mermaid, dot, ics,
        // html) behind one protocol, and the layered graph layout the html draws. No I/O.
        .target(
            name: "UpskillRendering", dependencies: ["UpskillCurriculum", "UpskillGraph", "UpskillPlanner"],
            exclude: ["Schema"]
        ),
        // The command line: argument parsing, commands and output, as a library.
        .target(
            name: "UpskillCLI",
            dependencies: [
                "UpskillCurriculum", "UpskillGraph", "UpskillPlanner", "UpskillRegistry", "UpskillRendering",
                "UpskillTracking",
            ]
        ),
        .executableTarget(name: "upskill", dependencies: ["UpskillCLI"]),

        // The benchmark (see "Performance" in the README) and the trivial Foundation
        // program it compares start-up with.
        .executableTarget(name: "upskill-bench", dependencies: ["UpskillCurriculum", "UpskillGraph", "UpskillPlanner"]),
        .executableTarget(name: "upskill-baseline"),

        // The registry generator: a library (so a test can check the registry is fresh),
        // its executable, and the command plugin that runs it.
        .target(name: "UpskillRegistryGenerator", dependencies: ["UpskillCurriculum", "UpskillGraph"]),
        .executableTarget(name: "upskill-generate-registry", dependencies: ["UpskillRegistryGenerator"]),
        .plugin(
            name: "GenerateRegistry",
            capability: .command(
                intent: .custom(
                    verb: "generate-registry",
                    description: "Regenerate Sources/UpskillRegistry from Curricula/*.json and the plugins in Plugins/"
                ),
                permissions: [
                    .writeToPackageDirectory(reason: "Writes Sources/UpskillRegistry/Registry+Generated.swift")
                ]
            ),
            dependencies: ["upskill-generate-registry"],
            path: "Plugins/GenerateRegistry"
        ),
        // `new-curriculum NAME`: a company's plugin module from a template, listed in
        // curriculumPlugins above, with the registry regenerated.
        .executableTarget(name: "upskill-new-curriculum", dependencies: ["UpskillRegistryGenerator"]),
        .plugin(
            name: "NewCurriculum",
            capability: .command(
                intent: .custom(
                    verb: "new-curriculum",
                    description: "Add a company's curriculum plugin: Plugins/NAME from a commented template, listed in Package.swift, registry regenerated"
                ),
                permissions: [
                    .writeToPackageDirectory(
                        reason: "Writes Plugins/NAME/NAMEPlugin.swift, adds NAME to Package.swift and regenerates the registry")
                ]
            ),
            dependencies: ["upskill-new-curriculum"],
            path: "Plugins/NewCurriculum"
        ),
        // `remove-curriculum NAME`: the reverse (for an example, its folder and its names).
        .plugin(
            name: "RemoveCurriculum",
            capability: .command(
                intent: .custom(
                    verb: "remove-curriculum",
                    description: "Remove a curriculum plugin: Plugins/NAME, its name in Package.swift, its registry entry"
                ),
                permissions: [
                    .writeToPackageDirectory(
                        reason: "Removes Plugins/NAME, takes NAME out of Package.swift and regenerates the registry")
                ]
            ),
            dependencies: ["upskill-new-curriculum"],
            path: "Plugins/RemoveCurriculum"
        ),

        .testTarget(name: "UpskillCurriculumTests", dependencies: ["UpskillTestSupport", "UpskillCurriculum"]),
        .testTarget(name: "UpskillGraphTests", dependencies: ["UpskillCurriculum", "UpskillGraph"]),
        // The example plugins are tested here, through their modules.
        .testTarget(
            name: "UpskillRegistryTests",
            dependencies: ["UpskillCurriculum", "UpskillGraph", "UpskillRegistry", "UpskillRegistryGenerator"]
                + examplePlugins.map { .target(name: $0) }
        ),
        .testTarget(name: "UpskillPlannerTests", dependencies: ["UpskillTestSupport", "UpskillGraph", "UpskillPlanner", "UpskillRegistry"]),
        .testTarget(
            name: "UpskillTrackingTests",
            dependencies: ["UpskillTestSupport", "UpskillCurriculum", "UpskillGraph", "UpskillPlanner", "UpskillTracking"]
        ),
        .testTarget(
            name: "UpskillRenderingTests",
            dependencies: ["UpskillTestSupport", "UpskillCurriculum", "UpskillGraph", "UpskillPlanner", "UpskillRegistry", "UpskillRendering"],
            exclude: ["Golden"]
        ),
        // Depends on the executable so that `swift test` builds the binary the end-to-end
        // tests run, and on the example plugins, which tests load into the command line.
        .testTarget(
            name: "UpskillCLITests",
            dependencies: ["UpskillCLI", "UpskillCurriculum", "upskill"] + examplePlugins.map { .target(name: $0) },
            exclude: ["Golden"]),
        // What the test targets share (test targets cannot import one another).
        .target(name: "UpskillTestSupport", path: "Tests/UpskillTestSupport"),
    ] + pluginModules.map { name in
        .target(name: name, dependencies: ["UpskillCurriculum"], path: "Plugins/\(name)")
    },
    swiftLanguageModes: [.v6]
)
