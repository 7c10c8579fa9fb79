/// The name of a curriculum plugin module, e.g. `Acme`, and the names derived from it:
/// the plugin type `AcmePlugin`, the id prefix `acme` of its skills and roles, and the
/// environment variable prefix `ACME`.
package struct PluginName: Hashable, Sendable {
    /// The module name, as in `Plugins/Acme/` and `curriculumPlugins`.
    package let module: String

    /// Names that may not be used: Swift keywords that start with a capital, the system
    /// modules a plugin may import, and the public types of `UpskillCurriculum` (a module
    /// named like one of them would shadow it in the generated registry or the template).
    package static let reserved: Set<String> = [
        "Self", "Type", "Protocol", "Any", "Swift", "Foundation", "FoundationEssentials", "FoundationNetworking",
        "FoundationXML", "Dispatch", "Glibc", "Musl", "Darwin", "WinSDK", "CoreFoundation", "XCTest", "Testing",
        "PackagePlugin", "PackageDescription", "Observation", "Synchronization", "RegexBuilder", "Distributed",
        "Curriculum", "Skill", "Role", "Resource", "Requirement", "SkillExtension", "Extend", "AnyOf",
        "CurriculumPlugin", "CurriculumBuilder", "CurriculumContent", "RequirementsBuilder", "ExtensionBuilder",
        "ExtensionContent", "Diagnostic", "CurriculumError", "JSONPath", "Registry", "EmbeddedCurriculum",
    ]

    /// Checks the spelling of a module name: a Swift identifier of ASCII letters, digits
    /// and underscores that starts with an uppercase letter.
    /// - Throws: ``ScaffoldError`` saying what is wrong and suggesting a name.
    package init(_ module: String) throws(ScaffoldError) {
        let suggestion = Self.suggestion(for: module)
        let hint = suggestion.map { ", e.g. \($0)" } ?? ", e.g. Acme"
        guard let first = module.unicodeScalars.first else {
            throw ScaffoldError("give the plugin a name\(hint)")
        }
        guard ("A"..."Z").contains(first) else {
            throw ScaffoldError(
                "'\(module)' must start with an uppercase letter A-Z: it names a Swift module and its type \(module)Plugin\(hint)")
        }
        guard module.unicodeScalars.allSatisfy({ Self.isIdentifierScalar($0) }) else {
            throw ScaffoldError(
                "'\(module)' must be a Swift identifier of the letters A-Z and a-z, digits and '_'\(hint)")
        }
        guard !module.hasPrefix("Upskill") else {
            throw ScaffoldError("'\(module)' is reserved: names starting with Upskill are upskill's own modules; choose another, e.g. Acme")
        }
        guard !Self.reserved.contains(module) else {
            throw ScaffoldError(
                "'\(module)' is reserved: it is the name of a Swift keyword, a system module or one of upskill's own; choose another, e.g. \(module)Co")
        }
        self.module = module
    }

    /// The type the module declares, e.g. `AcmePlugin`.
    package var typeName: String { module + "Plugin" }

    /// The prefix of the plugin's ids: the name in lowercase, words split by `-`, e.g.
    /// `acme` for `Acme`, `example-co` for `ExampleCo`, `acme-ml` for `ACME_ML`.
    package var idPrefix: String { Self.words(of: module).map { $0.lowercased() }.joined(separator: "-") }

    /// The prefix of the plugin's environment variables, e.g. `EXAMPLE_CO`.
    package var environmentPrefix: String { Self.words(of: module).map { $0.uppercased() }.joined(separator: "_") }

    /// The words of a camel-case or snake-case name: `ExampleCo` → Example, Co;
    /// `ACMELabs2` → ACME, Labs2; `Acme_ml` → Acme, ml.
    static func words(of name: String) -> [String] {
        let characters = Array(name)
        var words: [String] = []
        var current = ""
        for (index, character) in characters.enumerated() {
            if character == "_" {
                if !current.isEmpty { words.append(current) }
                current = ""
                continue
            }
            if character.isUppercase, !current.isEmpty {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                // A new word: after a lowercase letter or digit, or at the last capital of
                // an acronym followed by a lowercase letter.
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && next?.isLowercase == true) {
                    words.append(current)
                    current = ""
                }
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func isIdentifierScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
    }

    /// A valid name close to `name`, if one is easy to see: `acme` → `Acme`,
    /// `acme-labs` → `AcmeLabs`.
    private static func suggestion(for name: String) -> String? {
        guard name.allSatisfy(\.isASCII) else { return nil }
        let parts = name.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
        let candidate = parts.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        guard let first = candidate.unicodeScalars.first, ("A"..."Z").contains(first), candidate != name,
            !reserved.contains(candidate)
        else { return nil }
        return candidate
    }
}
