import UpskillCurriculum
import UpskillGraph
import UpskillPlanner
import UpskillRendering
import UpskillTestSupport

/// A large plan for layout tests: a 310-skill curriculum where each skill needs one to
/// three of the 24 skills before it, and a role that needs the last twelve, planned from
/// nothing. The same every run.
enum SyntheticPlan {
    static let skillCount = 310

    /// The curriculum as JSON.
    static func json() -> String {
        var random = SplitMix64(seed: 2027)
        var skills: [String] = []
        for index in 0..<skillCount {
            var requires: Set<Int> = []
            if index > 0 {
                let count = 1 + Int(random.next() % 3)
                for _ in 0..<count {
                    let back = 1 + Int(random.next() % UInt64(min(24, index)))
                    requires.insert(index - back)
                }
            }
            let list = requires.sorted().map { "\"s\($0)\"" }.joined(separator: ", ")
            let hours = [2, 4, 6, 8, 10][Int(random.next() % 5)]
            skills.append(
                #"{"id": "s\#(index)", "name": "Synthetic skill \#(index)", "category": "c\#(index % 7)", "hours": \#(hours), "requires": [\#(list)]}"#
            )
        }
        let targets = ((skillCount - 12)..<skillCount).map { "\"s\($0)\"" }.joined(separator: ", ")
        return #"{"curriculum": "synthetic", "title": "Synthetic", "skills": ["# + skills.joined(separator: ",\n")
            + #"], "roles": [{"id": "synthetic-role", "name": "Synthetic role", "requires": [\#(targets)]}]}"#
    }

    /// The planned roadmap.
    static func roadmap() throws -> Roadmap {
        let curriculum = try Curriculum(json: json(), source: "synthetic.json")
        let catalog = try RenderingFixtures.catalog(curriculum)
        return try RenderingFixtures.roadmap(catalog, from: [], to: ["synthetic-role"])
    }
}
