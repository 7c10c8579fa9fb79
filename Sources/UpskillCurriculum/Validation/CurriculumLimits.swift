/// The bounds the curriculum format puts on numbers, so that no value a file can hold
/// makes the planner's sums, the schedule's weeks or an export's size grow without end.
///
/// Stated in `Curricula/FORMAT.md`; ``Curriculum/problems(source:)`` reports a value
/// outside them with its line and column, like any other problem.
public enum CurriculumLimits {
    /// The most hours a skill or a resource may take: 10,000, five years of full-time
    /// study. A catalog of a million such skills still sums to a number every step of
    /// the planner and the schedule holds exactly.
    public static let maximumHours = 10_000.0

    /// The highest price of a resource, in US dollars.
    public static let maximumCost = 1_000_000.0

    /// The highest format version a file may name; anything larger is not a version but
    /// a mistake, and is reported as unsupported rather than "newer".
    public static let maximumFormatVersion = 1_000_000.0
}
