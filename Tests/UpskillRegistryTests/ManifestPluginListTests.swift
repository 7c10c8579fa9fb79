import Testing
import UpskillRegistryGenerator

/// Reading and appending to `Package.swift`'s `curriculumPlugins` list as text.
@Suite("Manifest plugin list")
struct ManifestPluginListTests {
    @Test(
        "Appending keeps one name a line and every comma",
        arguments: [
            ("let curriculumPlugins: [String] = [\n]\n", [], "let curriculumPlugins: [String] = [\n    \"Acme\",\n]\n"),
            ("let curriculumPlugins: [String] = []\n", [], "let curriculumPlugins: [String] = [\n    \"Acme\",\n]\n"),
            (
                "let curriculumPlugins: [String] = [\n    \"ExampleCo\",\n]\n", ["ExampleCo"],
                "let curriculumPlugins: [String] = [\n    \"ExampleCo\",\n    \"Acme\",\n]\n"
            ),
            (
                "let curriculumPlugins: [String] = [\n    \"A\",\n    \"B\"\n]\n", ["A", "B"],
                "let curriculumPlugins: [String] = [\n    \"A\",\n    \"B\",\n    \"Acme\",\n]\n"
            ),
            (
                "let curriculumPlugins: [String] = [\"A\", \"B\"]\n", ["A", "B"],
                "let curriculumPlugins: [String] = [\"A\", \"B\",\n    \"Acme\",\n]\n"
            ),
            (
                "let curriculumPlugins: [String] = [\n    \"A\"  // ours\n    /* \"Old\", */\n]\n", ["A"],
                "let curriculumPlugins: [String] = [\n    \"A\",  // ours\n    /* \"Old\", */\n    \"Acme\",\n]\n"
            ),
        ] as [(String, [String], String)])
    func appending(manifest: String, names: [String], expected: String) throws {
        let list = try ManifestPluginList(manifest: manifest)
        #expect(list.names == names)
        let appended = list.appending("Acme")
        #expect(appended == expected)
        #expect(try ManifestPluginList(manifest: appended).names == names + ["Acme"])
    }

    @Test(
        "A list that is not plain names in quotes is refused, saying why",
        arguments: [
            ("let package = Package(name: \"x\")\n", "Package.swift has no 'let curriculumPlugins: [String] = ["),
            ("let curriculumPlugins: [String] = [\"A\"\n", "it has no closing ']'"),
            ("let curriculumPlugins: [String] = [\"A\" \"B\"]", "a comma is missing after \"A\""),
            ("let curriculumPlugins: [String] = [, \"A\"]", "a comma without a name before it"),
            ("let curriculumPlugins: [String] = [names.joined()]", "unexpected 'n'"),
            ("let curriculumPlugins: [String] = [\"A\\(x)\"]", "holds an escape"),
        ])
    func refused(manifest: String, message: String) {
        #expect {
            _ = try ManifestPluginList(manifest: manifest)
        } throws: { error in
            (error as? ScaffoldError)?.message.contains(message) == true
        }
    }

    @Test(
        "Removing a name takes its line out when it had one, and keeps the rest as written",
        arguments: [
            ("let curriculumPlugins: [String] = [\n    \"Acme\",\n]\n", "let curriculumPlugins: [String] = [\n]\n"),
            (
                "let curriculumPlugins: [String] = [\n    \"ExampleCo\",\n    \"Acme\",  // ours\n    \"Beta\"\n]\n",
                "let curriculumPlugins: [String] = [\n    \"ExampleCo\",\n    // ours\n    \"Beta\"\n]\n"
            ),
            (
                "let curriculumPlugins: [String] = [\n    \"ExampleCo\",\n    \"Acme\"\n]\n",
                "let curriculumPlugins: [String] = [\n    \"ExampleCo\",\n]\n"
            ),
            ("let curriculumPlugins: [String] = [\"Acme\", \"B\"]\n", "let curriculumPlugins: [String] = [\"B\"]\n"),
            ("let curriculumPlugins: [String] = [\"A\", \"Acme\"]\n", "let curriculumPlugins: [String] = [\"A\", ]\n"),
        ] as [(String, String)])
    func removing(manifest: String, expected: String) throws {
        let list = try ManifestPluginList(manifest: manifest)
        let removed = try #require(list.removing("Acme"))
        #expect(removed == expected)
        #expect(try ManifestPluginList(manifest: removed).names == list.names.filter { $0 != "Acme" })
        #expect(list.removing("Absent") == nil)
    }
}
