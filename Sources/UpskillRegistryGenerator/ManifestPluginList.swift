/// A list of plugin names in `Package.swift` (`curriculumPlugins` or `examplePlugins`):
/// the names it holds, and the manifest text with a name appended or removed.
///
/// The list is plain on purpose — string literals, commas and comments — so that a text
/// edit can maintain it; anything else in it is refused rather than guessed at.
package struct ManifestPluginList: Sendable {
    /// The declaration that opens the list of registered plugins.
    package static let declaration = "let curriculumPlugins: [String] = ["
    /// The declaration that opens the list of example plugins: built and tested, not
    /// registered.
    package static let exampleDeclaration = "let examplePlugins: [String] = ["

    /// One name of the list, and where it is in the manifest.
    private struct Entry: Sendable {
        var name: String
        /// The string literal, quotes included.
        var literal: Range<String.Index>
        /// Just after the comma that follows it, if one does.
        var afterComma: String.Index?
    }

    /// The manifest's text.
    package let manifest: String
    private let entries: [Entry]
    /// Where the closing `]` is.
    private let closingBracket: String.Index

    /// The names listed, in order.
    package var names: [String] { entries.map(\.name) }

    /// Reads a list out of a manifest.
    /// - Parameters:
    ///   - manifest: The text of `Package.swift`.
    ///   - declaration: What opens the list: ``declaration`` (the default) or
    ///     ``exampleDeclaration``.
    /// - Throws: ``ScaffoldError`` when the manifest has no such list or it holds
    ///   something other than names in quotes.
    package init(manifest: String, declaration opening: String = ManifestPluginList.declaration) throws(ScaffoldError) {
        self.manifest = manifest
        guard let declaration = manifest.range(of: opening) else {
            throw ScaffoldError(
                "Package.swift has no '\(opening) … ]' list; add one (see the README) and list the plugin modules of Plugins/ in it")
        }
        var entries: [Entry] = []
        var index = declaration.upperBound
        func unreadable(_ what: String) -> ScaffoldError {
            ScaffoldError(
                "cannot read Package.swift's \(opening.dropFirst(4).prefix { $0 != ":" }) list: \(what); keep it to names in quotes separated by commas, or edit it by hand")
        }
        while true {
            guard index < manifest.endIndex else { throw unreadable("it has no closing ']'") }
            let character = manifest[index]
            if character == "]" { break }
            if character.isWhitespace {
                index = manifest.index(after: index)
            } else if character == "," {
                guard let last = entries.indices.last, entries[last].afterComma == nil else {
                    throw unreadable("a comma without a name before it")
                }
                index = manifest.index(after: index)
                entries[last].afterComma = index
            } else if manifest[index...].hasPrefix("//") {
                index = manifest[index...].firstIndex(of: "\n") ?? manifest.endIndex
            } else if manifest[index...].hasPrefix("/*") {
                guard let end = manifest[index...].range(of: "*/") else { throw unreadable("a comment is not closed") }
                index = end.upperBound
            } else if character == "\"" {
                if let last = entries.last, last.afterComma == nil {
                    throw unreadable("a comma is missing after \"\(last.name)\"")
                }
                let start = manifest.index(after: index)
                guard let end = manifest[start...].firstIndex(where: { $0 == "\"" || $0 == "\n" || $0 == "\\" }),
                    manifest[end] == "\""
                else { throw unreadable("a name in quotes is not closed, or holds an escape") }
                let afterQuote = manifest.index(after: end)
                entries.append(Entry(name: String(manifest[start..<end]), literal: index..<afterQuote))
                index = afterQuote
            } else {
                throw unreadable("unexpected '\(character)'")
            }
        }
        self.entries = entries
        self.closingBracket = index
    }

    /// The manifest with `name` appended to the list, one name a line.
    package func appending(_ name: String) -> String {
        let lineStart = startOfLine(closingBracket)
        let bracketOnOwnLine = manifest[lineStart..<closingBracket].allSatisfy { $0 == " " || $0 == "\t" }
        let insertionPoint = bracketOnOwnLine ? lineStart : closingBracket
        let entry = (bracketOnOwnLine ? "" : "\n") + "    \"\(name)\",\n"
        var text = ""
        if let last = entries.last, last.afterComma == nil {
            text += manifest[..<last.literal.upperBound] + "," + manifest[last.literal.upperBound..<insertionPoint]
        } else {
            text += manifest[..<insertionPoint]
        }
        return text + entry + manifest[insertionPoint...]
    }

    /// The manifest without `name` in the list (and without its line, when it had one of
    /// its own), or `nil` when the list does not hold it.
    package func removing(_ name: String) -> String? {
        guard let entry = entries.first(where: { $0.name == name }) else { return nil }
        var start = entry.literal.lowerBound
        var end = entry.afterComma ?? entry.literal.upperBound
        while end < closingBracket, manifest[end] == " " { end = manifest.index(after: end) }
        let lineStart = startOfLine(start)
        if manifest[lineStart..<start].allSatisfy({ $0 == " " || $0 == "\t" }), end < manifest.endIndex,
            manifest[end] == "\n"
        {
            start = lineStart
            end = manifest.index(after: end)
        }
        return String(manifest[..<start] + manifest[end...])
    }

    private func startOfLine(_ index: String.Index) -> String.Index {
        manifest[..<index].lastIndex(of: "\n").map { manifest.index(after: $0) } ?? manifest.startIndex
    }
}
