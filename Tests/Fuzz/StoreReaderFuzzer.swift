// libFuzzer entry point for the progress store reader: every input is read as a
// `state.json` and, line by line, as `journal.jsonl` entries. Each must end in a value
// or a `TrackingError`; a trap or a sanitizer report is a finding.
//
// Build and run: Tests/Fuzz/build.sh, then .build/fuzz/fuzz-store Tests/Fuzz/Corpus/store
// (see "Contributing" in the README).
@testable import UpskillTracking

@_cdecl("LLVMFuzzerTestOneInput")
public func storeReaderFuzzer(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let decoded = try StateFile.decode(bytes, file: "state.json")
        // What a change writes back must read again.
        _ = try StateFile.decode(StateFile.encode(decoded.snapshot), file: "state.json")
    } catch {
        _ = error.description
    }
    for (number, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
        do {
            let entry = try JournalLine.decode(Array(line), file: "journal.jsonl", line: number + 1)
            _ = try JournalLine.decode(Array((JournalLine.encode(entry)).utf8), file: "journal.jsonl", line: 1)
        } catch {
            _ = error.description
        }
    }
    return 0
}
