/// The source of a new curriculum plugin module: a working, commented example of a
/// company curriculum — company skills, an `Extend` of a built-in skill, a role that
/// includes `ml-engineer`, company resources — written with the DSL.
///
/// `swift package --allow-writing-to-package-directory new-curriculum Acme` writes it to
/// `Plugins/Acme/AcmePlugin.swift`. The example plugin shipped in `Plugins/ExampleCo/` is
/// this template for the name `ExampleCo` (a test keeps them identical), so the template is
/// compiled and tested in CI like the rest of the package.
package struct PluginTemplate: Sendable {
    /// The plugin's name.
    package let name: PluginName
    /// Whether this is upskill's own shipped example (labelled as a fictional company)
    /// rather than a company's new plugin.
    package let isShippedExample: Bool

    package init(name: PluginName, isShippedExample: Bool = false) {
        self.name = name
        self.isShippedExample = isShippedExample
    }

    /// The plugin's source file, relative to the package root, e.g.
    /// `Plugins/Acme/AcmePlugin.swift`.
    package var path: String { "Plugins/\(name.module)/\(name.typeName).swift" }

    /// The id of the role the template defines, e.g. `acme-ml-engineer`.
    package var roleID: String { "\(name.idPrefix)-ml-engineer" }

    /// The environment variable that names an extra curriculum file, e.g.
    /// `ACME_CURRICULUM_FILE`.
    package var environmentVariable: String { "\(name.environmentPrefix)_CURRICULUM_FILE" }

    /// The built-in skill the template's `Extend` adds to, and what it adds. A company's
    /// plugin extends `batch-inference`; the shipped example extends another skill that no
    /// built-in role needs, so that the example, which stays in every build, never adds
    /// its skills to the plans of a company's own role.
    package struct Extension: Sendable {
        package var skill: String
        var reason: String
        var requirement: String
        var resourceID: String
        var resourceTitle: String
        var page: String
    }

    /// What the template's `Extend` extends, and with what.
    package var extensionExample: Extension {
        let module = name.module, id = name.idPrefix
        if isShippedExample {
            return Extension(
                skill: "recommender-systems",
                reason: "At \(module), recommenders read their features from the feature store, so it comes first.",
                requirement: "\(id)-feature-store", resourceID: "\(id)-recommenders",
                resourceTitle: "Recommenders at \(module)", page: "recommenders")
        }
        // A skill no built-in role needs, so that a new plugin leaves the built-in roadmaps as
        // they are until its author chooses otherwise.
        return Extension(
            skill: "dashboards",
            reason: "At \(module), dashboards are published on the platform, so they need its basics first.",
            requirement: "\(id)-platform-basics", resourceID: "\(id)-dashboards",
            resourceTitle: "Dashboards on \(module)'s platform", page: "dashboards")
    }

    /// The file's text.
    package var source: String {
        let module = name.module, type = name.typeName, id = name.idPrefix, host = "\(name.idPrefix).example"
        let extensionExample = extensionExample
        let header: String
        let about: String
        let summary: String
        if isShippedExample {
            header = """
                // \(module): the example curriculum plugin that ships with upskill's source.
                //
                // \(module) is a fictional company. This module shows what a company's plugin looks
                // like, and it is built and tested in CI like the rest of upskill. Apart from these
                // labels it is what `swift package --allow-writing-to-package-directory new-curriculum`
                // writes for the name \(module) (a test checks), so `new-curriculum Acme` gives you
                // this file for Acme.
                //
                // It is not compiled into `upskill`: Package.swift lists it in `examplePlugins`. To
                // try it, add "\(module)" to `curriculumPlugins` too and regenerate the registry.
                """
            about = """
                /// An example plugin: the curriculum of \(module), a fictional company — its platform
                /// skills, the `\(roleID)` role (the built-in `ml-engineer` plus the platform) and
                /// its own courses and docs.
                """
            summary = "Example plugin: the curriculum of \(module), a fictional company (platform skills, the \(roleID) role, courses)."
        } else {
            header = """
                // \(module)'s curriculum for upskill, a Swift plugin module.
                //
                // Written by `swift package --allow-writing-to-package-directory new-curriculum \(module)`
                // as a working example: replace the skills, roles and resources below with \(module)'s own.
                """
            about = """
                /// \(module)'s curriculum: its platform skills, the `\(roleID)` role (the built-in
                /// `ml-engineer` plus the platform) and \(module)'s own courses and docs.
                """
            summary = "\(module)'s platform skills, the \(roleID) role and \(module)'s courses."
        }
        return """
            \(header)
            //
            // After editing this file, `swift build` is all it takes. The ids below are what people
            // type, e.g.
            //
            //     upskill plan --from data-scientist --to \(roleID)
            //
            // The builder reads like the JSON format (Curricula/FORMAT.md), and `upskill validate`
            // checks everything upskill loads. After adding, renaming or removing a folder of
            // Plugins/, run `swift package --allow-writing-to-package-directory generate-registry`.

            import Foundation
            import UpskillCurriculum

            \(about)
            ///
            /// upskill finds this type through the generated registry: a module `\(module)` in
            /// `Plugins/` declares `public struct \(type): CurriculumPlugin`.
            public struct \(type): CurriculumPlugin {
                public init() {}

                public var name: String { "\(module)" }
                public var version: String { "0.1.0" }
                public var summary: String { "\(summary)" }

                /// The curricula upskill loads from this plugin.
                ///
                /// A plugin may compute its curricula. This one also loads the JSON curriculum that
                /// `\(environmentVariable)` names, when it is set: for example a catalog exported
                /// by a learning platform, shared without rebuilding upskill.
                /// - Throws: `CurriculumError` when that file cannot be read or decoded; upskill then
                ///   names the plugin in a warning and goes on without it (`--strict` stops instead).
                public func curricula() throws -> [Curriculum] {
                    var curricula = [Self.platform]
                    if let path = ProcessInfo.processInfo.environment["\(environmentVariable)"], !path.isEmpty {
                        curricula.append(try Curriculum(contentsOfFile: path))
                    }
                    return curricula
                }

                /// The platform: what a machine learning engineer at \(module) learns beyond the
                /// industry basics.
                static let platform = Curriculum(
                    "\(id)-platform", title: "\(module)'s ML platform", version: "0.1.0",
                    description: "What a machine learning engineer at \(module) needs beyond the built-in ml-engineer role."
                ) {
                    // Skills: an id, a display name and the hours to learn it; the block lists what
                    // must be known first. A skill id is mandatory; AnyOf(...) accepts any one of
                    // several. Requirements may name built-in skills (python, docker, ...) and yours.
                    Skill(
                        "\(id)-platform-basics", name: "\(module) platform basics", hours: 4, category: "\(id)",
                        description: "Accounts, projects, environments and the command line of \(module)'s ML platform."
                    ) {
                        "linux-shell"
                        "git"
                    }
                    Skill(
                        "\(id)-feature-store", name: "\(module) feature store", hours: 6, category: "\(id)",
                        description: "Publish features to \(module)'s feature store and read them in training and serving.",
                        aliases: ["\(id)-fs"]  // former ids: progress and references under them still count
                    ) {
                        "\(id)-platform-basics"
                        "python"
                        AnyOf("sql", "spark")
                    }
                    Skill(
                        "\(id)-model-launch", name: "Launching a model at \(module)", hours: 8, category: "\(id)",
                        description: "\(module)'s review, deployment and on-call process for models in production."
                    ) {
                        "\(id)-platform-basics"
                        "docker"
                        "model-serving"
                    }

                    // A role: everything the built-in ml-engineer role requires, plus the platform.
                    Role(
                        "\(roleID)", name: "Machine learning engineer at \(module)",
                        description: "Owns models in production on \(module)'s ML platform.",
                        includes: ["ml-engineer"]
                    ) {
                        "\(id)-feature-store"
                        "\(id)-model-launch"
                        "\(extensionExample.skill)"
                    }

                    // Resources: where to learn a skill. upskill recommends company material first.
                    Resource(
                        "\(id)-platform-onboarding", title: "\(module) platform onboarding", kind: .course,
                        url: "https://learn.\(host)/platform-onboarding", hours: 3, cost: 0,
                        teaches: ["\(id)-platform-basics"])
                    Resource(
                        "\(id)-feature-store-guide", title: "\(module) feature store guide", kind: .docs,
                        url: "https://docs.\(host)/feature-store", hours: 2, cost: 0, teaches: ["\(id)-feature-store"])
                    Resource(
                        "\(id)-launch-checklist", title: "Model launch checklist", kind: .practice,
                        url: "https://docs.\(host)/model-launch", hours: 4, cost: 0, teaches: ["\(id)-model-launch"])

                    // Extend: requirements and resources added to a skill another curriculum defines.
                    // \(extensionExample.reason)
                    // An extension holds for every plan made with this build of upskill: extending a
                    // skill of the built-in roles, e.g. Extend("kubernetes") { ... }, changes their plans.
                    Extend("\(extensionExample.skill)") {
                        "\(extensionExample.requirement)"
                        Resource(
                            "\(extensionExample.resourceID)", title: "\(extensionExample.resourceTitle)", kind: .docs,
                            url: "https://docs.\(host)/\(extensionExample.page)", hours: 2, cost: 0)
                    }
                }
            }

            """
    }
}
