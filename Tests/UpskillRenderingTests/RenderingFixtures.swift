import Foundation
import UpskillCurriculum
import UpskillGraph
import UpskillPlanner
import UpskillRegistry
import UpskillRendering

/// Catalogs, roadmaps and progress for the rendering tests.
enum RenderingFixtures {
    /// A small curriculum: an analyst (who knows Python) becoming an ML engineer, with an
    /// `anyOf` choice, resources, and a plan of six steps over twelve weeks at 10 h/week.
    static let small = Curriculum(
        id: "small", title: "Small",
        skills: [
            Skill(id: "python", name: "Python", category: "programming", hours: 30, description: "The language."),
            Skill(id: "git", name: "Git", category: "engineering", hours: 10, description: "Version control."),
            Skill(id: "linux", name: "Linux command line", category: "engineering", hours: 15),
            Skill(
                id: "docker", name: "Docker", category: "infrastructure", hours: 20, description: "Containers.",
                requires: ["linux"]),
            Skill(id: "aws", name: "AWS", category: "cloud", hours: 25),
            Skill(id: "gcp", name: "Google Cloud", category: "cloud", hours: 20),
            Skill(
                id: "kubernetes", name: "Kubernetes", category: "infrastructure", hours: 40,
                requires: ["docker", .anyOf(["aws", "gcp"])]),
            Skill(id: "testing", name: "Software testing", category: "engineering", hours: 12, requires: ["python", "git"]),
        ],
        roles: [
            Role(id: "analyst", name: "Data analyst", requires: ["python"]),
            Role(id: "ml-engineer", name: "Machine learning engineer", requires: ["kubernetes", "testing", "git"]),
        ],
        resources: [
            Resource(
                id: "pro-git", title: "Pro Git", kind: .book, url: "https://git-scm.com/book/en/v2", hours: 10, cost: 0,
                teaches: ["git"]),
            Resource(
                id: "docker-start", title: "Docker: Get started", kind: .docs, url: "https://docs.docker.com/get-started/",
                hours: 6, cost: 0, teaches: ["docker"]),
            Resource(
                id: "k8s-basics", title: "Kubernetes Basics", kind: .docs,
                url: "https://kubernetes.io/docs/tutorials/kubernetes-basics/", hours: 4, cost: 0, teaches: ["kubernetes"]),
            Resource(
                id: "missing", title: "The Missing Semester", kind: .course, url: "https://missing.csail.mit.edu/",
                hours: 15, teaches: ["linux"]),
            Resource(
                id: "gcp-course", title: "Google Cloud Skills Boost", kind: .course, url: "https://www.cloudskillsboost.google/",
                hours: 20, cost: 29, teaches: ["gcp"]),
        ])

    /// Text that breaks naive writers of every format.
    static let hostile =
        "Quote \" comma , semi ; line\nbreak CR\r\nLF\ttab <script>alert('x')</script> & &amp; ]]> | `tick` #h $x$ *b* _i_ [l](javascript:x) \\ é 日本 🚀 %% {b} \u{1B}[31mred\u{7}"

    /// The small curriculum with hostile text in every name, description, category,
    /// resource title and URL.
    static var hostileCurriculum: Curriculum {
        var curriculum = small
        curriculum.skills = curriculum.skills.map { skill in
            var skill = skill
            skill.name = "\(skill.name) \(hostile)"
            skill.description = hostile
            skill.category = "cat, \"\(skill.category)\"\n<b>"
            return skill
        }
        curriculum.roles = curriculum.roles.map { role in
            var role = role
            role.name = "\(role.name) \(hostile)"
            role.description = hostile
            return role
        }
        curriculum.resources = curriculum.resources.map { resource in
            var resource = resource
            resource.title = "\(resource.title) \(hostile)"
            resource.url = resource.url + "?q=\"x y\"&r=<z>|`t`#é日本"
            return resource
        }
        return curriculum
    }

    static func catalog(_ curriculum: Curriculum) throws -> Catalog {
        try Catalog(sources: [CurriculumSource(name: curriculum.id, origin: .file, curriculum: curriculum)])
    }

    /// The built-in catalog (decoded once for all tests).
    static func builtinCatalog() throws -> Catalog {
        try builtin.get()
    }

    private static let builtin = Result<Catalog, any Error> {
        try Catalog(
            sources: Registry.builtinCurricula.map { embedded in
                CurriculumSource(
                    name: embedded.path, origin: .builtin,
                    curriculum: try Curriculum(json: embedded.json, source: embedded.path))
            })
    }

    static let start = CivilDate(year: 2027, month: 1, day: 4)

    /// The plan from `from` to `to`, scheduled from ``start``.
    static func roadmap(
        _ catalog: Catalog, from: [String] = ["analyst"], to: [String] = ["ml-engineer"], completed: [String] = [],
        hoursPerWeek: Double = 10, start: CivilDate = RenderingFixtures.start, deadline: CivilDate? = nil
    ) throws -> Roadmap {
        let request = PlanRequest(from: from, completed: completed, to: to)
        let plan = try Planner(catalog: catalog).plan(request)
        return Roadmap(
            catalog: catalog, request: request, plan: plan,
            schedule: Schedule(stepHours: plan.steps.map(\.hours), hoursPerWeek: hoursPerWeek, start: start),
            deadline: deadline)
    }

    /// Progress three weeks in: Git and the shell done (so they leave the plan, as
    /// `upskill export` plans it), Docker half done.
    static let progress = RoadmapProgress(
        today: CivilDate(year: 2027, month: 1, day: 25),
        skills: [
            "git": .init(state: .done, hoursLogged: 9, date: CivilDate(year: 2027, month: 1, day: 10)),
            "linux": .init(state: .done, hoursLogged: 15, date: CivilDate(year: 2027, month: 1, day: 20)),
            "docker": .init(state: .inProgress, hoursLogged: 8),
        ])

    /// The roadmap of what is left, as `upskill export` makes it: done skills known,
    /// scheduled from today with the hours still to study.
    static func trackedRoadmap(_ catalog: Catalog, progress: RoadmapProgress = RenderingFixtures.progress) throws
        -> Roadmap
    {
        let finished = progress.skills.filter { $0.value.state != .inProgress }.keys.sorted()
        let started = progress.skills.filter { $0.value.state == .inProgress }.keys.sorted()
        let request = PlanRequest(from: ["analyst"], completed: finished, to: ["ml-engineer"], started: started)
        let plan = try Planner(catalog: catalog).plan(request)
        let hours = plan.steps.map { step in
            max(0, step.hours - (progress.skills[catalog.id(ofSkill: step.skill)]?.hoursLogged ?? 0))
        }
        return Roadmap(
            catalog: catalog, request: request, plan: plan,
            schedule: Schedule(stepHours: hours, hoursPerWeek: 10, start: progress.today),
            deadline: CivilDate(year: 2027, month: 4, day: 30))
    }

    /// Every built-in format's renderer.
    static func renderers() -> [any RoadmapRenderer] {
        RoadmapFormats.builtin.map { $0.init(options: RenderOptions(generator: "upskill test")) }
    }

    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}
