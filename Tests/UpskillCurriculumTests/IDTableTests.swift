import Testing
import UpskillTestSupport
@testable import UpskillCurriculum

/// ``IDTable`` answers as a dictionary keyed by the ids' UTF-8 bytes does, for every sort
/// of id: short and long, ASCII and not, ids that share all but their last bytes, and many
/// more than its first capacity (so it grows).
@Suite("IDTable: ids to indices")
struct IDTableTests {
    /// Ids of every length from 0 to 40 bytes, most alike but for a few bytes, some with
    /// non-ASCII characters; each given twice in `count` draws.
    static func randomIDs(count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789.+-é日")
        return (0..<count).map { _ in
            let length = Int.random(in: 0...40, using: &random)
            let prefix = String(repeating: "skill-", count: Int.random(in: 0...2, using: &random))
            return prefix + String((0..<length).map { _ in alphabet.randomElement(using: &random) ?? "a" })
        }
    }

    @Test("Inserting and looking up agree with a dictionary keyed by the ids' bytes", arguments: [0, 1, 17, 1_000, 20_000])
    func agreesWithDictionary(count: Int) {
        let ids = Self.randomIDs(count: count, seed: UInt64(count) &+ 7)
        var table = IDTable(capacity: count / 4)
        // The reference is keyed by the ids' bytes, which is how the table tells ids apart.
        var reference: [[UInt8]: Int32] = [:]
        for (index, id) in ids.enumerated() {
            let value = Int32(index)
            let earlier = table.insert(id, value)
            #expect(earlier == reference[Array(id.utf8)], "insert of '\(id)'")
            if reference[Array(id.utf8)] == nil { reference[Array(id.utf8)] = value }
        }
        #expect(table.count == reference.count)
        for (bytes, value) in reference {
            let id = String(decoding: bytes, as: UTF8.self)
            #expect(table[id] == value, "lookup of '\(id)'")
        }
        // Ids never inserted: each id with one more byte.
        for id in ids.prefix(200) where reference[Array((id + "x").utf8)] == nil {
            #expect(table[id + "x"] == nil)
        }
    }

    @Test("Setting a value replaces it; setting nil leaves the table as it was")
    func setting() {
        var table = IDTable()
        table["docker"] = 1
        table["kubernetes"] = 2
        table["docker"] = 3
        table["docker"] = nil
        #expect(table["docker"] == 3)
        #expect(table["kubernetes"] == 2)
        #expect(table.count == 2)
        #expect(table.ids == ["docker", "kubernetes"])
    }

    @Test("Ids that differ only in the last byte, or only in length, or only in their bytes, stay apart")
    func nearIDs() {
        // "é" and "e\u{301}" are equal Strings (canonical equivalence) but different bytes:
        // the table keeps them apart, as its documentation says.
        let ids = ["a", "a\u{0}", "ab", "skill-1", "skill-2", "skill-10", "a-very-long-skill-id-of-many-bytes-1",
            "a-very-long-skill-id-of-many-bytes-2", "", "é", "e\u{301}", "日本"]
        var table = IDTable(capacity: 1)
        for (index, id) in ids.enumerated() { #expect(table.insert(id, Int32(index)) == nil, "'\(id)' is new") }
        #expect(table.count == ids.count)
        for (index, id) in ids.enumerated() {
            #expect(table[id] == Int32(index), "'\(id)'")
        }
    }

    @Test("The hash's top bit marks exactly the ids with a byte beyond ASCII", arguments: [
        ("docker", false), ("", false), ("a-very-long-skill-id-of-many-bytes", false), ("é", true),
        ("skill-é", true), ("a-very-long-skill-id-of-many-bytes-日", true), ("日本語のスキル", true),
    ])
    func asciiBit(id: String, hasNonASCII: Bool) {
        #expect((IDTable.hash(id) >> 63 != 0) == hasNonASCII)
    }

    @Test("Tables with the same ids and values are equal, whatever the order of insertion")
    func equality() {
        var first = IDTable(), second = IDTable(capacity: 100)
        for (index, id) in ["git", "docker", "onnx"].enumerated() { first[id] = Int32(index) }
        for (index, id) in ["git", "docker", "onnx"].enumerated().reversed() { second[id] = Int32(index) }
        #expect(first == second)
        second["onnx"] = 7
        #expect(first != second)
    }
}
