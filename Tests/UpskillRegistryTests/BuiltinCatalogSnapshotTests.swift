import Testing
import UpskillCurriculum
import UpskillGraph
import UpskillRegistry

/// The built-in catalog compiled into the registry is the catalog the built-in curricula
/// merge into. (That it matches `Curricula/` is the freshness test's: the snapshot is part
/// of the generated file.)
@Suite("Built-in catalog snapshot")
struct BuiltinCatalogSnapshotTests {
    static func builtinSources() -> [CurriculumSource] {
        Registry.builtinCurricula.map {
            CurriculumSource(name: $0.path, origin: .builtin, curriculum: $0.curriculum, isPrevalidated: $0.isPrevalidated)
        }
    }

    @Test("The snapshot gives the merged built-in catalog")
    func snapshotIsTheMergedCatalog() throws {
        let sources = Self.builtinSources()
        let snapshot = try #require(Registry.builtinCatalogSnapshot())
        let restored = try #require(Catalog(snapshot: snapshot, sources: sources))
        let merged = try Catalog(sources: sources)
        #expect(restored == merged)
        #expect(restored.roleMilestones.contains { !$0.isEmpty })
        // What a run that loads nothing else takes, without building the curricula.
        #expect(Catalog(snapshot: snapshot) == merged)
        #expect(snapshot.sources == merged.sources)
    }
}
