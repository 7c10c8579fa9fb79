import Testing
@testable import UpskillCurriculum

/// The id rule, `^[a-z0-9][a-z0-9.+-]*$`, checked byte by byte.
@Suite("Identifier")
struct IdentifierTests {
    @Test("Ids that match the pattern", arguments: ["docker", "c++", "k8s", "0day", "python3.12", "a", "ml-engineer", "x.y+z-1"])
    func valid(_ id: String) {
        #expect(Identifier.isValid(id))
    }

    @Test(
        "Ids that do not",
        arguments: [
            "", "Docker", "-docker", ".hidden", "+plus", "a b", "a_b", "a/b", "café", "a\u{0}", "ÿ", "docker\n", "DOCKER",
            "a:b", "{", "`",
        ])
    func invalid(_ id: String) {
        #expect(!Identifier.isValid(id))
    }

    @Test("Every ASCII byte agrees with the pattern, first and later")
    func everyByte() {
        for byte in UInt8(0)...UInt8(127) {
            let id = String(decoding: [byte], as: UTF8.self)
            let expected = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            #expect(Identifier.isValid(id) == expected, "byte \(byte)")
            let later = "a" + id
            #expect(Identifier.isValid(later) == (expected || ".+-".utf8.contains(byte)), "byte \(byte) after a letter")
        }
    }
}
