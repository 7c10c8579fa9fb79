// libFuzzer entry point for the curriculum decoder: every input goes through the JSON
// parser, the decoder, the value rules and, when it decodes, the catalog's checks
// (references, duplicates, cycles). A trap or a sanitizer report is a finding.
//
// Build and run: Tests/Fuzz/build.sh, then .build/fuzz/fuzz-curriculum Tests/Fuzz/Corpus/curriculum
// (see "Contributing" in the README).
import UpskillCurriculum
import UpskillGraph

@_cdecl("LLVMFuzzerTestOneInput")
public func curriculumDecoderFuzzer(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let (curriculum, diagnostics) = Curriculum.decodePartially(json: bytes, source: "fuzz.json")
    for diagnostic in diagnostics { _ = diagnostic.description }
    guard let curriculum else { return 0 }
    for problem in curriculum.problems(source: "fuzz.json") { _ = problem.description }
    do throws(CurriculumError) {
        let catalog = try Catalog(sources: [
            CurriculumSource(
                name: "fuzz.json", origin: .file, curriculum: curriculum, locate: JSONDocument.locator(for: bytes))
        ])
        _ = catalog.skillCount
    } catch {
        for diagnostic in error.diagnostics { _ = diagnostic.description }
    }
    return 0
}
