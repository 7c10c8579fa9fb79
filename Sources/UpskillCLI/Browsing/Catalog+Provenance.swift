import UpskillGraph

/// Where a skill or role comes from, for listings.
extension Catalog {
    /// The id of the curriculum that defines the skill.
    func curriculumID(ofSkill skill: Int32) -> String {
        sources[Int(skillSources[Int(skill)])].curriculumID
    }

    /// The id of the curriculum that defines the role.
    func curriculumID(ofRole role: Int32) -> String {
        sources[Int(roleSources[Int(role)])].curriculumID
    }

    /// `ds-to-mle (built-in)`, `acme (plugin Acme)` or `acme (/path/acme.json)`: the
    /// curriculum of a source and where it was loaded from.
    func provenance(ofSource index: Int32) -> String {
        let source = sources[Int(index)]
        let origin =
            switch source.origin {
            case .builtin: "built-in"
            case .plugin, .file: source.name
            }
        return "\(source.curriculumID) (\(origin))"
    }
}
