/// A strict RFC 4180 reader for the tests: CRLF records, quoted fields with `""` for a
/// quote; anything else is an error.
enum CSVParser {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The records of a CSV text (a leading UTF-8 byte order mark is skipped).
    static func parse(_ text: String) throws -> [[String]] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var index = 0
        var atFieldStart = true
        while index < scalars.count {
            let scalar = scalars[index]
            if atFieldStart && scalar == "\"" {
                // A quoted field, to its closing quote.
                index += 1
                while true {
                    guard index < scalars.count else { throw Failure(description: "unterminated quoted field") }
                    if scalars[index] == "\"" {
                        if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                            field.append("\"")
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    field.append(scalars[index])
                    index += 1
                }
                atFieldStart = false
                guard index == scalars.count || scalars[index] == "," || scalars[index] == "\r" else {
                    throw Failure(description: "text after a closing quote at \(index)")
                }
                continue
            }
            switch scalar {
            case ",":
                record.append(String(field))
                field = String.UnicodeScalarView()
                atFieldStart = true
                index += 1
            case "\r":
                guard index + 1 < scalars.count, scalars[index + 1] == "\n" else {
                    throw Failure(description: "a CR not followed by LF at \(index)")
                }
                record.append(String(field))
                records.append(record)
                record = []
                field = String.UnicodeScalarView()
                atFieldStart = true
                index += 2
            case "\n":
                throw Failure(description: "a bare LF at \(index)")
            case "\"":
                throw Failure(description: "a quote inside an unquoted field at \(index)")
            default:
                field.append(scalar)
                atFieldStart = false
                index += 1
            }
        }
        guard record.isEmpty && field.isEmpty else { throw Failure(description: "the last record lacks its CRLF") }
        return records
    }
}
