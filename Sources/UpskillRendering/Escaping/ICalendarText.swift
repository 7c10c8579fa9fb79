/// iCalendar (RFC 5545) text values and content lines.
package enum ICalendarText {
    /// A TEXT value: `\` `;` `,` escaped with a backslash, line breaks as `\n`, other
    /// control characters dropped (§3.3.11).
    package static func escape(_ text: String) -> String {
        var result = ""
        for character in PlainText.multiline(text) {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// A content line folded to at most 75 octets per line (§3.1): each continuation line
    /// starts with one space, and no UTF-8 sequence — nor, where it can be helped, a
    /// character made of several scalars — is split. Ends in CRLF.
    package static func fold(_ line: String) -> String {
        var result = ""
        var lineOctets = 0
        let limit = 75
        for character in line {
            let octets = character.utf8.count
            if lineOctets + octets > limit {
                if octets <= 74 {
                    result += "\r\n "
                    lineOctets = 1
                } else {
                    // A character longer than a whole line (a long emoji sequence): split
                    // it between its scalars, never inside one.
                    for scalar in character.unicodeScalars {
                        let size = String(scalar).utf8.count
                        if lineOctets + size > limit {
                            result += "\r\n "
                            lineOctets = 1
                        }
                        result.unicodeScalars.append(scalar)
                        lineOctets += size
                    }
                    continue
                }
            }
            result.append(character)
            lineOctets += octets
        }
        return result + "\r\n"
    }
}
