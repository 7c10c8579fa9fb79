import Testing
import UpskillPlanner
@testable import UpskillTracking

/// The store reads its dates from their bytes: it accepts exactly what `CivilDate(iso:)`
/// accepts, as the same date.
@Suite("Dates in the store")
struct StoreDateTests {
    @Test(
        "A stored date reads as CivilDate(iso:) reads it",
        arguments: [
            "2026-01-05", "2024-02-29", "2000-02-29", "1999-12-31", "0001-01-01", "9999-12-31",
            "2025-02-29", "1900-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
            "2026-01-32", "2026-1-05", "20260-01-05", "2026-01-5", "2026/01/05", "2026-01-05 ", " 2026-01-05",
            "+026-01-05", "-026-01-05", "2026--1-05", "２０26-01-05", "2026-01-0٥", "", "2026-01", "abcd-ef-gh",
        ])
    func readsAsCivilDate(text: String) {
        #expect(StoreObject.isoDate(text) == CivilDate(iso: text))
    }
}
