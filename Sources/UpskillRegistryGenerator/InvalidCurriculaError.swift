import Foundation
import UpskillCurriculum

/// Why the registry was not generated: a built-in curriculum of `Curricula/` has errors.
/// The message lists each problem as `upskill validate` prints it (file, line, column).
package struct InvalidCurriculaError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// Every problem found, errors and warnings, sorted.
    package var diagnostics: [Diagnostic]

    package init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    package var description: String {
        let count = diagnostics.filter { $0.severity == .error }.count
        return (["the built-in curricula have \(count) error\(count == 1 ? "" : "s"), so \(RegistryGenerator.outputPath) was not written; fix them (`upskill validate FILE` lists them too) and run `\(RegistryGenerator.command)` again:"]
            + diagnostics.map(\.description)).joined(separator: "\n")
    }

    package var errorDescription: String? { description }
}
