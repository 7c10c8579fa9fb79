import Foundation
import Testing
import UpskillCLI

/// A curriculum file is read once and its bytes are not kept: a diagnostic that needs a
/// line reads the file again, and gives no line when the file changed in between.
@Suite("Reading curriculum files")
struct CurriculumFileTests {
    /// A file whose skill requires one that no curriculum defines: an error only the
    /// merged catalog finds, located after loading.
    static let text = """
        {"curriculum": "team", "title": "Team",
         "skills": [{"id": "team-tooling", "name": "Team tooling", "hours": 2, "requires": ["no-such-skill"]}]}
        """

    func inventory(of text: String) throws -> (CatalogLoader, CurriculumInventory, URL, URL) {
        let folder = try UpskillBinary.temporaryFolder()
        let file = folder.appendingPathComponent("team.json")
        try text.write(to: file, atomically: true, encoding: .utf8)
        var loader = CatalogLoader()
        loader.includeBuiltin = false
        loader.includePlugins = false
        loader.paths = [file.path]
        return (loader, try loader.inventory(), folder, file)
    }

    func mergeError(_ loader: CatalogLoader, _ inventory: CurriculumInventory) -> [String] {
        do {
            _ = try loader.merge(inventory)
            return []
        } catch {
            return error.lines
        }
    }

    @Test("An unchanged file is read again for the diagnostic's line and column")
    func unchangedFileIsLocated() throws {
        let (loader, inventory, folder, file) = try inventory(of: Self.text)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            mergeError(loader, inventory) == [
                "\(file.path):2:85: error: skills[0].requires[0]: unknown skill 'no-such-skill'",
                "1 error in the curricula",
            ])
    }

    @Test(
        "A file changed after reading gets no line rather than a wrong one",
        arguments: [
            "\n" + text,  // longer: the old line would be wrong
            text.replacingOccurrences(of: "Team tooling", with: "Team toolinG"),  // same length, other bytes
        ])
    func changedFileIsNotLocated(_ changed: String) throws {
        let (loader, inventory, folder, file) = try inventory(of: Self.text)
        defer { try? FileManager.default.removeItem(at: folder) }
        try changed.write(to: file, atomically: true, encoding: .utf8)
        #expect(
            mergeError(loader, inventory) == [
                "\(file.path): error: skills[0].requires[0]: unknown skill 'no-such-skill'",
                "1 error in the curricula",
            ])
    }

    @Test("A file removed after reading gets no line")
    func removedFileIsNotLocated() throws {
        let (loader, inventory, folder, file) = try inventory(of: Self.text)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: file)
        #expect(mergeError(loader, inventory).first == "\(file.path): error: skills[0].requires[0]: unknown skill 'no-such-skill'")
    }
}
