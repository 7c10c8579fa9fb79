import UpskillCurriculum
import UpskillPlanner

/// A JSON Schema (2020-12) validator for the keywords `Sources/UpskillRendering/Schema/roadmap.schema.json` uses:
/// `type`, `enum`, `properties`, `required`, `additionalProperties: false`, `items`,
/// `minimum`, `maximum`, `pattern`, `format: date`, `oneOf` and local `$ref`s. A keyword
/// it does not know is an error, so the schema cannot say more than is checked.
struct JSONSchemaValidator {
    let root: JSONValue

    static let annotations: Set<String> = ["$schema", "$id", "$defs", "title", "description"]

    /// Every violation, as `path: message`.
    func errors(_ value: JSONValue) -> [String] {
        var errors: [String] = []
        validate(value, against: root, path: "$", errors: &errors)
        return errors
    }

    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: JSONValue? = root
        for part in reference.dropFirst(2).split(separator: "/") { node = node?.member(String(part)) }
        return node
    }

    private func validate(_ value: JSONValue, against schema: JSONValue, path: String, errors: inout [String]) {
        guard let keywords = schema.members else {
            errors.append("\(path): the schema is not an object")
            return
        }
        for keyword in keywords {
            let rule = keyword.value
            switch keyword.key {
            case _ where Self.annotations.contains(keyword.key):
                continue
            case "$ref":
                guard let target = rule.string.flatMap(resolve) else {
                    errors.append("\(path): cannot resolve \(rule.string ?? "?")")
                    continue
                }
                validate(value, against: target, path: path, errors: &errors)
            case "type":
                let allowed = rule.string.map { [$0] } ?? (rule.elements ?? []).compactMap(\.string)
                if !allowed.contains(where: { Self.matches(value, type: $0) }) {
                    errors.append("\(path): \(value.kind) is not \(allowed.joined(separator: " or "))")
                }
            case "enum":
                let options = (rule.elements ?? []).compactMap(\.string)
                if !(value.string.map(options.contains) ?? false) {
                    errors.append("\(path): \(value.string ?? "\(value.kind)") is not one of \(options)")
                }
            case "properties":
                guard let members = value.members else { continue }
                for member in members {
                    if let property = rule.member(member.key) {
                        validate(member.value, against: property, path: "\(path).\(member.key)", errors: &errors)
                    }
                }
            case "required":
                guard let members = value.members else { continue }
                let keys = Set(members.map(\.key))
                for name in (rule.elements ?? []).compactMap(\.string) where !keys.contains(name) {
                    errors.append("\(path): missing \(name)")
                }
            case "additionalProperties":
                guard rule.bool == false, let members = value.members else { continue }
                let declared = Set(schema.member("properties")?.members?.map(\.key) ?? [])
                for member in members where !declared.contains(member.key) {
                    errors.append("\(path): \(member.key) is not in the schema")
                }
            case "items":
                for (index, element) in (value.elements ?? []).enumerated() {
                    validate(element, against: rule, path: "\(path)[\(index)]", errors: &errors)
                }
            case "minimum":
                if let number = value.number, let minimum = rule.number, number < minimum {
                    errors.append("\(path): \(number) < \(minimum)")
                }
            case "maximum":
                if let number = value.number, let maximum = rule.number, number > maximum {
                    errors.append("\(path): \(number) > \(maximum)")
                }
            case "pattern":
                if let string = value.string, let pattern = rule.string, let regex = try? Regex(pattern),
                    (try? regex.firstMatch(in: string)) == nil
                {
                    errors.append("\(path): '\(string)' does not match \(pattern)")
                }
            case "format":
                if rule.string == "date", let string = value.string, CivilDate(iso: string) == nil {
                    errors.append("\(path): '\(string)' is not a date")
                }
            case "oneOf":
                let matching = (rule.elements ?? []).filter { option in
                    var optionErrors: [String] = []
                    validate(value, against: option, path: path, errors: &optionErrors)
                    return optionErrors.isEmpty
                }.count
                if matching != 1 { errors.append("\(path): matches \(matching) of oneOf, not 1") }
            default:
                errors.append("\(path): the validator does not know the keyword '\(keyword.key)'")
            }
        }
    }

    static func matches(_ value: JSONValue, type: String) -> Bool {
        switch type {
        case "object": value.kind == .object
        case "array": value.kind == .array
        case "string": value.kind == .string
        case "number": value.kind == .number
        case "integer": value.number.map { $0 == $0.rounded() } ?? false
        case "boolean": value.kind == .bool
        case "null": value.kind == .null
        default: false
        }
    }
}
