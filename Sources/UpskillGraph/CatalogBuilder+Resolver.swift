import UpskillCurriculum

extension CatalogBuilder {
    /// Resolves ids to indices and words the errors for ids that resolve to nothing.
    struct Resolver {
        let skillIndex: IDTable
        let skillIDs: [String]
        let roleIndex: IDTable
        let roleIDs: [String]

        func unknownSkillMessage(_ id: String) -> String {
            if roleIndex[id] != nil {
                return "'\(id)' is a role, not a skill; a role's skills are reached by listing the role in another role's 'includes'"
            }
            let hint = Suggestion.closest(to: id, in: skillIDs).map { "; did you mean '\($0)'?" } ?? ""
            return "unknown skill '\(id)'\(hint)"
        }

        func unknownRoleMessage(_ id: String) -> String {
            if skillIndex[id] != nil {
                return "'\(id)' is a skill, not a role; list skills in 'requires'"
            }
            let hint = Suggestion.closest(to: id, in: roleIDs).map { "; did you mean '\($0)'?" } ?? ""
            return "unknown role '\(id)'\(hint)"
        }
    }
}
