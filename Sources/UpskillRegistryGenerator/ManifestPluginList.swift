/// The `curriculumPlugins` list of `Package.swift`: the names it holds, and the manifest
/// text with one more name appended.
///
/// The list is plain on purpose — string literals, commas and comments — so that a text
/// edit can maintain it; anything else in it is refused rather than guessed at.
package struct ManifestPluginList: Sendable {
    /// The declaration that opens the list.
    package static let declaration = "let curriculumPlugins: [String] = ["

    /// The manifest's text.
    package let manifest: String
    /// The names listed, in order.
    package let names: [String]
    /// Where each name's literal ends (just after its closing quote), and whether a comma
    /// follows it.
    private let lastEntry: (end: String.Index, hasComma: Bool)?
    /// Where the closing `]` is.
    private let closingBracket: String.Index

    /// Reads the list out of a manifest.
    /// - Throws: ``ScaffoldError`` when the manifest has no such list or it holds
    ///   something other than names in quotes.
    package init(manifest: String) throws(ScaffoldError) {
        self.manifest = manifest
        guard let declaration = manifest.range(of: Self.declaration) else {
            throw ScaffoldError(
                "Package.swift has no '\(Self.declaration) … ]' list; add one (see the README) and list the plugin modules of Plugins/ in it")
        }
        var names: [String] = []
        var lastEntry: (end: String.Index, hasComma: Bool)?
        var index = declaration.upperBound
        func unreadable(_ what: String) -> ScaffoldError {
            ScaffoldError(
                "cannot read Package.swift's curriculumPlugins list: \(what); keep it to names in quotes separated by commas, or edit it by hand")
        }
        while true {
            guard index < manifest.endIndex else { throw unreadable("it has no closing ']'") }
            let character = manifest[index]
            if character == "]" { break }
            if character.isWhitespace {
                index = manifest.index(after: index)
            } else if character == "," {
                if lastEntry?.hasComma == false { lastEntry?.hasComma = true } else { throw unreadable("a comma without a name before it") }
                index = manifest.index(after: index)
            } else if manifest[index...].hasPrefix("//") {
                index = manifest[index...].firstIndex(of: "\n") ?? manifest.endIndex
            } else if manifest[index...].hasPrefix("/*") {
                guard let end = manifest[index...].range(of: "*/") else { throw unreadable("a comment is not closed") }
                index = end.upperBound
            } else if character == "\"" {
                if lastEntry?.hasComma == false { throw unreadable("a comma is missing after \"\(names.last ?? "")\"") }
                let start = manifest.index(after: index)
                guard let end = manifest[start...].firstIndex(where: { $0 == "\"" || $0 == "\n" || $0 == "\\" }),
                    manifest[end] == "\""
                else { throw unreadable("a name in quotes is not closed, or holds an escape") }
                names.append(String(manifest[start..<end]))
                index = manifest.index(after: end)
                lastEntry = (index, false)
            } else {
                throw unreadable("unexpected '\(character)'")
            }
        }
        self.names = names
        self.lastEntry = lastEntry
        self.closingBracket = index
    }

    /// The manifest with `name` appended to the list, one name a line.
    package func appending(_ name: String) -> String {
        let lineStart =
            manifest[..<closingBracket].lastIndex(of: "\n").map { manifest.index(after: $0) } ?? manifest.startIndex
        let bracketOnOwnLine = manifest[lineStart..<closingBracket].allSatisfy { $0 == " " || $0 == "\t" }
        let insertionPoint = bracketOnOwnLine ? lineStart : closingBracket
        let entry = (bracketOnOwnLine ? "" : "\n") + "    \"\(name)\",\n"
        var text = ""
        if let lastEntry, !lastEntry.hasComma {
            text += manifest[..<lastEntry.end] + "," + manifest[lastEntry.end..<insertionPoint]
        } else {
            text += manifest[..<insertionPoint]
        }
        return text + entry + manifest[insertionPoint...]
    }
}
