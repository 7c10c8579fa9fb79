/// One member of a JSON object: a key and its value.
package struct JSONMember: Sendable {
    /// The decoded key.
    package var key: String
    /// The byte offset of the key's opening quote.
    package var keyOffset: Int
    /// The member's value.
    package var value: JSONValue

    /// Creates a member.
    package init(key: String, keyOffset: Int, value: JSONValue) {
        self.key = key
        self.keyOffset = keyOffset
        self.value = value
    }

    /// The line and column of the key's opening quote.
    package var keyPosition: SourcePosition {
        value.document.position(ofOffset: keyOffset)
    }
}
