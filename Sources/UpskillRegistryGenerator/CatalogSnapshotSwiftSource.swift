import UpskillCurriculum
import UpskillGraph

/// Writes the catalog of the built-in curricula, merged when the registry is generated,
/// as Swift source: a function that returns its ``CatalogSnapshot``, every table a typed
/// array literal of integers, numbers or string literals (which the optimiser lays out as
/// constant data, and which compile in a second where the same values written as calls of
/// the model's initialisers take minutes to optimise): a run builds only the catalog's
/// values from them.
package enum CatalogSnapshotSwiftSource {
    /// The name of the generated function.
    package static let functionName = "builtinCatalogSnapshot"

    /// The lines of `static func builtinCatalogSnapshot() -> CatalogSnapshot?`, indented
    /// for an extension: the snapshot of `curricula` merged as `upskill` merges the
    /// built-in curricula, or nil when they do not merge.
    package static func function(curricula: [CheckedCurriculum]) -> [String] {
        var lines = [
            "    /// The catalog of the built-in curricula alone, merged when this file was generated: a",
            "    /// run that loads no plugin and no file takes it instead of merging them again.",
            "    package static func \(functionName)() -> CatalogSnapshot? {",
        ]
        guard let snapshot = snapshot(of: curricula) else {
            return lines + ["        nil", "    }"]
        }
        func numbers(_ name: String, _ values: [Int32]) {
            lines.append("        let \(name): [Int32] = [")
            var line = ""
            for value in values {
                let written = "\(value),"
                if line.count + written.count > 100 {
                    lines.append("            " + line)
                    line = ""
                }
                line += line.isEmpty ? written : " " + written
            }
            if !line.isEmpty { lines.append("            " + line) }
            lines.append("        ]")
        }
        lines.append("        let sources: [Catalog.Source] = [")
        for source in snapshot.sources {
            lines.append(
                "            Catalog.Source(name: \(CurriculumSwiftSource.string(source.name)), origin: .\(source.origin.rawValue), curriculumID: \(CurriculumSwiftSource.string(source.curriculumID))),"
            )
        }
        lines.append("        ]")
        lines.append("        let texts: [String] = [")
        lines += snapshot.texts.map { "            \(CurriculumSwiftSource.string($0))," }
        lines.append("        ]")
        lines.append("        let numbers: [Double] = [")
        lines += snapshot.numbers.map { "            \(CurriculumSwiftSource.number($0))," }
        lines.append("        ]")
        numbers("skills", snapshot.skills)
        numbers("itemStart", snapshot.requirements[0])
        numbers("memberStart", snapshot.requirements[1])
        numbers("members", snapshot.requirements[2])
        numbers("roles", snapshot.roles)
        numbers("roleItemStart", snapshot.roleRequirements[0])
        numbers("roleMemberStart", snapshot.roleRequirements[1])
        numbers("roleMembers", snapshot.roleRequirements[2])
        numbers("resources", snapshot.resources)
        numbers("resourceStart", snapshot.resourceStart)
        numbers("rankedResources", snapshot.rankedResources)
        numbers("topologicalOrder", snapshot.topologicalOrder)
        lines.append("        let roleMilestones: [[RoleMilestone]] = [")
        for milestones in snapshot.roleMilestones {
            if milestones.isEmpty {
                lines.append("            [],")
                continue
            }
            lines.append("            [")
            for milestone in milestones {
                let items = milestone.items.map(String.init).joined(separator: ", ")
                lines.append(
                    "                RoleMilestone(id: \(CurriculumSwiftSource.string(milestone.id)), title: \(CurriculumSwiftSource.string(milestone.title)), outcome: \(CurriculumSwiftSource.string(milestone.outcome)), items: [\(items)]),"
                )
            }
            lines.append("            ],")
        }
        lines.append("        ]")
        lines += [
            "        return CatalogSnapshot(",
            "            sources: sources, texts: texts, numbers: numbers, skills: skills,",
            "            requirements: [itemStart, memberStart, members], roles: roles,",
            "            roleRequirements: [roleItemStart, roleMemberStart, roleMembers], roleMilestones: roleMilestones,",
            "            resources: resources, resourceStart: resourceStart, rankedResources: rankedResources,",
            "            topologicalOrder: topologicalOrder)",
            "    }",
        ]
        return lines
    }

    /// The snapshot of the catalog the curricula make as `upskill` loads them (named by
    /// their paths, built-in), or nil when they do not make one.
    package static func snapshot(of curricula: [CheckedCurriculum]) -> CatalogSnapshot? {
        guard !curricula.isEmpty else { return nil }
        let sources = curricula.map { CurriculumSource(name: $0.path, origin: .builtin, curriculum: $0.curriculum) }
        guard let catalog = try? Catalog(sources: sources) else { return nil }
        return CatalogSnapshot(catalog: catalog)
    }
}
