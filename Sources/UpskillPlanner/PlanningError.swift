/// Why no plan could be made, worded for the learner.
package enum PlanningError: Error, Hashable, Sendable, CustomStringConvertible {
    /// An id that names no role.
    case unknownRole(String, suggestion: String?)
    /// An id that names no skill.
    case unknownSkill(String, suggestion: String?)
    /// A role id given where a skill is expected, with the option it was given to
    /// (`know`, `goal`, `avoid`).
    case roleGivenAsSkill(String, option: String)
    /// A skill id given where a role is expected, with the option it was given to
    /// (`from`, `to`).
    case skillGivenAsRole(String, option: String)
    /// Nothing to plan for.
    case noTarget
    /// A target cannot be reached: the chain of requirements leads to one whose every
    /// alternative is avoided.
    case unreachable(target: String, chain: [String], blocked: String, avoided: [String])
    /// The hours of every plan add up to more than can be counted (only a catalog that
    /// skipped validation, with hours beyond the format's bounds, can do this).
    case tooLarge

    package var description: String {
        switch self {
        case .unknownRole(let id, let suggestion):
            "unknown role '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
                + " (see 'upskill roles')"
        case .unknownSkill(let id, let suggestion):
            "unknown skill '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
                + " (see 'upskill skills')"
        case .roleGivenAsSkill(let id, let option):
            "--\(option) \(id): \(id) is a role: "
                + (option == "know"
                    ? "use --from \(id) for a role you hold, or --to \(id) for one you want"
                    : option == "goal"
                        ? "use --to \(id)" : "--\(option) takes skills (see 'upskill show \(id)' for the role's skills)")
        case .skillGivenAsRole(let id, let option):
            "--\(option) \(id): \(id) is a skill: use --\(option == "from" ? "know" : "goal") \(id)"
        case .noTarget:
            "nothing to plan for: give a role with --to ROLE or skills with --goal SKILL"
        case .unreachable(let target, let chain, let blocked, let avoided):
            "cannot reach '\(target)': it needs " + (chain + [blocked]).joined(separator: ", which needs ") + ", and "
                + (avoided.count == 1
                    ? "'\(avoided[0])' is avoided" : "every alternative is avoided (\(avoided.joined(separator: ", ")))")
                + "; drop it from --avoid"
        case .tooLarge:
            "the plan's hours add up to more than upskill can count; a curriculum gives a skill hours beyond the format's bound of 10,000 (check it with 'upskill validate FILE')"
        }
    }
}
