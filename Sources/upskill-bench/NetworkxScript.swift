import Foundation

/// The yardstick for large catalogs: a Python script with networkx doing the core of
/// `upskill plan` on the same curriculum file — load the JSON, build the requirement
/// graph (every `anyOf` member an edge), take the ancestors of the target role's skills
/// less those of the starting role's, and order them topologically — printing the order
/// as JSON. It does less than upskill (no validation, no choice among alternatives, no
/// schedule), so the ratio flatters networkx.
enum NetworkxScript {
    static let source = #"""
        import json, sys
        import networkx as nx

        path, start, target = sys.argv[1], sys.argv[2], sys.argv[3]
        with open(path, encoding="utf-8") as f:
            catalog = json.load(f)
        graph = nx.DiGraph()
        for skill in catalog["skills"]:
            graph.add_node(skill["id"])
            for item in skill.get("requires", []):
                for member in ([item] if isinstance(item, str) else item["anyOf"]):
                    graph.add_edge(member, skill["id"])
        roles = {role["id"]: role for role in catalog["roles"]}

        def cone(role):
            # One search from all the role's skills at once, through a node joined to them.
            goal = ("goal", role)
            for item in roles[role].get("requires", []):
                for member in ([item] if isinstance(item, str) else item["anyOf"]):
                    graph.add_edge(member, goal)
            skills = nx.ancestors(graph, goal)
            graph.remove_node(goal)
            return skills

        needed = cone(target) - cone(start)
        order = list(nx.topological_sort(graph.subgraph(needed)))
        json.dump({"from": start, "to": target, "steps": order}, sys.stdout)
        sys.stdout.write("\n")
        """#

    /// `python3` on `PATH` when it can import networkx; `nil` (with the reason) otherwise.
    static func python(environment: [String: String]) -> (path: String?, reason: String) {
        let candidates = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/python3" }
        guard let python = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return (nil, "no python3 on PATH")
        }
        let probe = try? ChildProcess(executable: python, arguments: ["-c", "import networkx"], environment: environment)
            .run()
        guard probe?.status == 0 else { return (nil, "\(python) cannot import networkx (pip install networkx)") }
        return (python, python)
    }

    /// Writes the script into `folder` and returns its path.
    static func write(in folder: URL) throws -> String {
        let file = folder.appendingPathComponent("networkx-plan.py")
        try source.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }
}
