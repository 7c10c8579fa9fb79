/// A Swift module in `Plugins/<Name>/` that contributes curricula to upskill.
///
/// A plugin module named `Acme` declares `public struct AcmePlugin: CurriculumPlugin`;
/// `swift package --allow-writing-to-package-directory generate-registry` lists it in the
/// registry that is compiled into `upskill`.
///
/// ```swift
/// import UpskillCurriculum
///
/// public struct AcmePlugin: CurriculumPlugin {
///     public init() {}
///     public var name: String { "Acme" }
///     public var version: String { "1.0.0" }
///     public var summary: String { "Acme's platform skills and roles." }
///     public func curricula() throws -> [Curriculum] { [ /* … */ ] }
/// }
/// ```
public protocol CurriculumPlugin: Sendable {
    /// Creates the plugin. Keep it cheap: do the work in ``curricula()``.
    init()
    /// The plugin's name as `upskill plugins` lists it, e.g. "Acme".
    var name: String { get }
    /// The plugin's own version, e.g. "1.2.0".
    var version: String { get }
    /// One sentence on what the plugin adds.
    var summary: String { get }
    /// The curricula the plugin contributes. It may compute them, for example by reading
    /// a catalog file named by an environment variable.
    /// - Throws: Any error; upskill names the plugin, warns, and goes on without it
    ///   (or stops, with `--strict`).
    func curricula() throws -> [Curriculum]
}
