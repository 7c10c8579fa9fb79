/// JSON documents shared by the JSON test suites.
enum JSONTestFixtures {
    /// A realistic curriculum file of about 2 KB: nested objects and arrays, every kind of
    /// value, escapes, non-ASCII text and an emoji.
    static let curriculum = #"""
        {
          "format": 1,
          "id": "ds-to-mle",
          "title": "Data scientist to machine learning engineer",
          "version": "1.2.0",
          "description": "For data scientists who ship models: \"from notebook to production\".\nNo prior ops experience needed.",
          "skills": [
            {
              "id": "python",
              "name": "Python",
              "category": "languages",
              "hours": 40,
              "description": "Idiomatic Python 3, packaging and typing.",
              "requires": [],
              "aliases": ["python3"]
            },
            {
              "id": "docker",
              "name": "Docker",
              "category": "infrastructure",
              "hours": 12.5,
              "description": "Images, containers, volumes \u2014 and compose.",
              "requires": ["linux-basics"]
            },
            {
              "id": "kubernetes",
              "name": "Kubernetes 🚀",
              "category": "infrastructure",
              "hours": 30,
              "description": "Déploiements, services and données persistantes.",
              "requires": ["docker", {"anyOf": ["aws", "gcp", "azure"]}],
              "aliases": ["k8s", "kube"]
            },
            {
              "id": "ml-serving",
              "name": "Model serving",
              "category": "ml",
              "hours": 1.5e1,
              "description": "Batch and online inference; latency budgets \u0026 autoscaling.",
              "requires": ["kubernetes", "python"],
              "milestone": false
            }
          ],
          "roles": [
            {
              "id": "ml-engineer",
              "name": "Machine learning engineer",
              "description": "Builds and runs ML systems in production.",
              "includes": [],
              "requires": ["ml-serving", {"anyOf": ["aws", "gcp"]}]
            }
          ],
          "resources": [
            {
              "id": "docker-get-started",
              "title": "Docker: Get Started",
              "kind": "docs",
              "url": "https:\/\/docs.docker.com\/get-started\/",
              "hours": 4,
              "cost": 0,
              "teaches": ["docker"]
            },
            {
              "id": "k8s-book",
              "title": "Kubernetes Up & Running",
              "kind": "book",
              "url": "https://example.com/k8s",
              "hours": 25,
              "cost": 49.99,
              "teaches": ["kubernetes"],
              "rating": null,
              "free": false,
              "featured": true
            }
          ],
          "extensions": [
            {
              "skill": "kubernetes",
              "requires": ["platform-basics"],
              "resources": []
            }
          ]
        }

        """#

    /// A synthetic curriculum with `skills` skills of 8 members each, about 275 bytes a skill.
    static func syntheticCurriculum(skills: Int) -> String {
        var parts = [#"{"format": 1, "id": "synthetic", "title": "Synthetic", "skills": ["#]
        parts.reserveCapacity(skills + 2)
        for n in 0..<skills {
            parts.append(
                """
                \(n == 0 ? "" : ",")
                  {"id": "skill-\(n)", "name": "Skill \(n) — données", "category": "cat-\(n % 7)", \
                "hours": \(n % 97).5, "description": "Description of skill \(n) with \\"quotes\\" and \\u00e9.", \
                "requires": ["skill-\(n / 2)", {"anyOf": ["a-\(n)", "b-\(n)"]}], "aliases": ["old-\(n)"], \
                "milestone": \(n % 10 == 0)}
                """
            )
        }
        parts.append("\n]}\n")
        return parts.joined()
    }
}
