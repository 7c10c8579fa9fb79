import Foundation
import Testing
import UpskillGraph
import UpskillTracking

/// Progress belongs to the skill: it follows renames through aliases, and progress on a
/// skill no curriculum has any more is kept and reported, never dropped.
@Suite("Progress against a catalog: aliases and orphans")
struct ProgressResolutionTests {
    typealias F = TrackingFixtures
    let day1 = F.date("2026-01-05"), day2 = F.date("2026-01-06")

    /// The fixture catalog after a curriculum renamed `docker` to `containers-docker`,
    /// keeping the old id as an alias.
    static func renamedCatalog() throws -> Catalog {
        try F.catalog(replacing: [
            ("\"id\": \"docker\"", "\"id\": \"containers-docker\""),
            ("\"aliases\": [\"containers\"]", "\"aliases\": [\"containers\", \"docker\"]"),
            ("\"requires\": [\"docker\"]", "\"requires\": [\"containers-docker\"]"),
        ])
    }

    @Test("Progress recorded under an old id carries over to the renamed skill")
    func aliasCarryOver() throws {
        let catalog = try Self.renamedCatalog()
        var progress = Progress()
        _ = progress.setState(.done, of: ["docker"], on: day1)
        _ = progress.log(minutes: 30, on: "docker", date: day1)
        let resolved = progress.resolved(in: catalog)
        let skill = try #require(catalog.skill("containers-docker"))
        #expect(resolved.record(of: skill).state == .done)
        #expect(resolved.record(of: skill).minutes == 30)
        #expect(resolved.completed == ["containers-docker"])
        #expect(resolved.orphans.isEmpty)

        // Plans count it: the renamed skill is known, so Kubernetes is ready.
        progress.canonicalize(in: catalog)
        #expect(progress.skills.keys.sorted() == ["containers-docker"])
    }

    @Test("Records under an old and a new id merge: the further state wins, sessions and notes join")
    func merge() throws {
        let catalog = try Self.renamedCatalog()
        var progress = Progress()
        _ = progress.setState(.done, of: ["docker"], on: day1)
        _ = progress.addNote("old", to: "docker", date: day1)
        _ = progress.log(minutes: 20, on: "containers-docker", date: day2)
        _ = progress.addNote("new", to: "containers-docker", date: day2)
        let skill = try #require(catalog.skill("containers-docker"))
        let merged = progress.resolved(in: catalog).record(of: skill)
        #expect(merged.state == .done)
        #expect(merged.date == day1)
        #expect(merged.minutes == 20)
        #expect(merged.notes.map(\.text) == ["old", "new"])
        progress.canonicalize(in: catalog)
        #expect(progress.skills == ["containers-docker": merged])
    }

    @Test("Progress on a skill no curriculum knows is kept, reported, and survives changes")
    func orphansKept() throws {
        let folder = try F.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = try F.catalog()
        let store = ProgressStore(folder: folder.path)
        try store.update(on: day1) { progress in
            progress.setState(.done, of: ["retired-skill"], on: day1)
        }
        try store.update(on: day1) { progress in
            progress.canonicalize(in: catalog)
            return progress.setState(.done, of: ["git"], on: day1)
        }
        let progress = try store.load()
        #expect(progress[skill: "retired-skill"] == SkillProgress(state: .done, date: day1))
        let resolved = progress.resolved(in: catalog)
        #expect(resolved.orphans.map(\.id) == ["retired-skill"])
        #expect(resolved.completed == ["git"])
    }
}
