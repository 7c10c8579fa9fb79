import Testing
import UpskillCurriculum
import UpskillGraph
import UpskillRegistry
import UpskillRegistryGenerator

/// The built-in curricula are compiled in as Swift values, decoded and checked when the
/// registry is generated: the values are exactly what the files decode to, and a file with
/// errors stops generation with its diagnostics.
@Suite("Pre-validated curricula")
struct PrevalidatedCurriculumTests {
    @Test("Each embedded curriculum equals what its file decodes to, and is marked as its own checks find")
    func embeddedValuesMatchTheFiles() throws {
        #expect(!Registry.builtinCurricula.isEmpty)
        for embedded in Registry.builtinCurricula {
            let decoded = try Curriculum(json: embedded.json, source: embedded.path)
            #expect(embedded.curriculum == decoded, "\(embedded.path)")
            // Equality leaves out declaration sites: JSON has none, and neither may the values.
            #expect(embedded.curriculum.skills.allSatisfy { $0.declaredAt == nil })
            #expect(embedded.isPrevalidated == decoded.problems(source: embedded.path).isEmpty)
        }
    }

    @Test("The embedded curricula merge into the same catalog with or without their own checks")
    func skippingOwnChecksChangesNothing() throws {
        func catalog(prevalidated: Bool) throws -> Catalog {
            try Catalog(
                sources: Registry.builtinCurricula.map { embedded in
                    CurriculumSource(
                        name: embedded.path, origin: .builtin, curriculum: embedded.curriculum,
                        isPrevalidated: prevalidated && embedded.isPrevalidated)
                })
        }
        let checked = try catalog(prevalidated: false), trusted = try catalog(prevalidated: true)
        #expect(checked.skills == trusted.skills)
        #expect(checked.roles == trusted.roles)
        #expect(checked.resources == trusted.resources)
    }

    @Test("A curriculum with an error stops generation, with the file, line and column")
    func invalidCurriculumStopsGeneration() throws {
        let package = try ScratchPackage()
        defer { package.remove() }
        try package.write(
            "Curricula/bad.json",
            """
            {
              "curriculum": "bad",
              "title": "Bad",
              "skills": [
                {"id": "a", "name": "A", "hours": 2, "requires": ["nowhere"]}
              ]
            }
            """)
        let generator = RegistryGenerator(packageRoot: package.root)
        #expect {
            try generator.write()
        } throws: { error in
            let message = "\(error)"
            return error is InvalidCurriculaError && message.contains("Curricula/bad.json:5:")
                && message.contains("nowhere") && message.contains("was not written")
        }
        #expect(!package.exists(RegistryGenerator.outputPath))
    }

    @Test("A valid curriculum is decoded and marked pre-validated")
    func validCurriculumIsPrevalidated() throws {
        let checked = try CheckedCurriculum.check([("Curricula/x.json", #"{"curriculum": "x", "title": "X"}"#)])
        #expect(checked.map(\.isPrevalidated) == [true])
        #expect(checked.map(\.curriculum) == [Curriculum(id: "x", title: "X")])
    }

    @Test(
        "Strings are written as Swift literals that hold them exactly",
        arguments: [
            ("plain", #""plain""#),
            ("say \"hi\"", #""say \"hi\"""#),
            (#"back\slash and \(x)"#, #""back\\slash and \\(x)""#),
            ("two\nlines\tand\r", #""two\nlines\tand\r""#),
            ("bell\u{7}", #""bell\u{7}""#),
            ("café → 東京", #""café → 東京""#),
        ])
    func stringLiterals(text: String, literal: String) {
        #expect(CurriculumSwiftSource.string(text) == literal)
    }

    @Test("Numbers are written so that they read back as the same Double", arguments: [40.0, 2.5, 0.1, 1e-5, 123456.75])
    func numberLiterals(value: Double) {
        #expect(Double(CurriculumSwiftSource.number(value)) == value)
    }
}
