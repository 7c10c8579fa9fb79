import Testing
import UpskillCLI

/// upskill's own command table, checked like the sample one.
@Suite("upskill's command table")
struct UpskillCommandTableTests {
    @Test("The table is consistent and every example parses to its own command")
    func tableIsClean() {
        #expect(CommandSpecLint.problems(in: CommandTable.all + [.help]) == [])
    }
}
