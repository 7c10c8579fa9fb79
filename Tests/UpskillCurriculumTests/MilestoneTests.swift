import Testing
import UpskillCurriculum

/// Milestones of a role in the curriculum format: decoding with diagnostics at their JSON
/// path, the checks a curriculum alone allows, and the DSL's spelling.
@Suite("Milestones")
struct MilestoneTests {
    /// The diagnostics of decoding `json`, or none when it decodes.
    func diagnostics(_ json: String) -> [Diagnostic] {
        Curriculum.diagnostics(decoding: json)
    }

    /// A one-line curriculum whose only role has the given `milestones` value.
    static func role(milestones: String) -> String {
        #"{"curriculum": "c", "title": "t", "roles": [{"id": "r", "name": "R", "requires": ["git", {"anyOf": ["aws", "gcp"]}], "milestones": \#(milestones)}]}"#
    }

    @Test("A role's milestones decode in order; outcome defaults to empty")
    func decodes() throws {
        let curriculum = try Curriculum(
            json: Self.role(
                milestones: #"[{"id": "ship", "title": "Ship it", "outcome": "It runs", "skills": ["git", "aws"]}, {"id": "more", "title": "More", "skills": ["gcp"]}]"#),
            source: "x.json")
        #expect(
            curriculum.roles.first?.milestones == [
                Milestone(id: "ship", title: "Ship it", outcome: "It runs", skills: ["git", "aws"]),
                Milestone(id: "more", title: "More", outcome: "", skills: ["gcp"]),
            ])
    }

    @Test("A role without milestones has none")
    func optional() throws {
        let curriculum = try Curriculum(
            json: #"{"curriculum": "c", "title": "t", "roles": [{"id": "r", "name": "R", "requires": ["git"]}]}"#,
            source: "x.json")
        #expect(curriculum.roles.first?.milestones == [])
    }

    @Test(
        "Shape problems of a milestone name its JSON path, line and column, and what is accepted",
        arguments: [
            (
                #"[{"title": "T", "skills": ["git"]}]"#, "roles[0].milestones[0]", #"{"title""#,
                #"a milestone is missing 'id' (the milestone's id, unique in the role, e.g. "ship")"#
            ),
            (
                #"[{"id": "m", "skills": ["git"]}]"#, "roles[0].milestones[0]", #"{"id": "m""#,
                #"a milestone is missing 'title' (a short title, e.g. "Ship one of your models")"#
            ),
            (
                #"[{"id": "m", "title": "T"}]"#, "roles[0].milestones[0]", #"{"id": "m""#,
                #"a milestone is missing 'skills' (the ids of the requirements it groups, e.g. ["git", "docker"])"#
            ),
            (
                #"[{"id": "m", "title": "T", "skills": "git"}]"#, "roles[0].milestones[0].skills", #""git"}"#,
                "expected an array for 'skills', found a string"
            ),
            (
                #"[{"id": "m", "title": "T", "skills": ["git", 7]}]"#, "roles[0].milestones[0].skills[1]", "7]",
                "expected a skill id (a string), found a number"
            ),
            (
                #"[{"id": "m", "title": "T", "outcomes": "x", "skills": ["git"]}]"#, "roles[0].milestones[0].outcomes",
                #""outcomes""#,
                "unknown key 'outcomes' in a milestone; did you mean 'outcome'? allowed keys: id, title, outcome, skills"
            ),
            (
                #"[{"id": "m", "title": 3, "skills": ["git"]}]"#, "roles[0].milestones[0].title", "3,",
                "expected a string for 'title', found a number"
            ),
            (
                #"["ship"]"#, "roles[0].milestones[0]", #""ship""#, "expected a milestone (an object), found a string"
            ),
            (
                #"{"ship": ["git"]}"#, "roles[0].milestones", #"{"ship""#, "expected an array for 'milestones', found an object"
            ),
        ] as [(String, String, String, String)])
    func shapeProblem(milestones: String, path: String, at needle: String, message: String) throws {
        let json = Self.role(milestones: milestones)
        let found = diagnostics(json)
        #expect(found.count == 1, "\(found)")
        let diagnostic = try #require(found.first)
        let start = try #require(json.range(of: ": " + milestones)).lowerBound
        let offset = try #require(json[start...].range(of: needle)).lowerBound
        #expect(diagnostic.path?.description == path)
        #expect(diagnostic.line == 1)
        #expect(diagnostic.column == json.distance(from: json.startIndex, to: offset) + 1)
        #expect(diagnostic.message == message)
    }

    @Test("A curriculum alone shows malformed and duplicate milestone ids, empty titles and empty milestones")
    func problems() throws {
        let curriculum = try Curriculum(
            json: Self.role(
                milestones: #"[{"id": "Ship", "title": "A", "skills": ["git"]}, {"id": "m", "title": "", "skills": []}, {"id": "m", "title": "C", "skills": ["Docker"]}]"#),
            source: "x.json")
        #expect(
            curriculum.problems(source: "x.json").map { "\($0.path?.description ?? ""): \($0.message)" } == [
                "roles[0].milestones[0].id: 'Ship' is not a valid milestone id: ids match ^[a-z0-9][a-z0-9.+-]*$ (lowercase letters, digits, '.', '+', '-'); did you mean 'ship'?",
                "roles[0].milestones[1].title: the title of milestone 'm' is empty; say what the stage is, e.g. \"Ship one of your models\"",
                "roles[0].milestones[1].skills: milestone 'm' of role 'r' names no requirement; list the ids of the requirements it groups in 'skills', or remove it",
                "roles[0].milestones[2].id: role 'r' has two milestones with the id 'm' (the first at roles[0].milestones[1].id); give each milestone its own id",
                "roles[0].milestones[2].skills[0]: 'Docker' is not a valid id: ids match ^[a-z0-9][a-z0-9.+-]*$; did you mean 'docker'?",
            ])
    }

    @Test("Milestones can be computed in the DSL with if and for")
    func computed() {
        let stages = ["ship": ["git", "docker"], "scale": ["kubernetes"]]
        let withElectives = false
        let role = Role("r", name: "R") {
            "git"
        } milestones: {
            for id in stages.keys.sorted() {
                Milestone(id, title: id.capitalized) {
                    for skill in stages[id] ?? [] { skill }
                }
            }
            if withElectives {
                Milestone("electives", title: "Electives") { ["cpp"] }
            }
        }
        #expect(
            role.milestones == [
                Milestone(id: "scale", title: "Scale", skills: ["kubernetes"]),
                Milestone(id: "ship", title: "Ship", skills: ["git", "docker"]),
            ])
        #expect(role.requires == ["git"])
    }
}
