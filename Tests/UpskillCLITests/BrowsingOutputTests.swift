import Foundation
import Testing
@testable import UpskillCLI

/// What roles, skills and show print, run in this process over the built-in catalog:
/// tables that fit the width, plain text when piped, JSON with the documented fields, and
/// errors that suggest the right id.
@Suite("roles, skills and show (in process)")
struct BrowsingOutputTests {
    typealias H = CommandLineHarness

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    /// The catalog the commands see (the built-in curricula and any plugin modules).
    static let catalog = try? CatalogLoader().load().catalog

    // MARK: roles

    @Test("roles lists every built-in role with its size")
    func roles() {
        let result = H.run(["roles"])
        #expect(result.status == .success)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.split(separator: " ") == ["ID", "NAME", "SKILLS", "HOURS"])
        #expect(lines.count == (Self.catalog?.roles.count ?? 0) + 1)
        #expect(lines.contains { $0.hasPrefix("ml-engineer ") && $0.contains("Machine learning engineer") })
        #expect(result.stderr.isEmpty)
    }

    @Test("roles --format json has the documented fields, consistent with each other")
    func rolesJSON() throws {
        let result = H.run(["roles", "--format", "json"])
        let roles = try #require(try Self.json(result.stdout) as? [[String: Any]])
        #expect(roles.count == Self.catalog?.roles.count)
        for role in roles {
            #expect(
                Set(role.keys) == [
                    "id", "name", "description", "includes", "skills", "mandatorySkills", "choices", "hours", "curriculum",
                ])
            #expect(role["skills"] as? Int == (role["mandatorySkills"] as? Int ?? -1) + (role["choices"] as? Int ?? -1))
            #expect(role["curriculum"] is String)
        }
        let ids = roles.compactMap { $0["id"] as? String }
        #expect(ids == ids.sorted())
        let mle = try #require(roles.first { $0["id"] as? String == "ml-engineer" })
        #expect(mle["includes"] as? [String] == [])
        #expect(mle["curriculum"] as? String == "ds-to-mle")
        let edge = try #require(roles.first { $0["id"] as? String == "edge-inference-engineer" })
        #expect(edge["includes"] as? [String] == ["ml-engineer"])
    }

    @Test("a role's mandatory skills include its included role's")
    func includedRolesCount() throws {
        let roles = try #require(try Self.json(H.run(["roles", "--format", "json"]).stdout) as? [[String: Any]])
        func mandatory(_ id: String) -> Int { roles.first { $0["id"] as? String == id }?["mandatorySkills"] as? Int ?? 0 }
        #expect(mandatory("ml-engineer") > mandatory("software-engineer"))
        #expect(mandatory("ml-platform-engineer") > mandatory("mlops-engineer"))
    }

    // MARK: skills

    @Test("skills --search matches ids, names, aliases and descriptions, ignoring case")
    func search() throws {
        func ids(_ text: String) throws -> [String] {
            let result = H.run(["skills", "--search", text, "--format", "json"])
            #expect(result.status == .success, "\(result.stderr)")
            return try #require(try Self.json(result.stdout) as? [[String: Any]]).compactMap { $0["id"] as? String }
        }
        #expect(try ids("KUBERNETES-OP") == ["kubernetes-operators"])  // id
        #expect(try ids("Amazon Web") == ["aws"])  // name
        #expect(try ids("k8s") == ["kubernetes"])  // alias
        #expect(try ids("python3") == ["python"])  // alias
        #expect(try ids("kubectl").contains("kubernetes"))  // description
        #expect(try ids("no such thing anywhere") == [])
    }

    @Test("skills --category keeps one category; an unknown one lists them and suggests")
    func category() throws {
        let result = H.run(["skills", "--category", "Cloud", "--format", "json"])
        let skills = try #require(try Self.json(result.stdout) as? [[String: Any]])
        #expect(!skills.isEmpty)
        #expect(skills.allSatisfy { $0["category"] as? String == "cloud" })
        #expect(
            Set(skills.first?.keys.map { $0 } ?? [])
                == ["id", "name", "category", "hours", "description", "aliases", "curriculum"])

        let wrong = H.run(["skills", "--category", "infra"])
        #expect(wrong.status == .usage)
        #expect(wrong.stdout.isEmpty)
        #expect(wrong.stderr.hasPrefix("error: unknown category 'infra' for '--category' (expected one of: capstone, cloud, data, "))
        #expect(wrong.stderr.contains("; did you mean 'infrastructure'?\nRun 'upskill skills --help' for usage.\n"))
    }

    @Test("skills that match nothing print nothing and say so on standard error")
    func noMatch() {
        let result = H.run(["skills", "--search", "zzzz"])
        #expect(result.status == .success)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "No skill matches 'zzzz'.\n")
    }

    // MARK: Width, terminal, pipe

    /// The narrowest width each table fits: ids are never cut, names and categories keep
    /// at least 10 characters, the number columns their titles' width, two spaces apart.
    static let narrowest = [
        "roles": (catalog?.roles.map(\.id.count).max() ?? 0) + 2 + 10 + 2 + 6 + 2 + 5,
        "skills": (catalog?.skills.map(\.id.count).max() ?? 0) + 2 + 10 + 2 + 5 + 2 + 10,
    ]

    @Test("tables fit the width; long names end in ... when piped and … on a terminal", arguments: [40, 50, 61, 80, 100])
    func fitsWidth(width: Int) {
        for terminal in [false, true] {
            for argv in [["roles"], ["skills"]] {
                let result = H.run(argv, width: width, terminal: terminal)
                let plain = result.stdout.replacing(/\u{1B}\[[0-9;]*m/, with: "")
                let lines = plain.split(separator: "\n")
                if width >= Self.narrowest[argv[0], default: 0] {
                    #expect(lines.allSatisfy { $0.count <= width }, "\(argv) at \(width)")
                } else {
                    #expect(lines.allSatisfy { $0.count <= Self.narrowest[argv[0], default: 0] }, "\(argv) at \(width)")
                }
                #expect(lines.allSatisfy { $0.last != " " })
                if !terminal { #expect(!plain.contains("…")) }
            }
        }
        // The id column is as wide as the longest role id, which plugins may lengthen.
        let narrow = H.run(["roles"], width: 50)
        let row = narrow.stdout.split(separator: "\n").first { $0.hasPrefix("ml-engineer ") }
        #expect(row?.contains(" Machine") == true && row?.contains("...") == true, "\(narrow.stdout)")
        #expect(row?.hasSuffix("      79    893") == true, "\(narrow.stdout)")
        let wide = H.run(["skills"], width: 200)
        #expect(!wide.stdout.contains("..."))
        #expect(wide.stdout.contains("Classical machine learning (scikit-learn)"))
    }

    @Test("colour and Unicode only on a terminal")
    func terminalOnly() {
        for argv in [["roles"], ["skills"], ["show", "kubernetes"], ["show", "ml-engineer"]] {
            let piped = H.run(argv, width: 60)
            #expect(!piped.stdout.contains("\u{1B}["), "\(argv)")
            #expect(piped.stdout.unicodeScalars.allSatisfy { $0.isASCII }, "\(argv)")
            let terminal = H.run(argv, width: 60, terminal: true)
            #expect(terminal.stdout.contains("\u{1B}[1m"), "\(argv)")
        }
        #expect(H.run(["show", "mlops-engineer"], terminal: true).stdout.contains("└── software-engineer (role)"))
        #expect(H.run(["show", "mlops-engineer"]).stdout.contains("`-- software-engineer (role)"))
    }

    // MARK: show

    @Test("show ROLE lists the role's milestones in order after its requirements")
    func roleMilestones() throws {
        let output = H.run(["show", "ml-engineer"], width: 200).stdout
        let milestones = try #require(output.components(separatedBy: "Milestones:\n").dropFirst().first)
        #expect(
            milestones.hasPrefix(
                """
                1. ship: Ship one of your models (14 requirements)
                   One of your own models runs as a tested, containerised API that CI deploys, with its handover contract written down
                   git, linux-shell, pytorch|tensorflow, python-packaging, python-tooling, clean-code, code-review, software-testing, model-handover, apis, docker, model-serving, ci-cd, capstone-ship
                2. operate: Operate it in the cloud (16 requirements)
                """), "\(milestones)")
        #expect(milestones.contains("4. llm: "))
        // A role that includes another inherits its milestones, then adds its own.
        let edge = H.run(["show", "edge-inference-engineer"], width: 200).stdout
        #expect(edge.contains("1. ship: Ship one of your models (14 requirements)"))
        #expect(edge.contains("5. edge: Edge and high-performance inference (6 requirements)"))
        #expect(!H.run(["show", "data-scientist"]).stdout.contains("Milestones:"))
    }

    @Test("show SKILL: facts, requirements with alternatives, dependents, resources")
    func showSkill() {
        let result = H.run(["show", "computer-vision"])
        #expect(result.status == .success, "\(result.stderr)")
        let text = result.stdout
        #expect(text.hasPrefix("computer-vision: Computer vision\nskill - machine-learning - "))
        #expect(text.contains(" hours - from ds-to-mle (built-in)\n"))
        #expect(text.contains("\nRequires:\n  deep-learning "))
        #expect(text.contains("\n  any one of:\n    pytorch "))
        #expect(text.contains("\nRequired by:\n"))
        #expect(text.contains("\n  research-engineer    Research engineer (role, as an alternative)\n"))
        #expect(text.contains("\nResources, best first:\n  1. "))
        #expect(!text.contains("Your progress"))

        let aliased = H.run(["show", "k8s"])
        #expect(aliased.stdout.hasPrefix("kubernetes: Kubernetes\n"))
        #expect(aliased.stdout.contains("Also known as: k8s\n"))
        #expect(H.run(["show", "Docker"]).stdout.hasPrefix("docker: Docker\n"))
    }

    @Test("show ROLE: the requirements as a tree, included roles as subtrees")
    func showRole() {
        let result = H.run(["show", "ml-platform-engineer"])
        #expect(result.status == .success, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "ml-platform-engineer: ML platform engineer")
        #expect(lines[1] == "role - from ds-to-mle (built-in) - includes mlops-engineer")
        #expect(lines.contains { $0.hasPrefix("`-- mlops-engineer (role) ") })
        #expect(lines.contains { $0.hasPrefix("    `-- software-engineer (role) ") })
        #expect(lines.contains { $0.hasPrefix("    |-- any one of") })
        #expect(lines.contains { $0.hasPrefix("        |-- git ") && $0.hasSuffix("10 h  Git") })
    }

    @Test("show --format json, for a skill and for a role")
    func showJSON() throws {
        let skill = try #require(try Self.json(H.run(["show", "kubernetes", "--format", "json"]).stdout) as? [String: Any])
        #expect(skill["kind"] as? String == "skill")
        #expect(skill["id"] as? String == "kubernetes")
        #expect(skill["aliases"] as? [String] == ["k8s"])
        #expect(skill["progress"] is NSNull)
        let requires = try #require(skill["requires"] as? [[String: Any]])
        #expect(requires.first?["skill"] as? String == "docker")
        let requiredBy = try #require(skill["requiredBy"] as? [[String: Any]])
        #expect(requiredBy.contains { $0["kind"] as? String == "role" && $0["id"] as? String == "ml-engineer" })
        #expect(requiredBy.contains { $0["kind"] as? String == "skill" && $0["id"] as? String == "helm" })
        let resources = try #require(skill["resources"] as? [[String: Any]])
        #expect(resources.allSatisfy { $0["url"] is String && $0["title"] is String })

        let serving = try #require(try Self.json(H.run(["show", "computer-vision", "--format", "json"]).stdout) as? [String: Any])
        let alternatives = try #require(serving["requires"] as? [[String: Any]]).compactMap { $0["anyOf"] as? [[String: Any]] }
        #expect(alternatives.first?.compactMap { $0["skill"] as? String }.contains("pytorch") == true)

        let role = try #require(try Self.json(H.run(["show", "edge-inference-engineer", "--format", "json"]).stdout) as? [String: Any])
        #expect(role["kind"] as? String == "role")
        #expect(role["includes"] as? [String] == ["ml-engineer"])
        let items = try #require(role["requires"] as? [[String: Any]])
        let included = try #require(items.first { $0["role"] as? String == "ml-engineer" })
        #expect((included["requires"] as? [[String: Any]])?.contains { $0["anyOf"] != nil } == true)
        let milestones = try #require(role["milestones"] as? [[String: Any]])
        #expect(milestones.compactMap { $0["id"] as? String } == ["ship", "operate", "scale", "llm", "edge"])
        let ship = try #require(milestones.first?["requires"] as? [[String: Any]])
        #expect(ship.contains { $0["skill"] as? String == "git" })
    }

    @Test(
        "show with an unknown id exits 64 and suggests skills and roles",
        arguments: [
            ("dokcer", "unknown skill or role 'dokcer'; did you mean 'docker'?"),
            ("ml-enginer", "unknown skill or role 'ml-enginer'; did you mean 'ml-engineer'?"),
            ("kube", "unknown skill or role 'kube'; did you mean 'kubernetes', 'kubeflow-pipelines' or 'kubernetes-operators'?"),
            ("quantum-computing", "unknown skill or role 'quantum-computing'"),
        ])
    func showUnknown(id: String, message: String) {
        let result = H.run(["show", id])
        #expect(result.status == .usage)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: \(message)\nRun 'upskill show --help' for usage.\n")
    }

    @Test("the progress seam: a record prints under 'Your progress' and in JSON")
    func progressSeam() throws {
        let loaded = try CatalogLoader().load()
        let docker = try #require(loaded.catalog.skill("docker"))
        let record = SkillProgressSummary(
            state: "done", since: "2026-01-03",
            notes: [.init(date: "2026-01-04", text: "Rebuilt the team's images with multi-stage builds.")])
        let console = Console(out: { _ in }, err: { _ in })
        let text = SkillTextRenderer(console: console).render(docker, in: loaded.catalog, progress: record)
        #expect(text.hasSuffix("\nYour progress: done since 2026-01-03\n  2026-01-04  Rebuilt the team's images with multi-stage builds.\n"))
        let json = try #require(
            try Self.json(CatalogJSON.skillDetail(docker, in: loaded.catalog, progress: record).rendered()) as? [String: Any])
        let progress = try #require(json["progress"] as? [String: Any])
        #expect(progress["state"] as? String == "done")
        #expect((progress["notes"] as? [[String: Any]])?.first?["text"] as? String == "Rebuilt the team's images with multi-stage builds.")
    }

    @Test("DidYouMean offers a few containing ids, else the closest one")
    func didYouMean() {
        let ids = ["kubernetes", "kubeflow-pipelines", "kubernetes-operators", "docker", "python"]
        #expect(DidYouMean.candidates(for: "kube", in: ids) == ["kubernetes", "kubeflow-pipelines", "kubernetes-operators"])
        #expect(DidYouMean.candidates(for: "dcoker", in: ids) == ["docker"])
        #expect(DidYouMean.candidates(for: "zzz", in: ids) == [])
        #expect(DidYouMean.suffix(for: "pyth", in: ids) == "; did you mean 'python'?")
        #expect(DidYouMean.suffix(for: "zzz", in: ids) == "")
    }
}
