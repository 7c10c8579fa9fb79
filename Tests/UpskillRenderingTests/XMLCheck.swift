import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses text as XML with Foundation's parser, collecting the elements and text.
final class XMLCheck: NSObject, XMLParserDelegate {
    private(set) var elements: [String] = []
    private(set) var text = ""
    private(set) var attributes: [[String: String]] = []

    /// The parse error, or `nil` when the text is well-formed XML.
    static func check(_ text: String) -> (error: String?, document: XMLCheck) {
        let document = XMLCheck()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = document
        parser.shouldResolveExternalEntities = false
        if parser.parse() { return (nil, document) }
        let error = parser.parserError.map { "\($0)" } ?? "unknown error"
        return ("line \(parser.lineNumber), column \(parser.columnNumber): \(error)", document)
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        elements.append(elementName)
        attributes.append(attributeDict)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }
}
