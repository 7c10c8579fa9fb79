import Testing
@testable import UpskillCLI

@Suite("TextTable")
struct TextTableTests {
    static let piped = TextStyle(console: Console(out: { _ in }, err: { _ in }))
    static let terminal = TextStyle(console: Console(out: { _ in }, err: { _ in }, usesColor: false, usesUnicode: true))

    static let table = TextTable(
        columns: [
            .init(title: "ID"), .init(title: "NAME", isFlexible: true), .init(title: "HOURS", alignsRight: true),
        ],
        rows: [["docker", "Docker", "20"], ["kubernetes", "Kubernetes for the busy engineer", "40"]])

    @Test("columns are padded, numbers right-aligned, no trailing spaces")
    func layout() {
        #expect(
            Self.table.lines(width: 80, style: Self.piped) == [
                "ID          NAME                              HOURS",
                "docker      Docker                               20",
                "kubernetes  Kubernetes for the busy engineer     40",
            ])
    }

    @Test("the flexible column gives way, with an ellipsis")
    func truncates() {
        #expect(
            Self.table.lines(width: 40, style: Self.piped) == [
                "ID          NAME                   HOURS",
                "docker      Docker                    20",
                "kubernetes  Kubernetes for the...     40",
            ])
        #expect(Self.table.lines(width: 40, style: Self.terminal).last == "kubernetes  Kubernetes for the b…     40")
    }

    @Test("never below the minimum: too narrow a width overflows rather than hiding everything")
    func minimum() {
        let lines = Self.table.lines(width: 10, style: Self.piped)
        #expect(lines.last == "kubernetes  Kuberne...     40")
    }

    @Test("truncate", arguments: [
        ("Kubernetes", 20, "Kubernetes"), ("Kubernetes", 10, "Kubernetes"), ("Kubernetes", 9, "Kubern..."),
        ("Kube rnetes", 8, "Kube..."), ("Kubernetes", 3, "Kub"),
    ])
    func truncate(text: String, width: Int, expected: String) {
        #expect(TextTable.truncate(text, to: width, ellipsis: "...") == expected)
    }
}
