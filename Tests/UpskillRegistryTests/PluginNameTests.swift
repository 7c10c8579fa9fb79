import Testing
import UpskillRegistryGenerator

/// Plugin names: what is accepted, and the ids and variables derived from them.
@Suite("Plugin names")
struct PluginNameTests {
    @Test(
        "Ids are the name in lowercase, words split by '-'",
        arguments: [
            ("Acme", "acme", "ACME"),
            ("ExampleCo", "example-co", "EXAMPLE_CO"),
            ("ACMELabs2", "acme-labs2", "ACME_LABS2"),
            ("Acme2Labs", "acme2-labs", "ACME2_LABS"),
            ("Big_corp_", "big-corp", "BIG_CORP"),
            ("IBM", "ibm", "IBM"),
        ])
    func derivedNames(module: String, idPrefix: String, environmentPrefix: String) throws {
        let name = try PluginName(module)
        #expect(name.idPrefix == idPrefix)
        #expect(name.environmentPrefix == environmentPrefix)
        #expect(name.typeName == module + "Plugin")
        #expect(PluginTemplate(name: name).roleID == idPrefix + "-ml-engineer")
    }

    @Test(
        "Names that cannot be a plugin module are refused with a reason and a suggestion",
        arguments: [
            ("", "give the plugin a name, e.g. Acme"),
            ("acme", "'acme' must start with an uppercase letter A-Z: it names a Swift module and its type acmePlugin, e.g. Acme"),
            ("acme-labs", "'acme-labs' must start with an uppercase letter A-Z: it names a Swift module and its type acme-labsPlugin, e.g. AcmeLabs"),
            ("Acme Labs", "'Acme Labs' must be a Swift identifier of the letters A-Z and a-z, digits and '_', e.g. AcmeLabs"),
            ("Äcme", "'Äcme' must start with an uppercase letter A-Z: it names a Swift module and its type ÄcmePlugin, e.g. Acme"),
            ("Foundation", "'Foundation' is reserved: it is the name of a Swift keyword, a system module or one of upskill's own; choose another, e.g. FoundationCo"),
            ("Skill", "'Skill' is reserved"),
            ("UpskillCLI", "'UpskillCLI' is reserved: names starting with Upskill are upskill's own modules; choose another, e.g. Acme"),
        ])
    func refused(module: String, message: String) {
        #expect {
            _ = try PluginName(module)
        } throws: { error in
            (error as? ScaffoldError)?.message.hasPrefix(message) == true
        }
    }
}
