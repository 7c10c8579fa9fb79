// ExampleCo: the example curriculum plugin that ships with upskill's source.
//
// ExampleCo is a fictional company. This module shows what a company's plugin looks
// like, and it is built and tested in CI like the rest of upskill. Apart from these
// labels it is what `swift package --allow-writing-to-package-directory new-curriculum`
// writes for the name ExampleCo (a test checks), so `new-curriculum Acme` gives you
// this file for Acme.
//
// It is not compiled into `upskill`: Package.swift lists it in `examplePlugins`. To
// try it, add "ExampleCo" to `curriculumPlugins` too and regenerate the registry.
//
// After editing this file, `swift build` is all it takes. The ids below are what people
// type, e.g.
//
//     upskill plan --from data-scientist --to example-co-ml-engineer
//
// The builder reads like the JSON format (Curricula/FORMAT.md), and `upskill validate`
// checks everything upskill loads. After adding, renaming or removing a folder of
// Plugins/, run `swift package --allow-writing-to-package-directory generate-registry`.

import Foundation
import UpskillCurriculum

/// An example plugin: the curriculum of ExampleCo, a fictional company — its platform
/// skills, the `example-co-ml-engineer` role (the built-in `ml-engineer` plus the platform) and
/// its own courses and docs.
///
/// upskill finds this type through the generated registry: a module `ExampleCo` in
/// `Plugins/` declares `public struct ExampleCoPlugin: CurriculumPlugin`.
public struct ExampleCoPlugin: CurriculumPlugin {
    public init() {}

    public var name: String { "ExampleCo" }
    public var version: String { "0.1.0" }
    public var summary: String { "Example plugin: the curriculum of ExampleCo, a fictional company (platform skills, the example-co-ml-engineer role, courses)." }

    /// The curricula upskill loads from this plugin.
    ///
    /// A plugin may compute its curricula. This one also loads the JSON curriculum that
    /// `EXAMPLE_CO_CURRICULUM_FILE` names, when it is set: for example a catalog exported
    /// by a learning platform, shared without rebuilding upskill.
    /// - Throws: `CurriculumError` when that file cannot be read or decoded; upskill then
    ///   names the plugin in a warning and goes on without it (`--strict` stops instead).
    public func curricula() throws -> [Curriculum] {
        var curricula = [Self.platform]
        if let path = ProcessInfo.processInfo.environment["EXAMPLE_CO_CURRICULUM_FILE"], !path.isEmpty {
            curricula.append(try Curriculum(contentsOfFile: path))
        }
        return curricula
    }

    /// The platform: what a machine learning engineer at ExampleCo learns beyond the
    /// industry basics.
    static let platform = Curriculum(
        "example-co-platform", title: "ExampleCo's ML platform", version: "0.1.0",
        description: "What a machine learning engineer at ExampleCo needs beyond the built-in ml-engineer role."
    ) {
        // Skills: an id, a display name and the hours to learn it; the block lists what
        // must be known first. A skill id is mandatory; AnyOf(...) accepts any one of
        // several. Requirements may name built-in skills (python, docker, ...) and yours.
        Skill(
            "example-co-platform-basics", name: "ExampleCo platform basics", hours: 4, category: "example-co",
            description: "Accounts, projects, environments and the command line of ExampleCo's ML platform."
        ) {
            "linux-shell"
            "git"
        }
        Skill(
            "example-co-feature-store", name: "ExampleCo feature store", hours: 6, category: "example-co",
            description: "Publish features to ExampleCo's feature store and read them in training and serving.",
            aliases: ["example-co-fs"]  // former ids: progress and references under them still count
        ) {
            "example-co-platform-basics"
            "python"
            AnyOf("sql", "spark")
        }
        Skill(
            "example-co-model-launch", name: "Launching a model at ExampleCo", hours: 8, category: "example-co",
            description: "ExampleCo's review, deployment and on-call process for models in production."
        ) {
            "example-co-platform-basics"
            "docker"
            "model-serving"
        }

        // A role: everything the built-in ml-engineer role requires, plus the platform.
        Role(
            "example-co-ml-engineer", name: "Machine learning engineer at ExampleCo",
            description: "Owns models in production on ExampleCo's ML platform.",
            includes: ["ml-engineer"]
        ) {
            "example-co-feature-store"
            "example-co-model-launch"
            "recommender-systems"
        }

        // Resources: where to learn a skill. upskill recommends company material first.
        Resource(
            "example-co-platform-onboarding", title: "ExampleCo platform onboarding", kind: .course,
            url: "https://learn.example-co.example/platform-onboarding", hours: 3, cost: 0,
            teaches: ["example-co-platform-basics"])
        Resource(
            "example-co-feature-store-guide", title: "ExampleCo feature store guide", kind: .docs,
            url: "https://docs.example-co.example/feature-store", hours: 2, cost: 0, teaches: ["example-co-feature-store"])
        Resource(
            "example-co-launch-checklist", title: "Model launch checklist", kind: .practice,
            url: "https://docs.example-co.example/model-launch", hours: 4, cost: 0, teaches: ["example-co-model-launch"])

        // Extend: requirements and resources added to a skill another curriculum defines.
        // At ExampleCo, recommenders read their features from the feature store, so it comes first.
        // An extension holds for every plan made with this build of upskill: extending a
        // skill of the built-in roles, e.g. Extend("kubernetes") { ... }, changes their plans.
        Extend("recommender-systems") {
            "example-co-feature-store"
            Resource(
                "example-co-recommenders", title: "Recommenders at ExampleCo", kind: .docs,
                url: "https://docs.example-co.example/recommenders", hours: 2, cost: 0)
        }
    }
}
