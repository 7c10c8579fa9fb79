import UpskillPlanner
import UpskillTracking

/// What `upskill log` asks `--force` for: study time that is more likely a typo than a
/// day's work.
///
/// - More than ``dayMinutes`` (16 h) logged on one day, all skills together, this entry
///   included.
/// - More than ``estimateFactor`` (twice) a skill's estimate logged on it in all, this
///   entry included (skills no curriculum has any more have no estimate and no limit).
///
/// On a terminal the entry is refused with a message naming `--force` (exit 1); when
/// standard input is not a terminal (a script, an import) it is recorded with a warning
/// on standard error, so that a batch is never left half done.
struct LogLimits {
    /// The most minutes one day takes without `--force`.
    static let dayMinutes = 16 * 60
    /// How many times its estimate a skill takes without `--force`.
    static let estimateFactor = 2.0

    /// The sentences saying which limits logging `minutes` on `skill` on `date` passes,
    /// empty when none.
    /// - Parameters:
    ///   - progress: The progress before this entry.
    ///   - estimateHours: The skill's estimate, `nil` when no curriculum has it.
    static func exceeded(
        logging minutes: Int, on skill: String, date: CivilDate, progress: Progress, estimateHours: Double?
    ) -> [String] {
        var exceeded: [String] = []
        let day = progress.skills.values.reduce(minutes) { total, record in
            total + record.sessions.filter { $0.date == date }.reduce(0) { $0 + $1.minutes }
        }
        if day > dayMinutes {
            exceeded.append(
                "that makes \(StudyDuration.format(minutes: day)) logged on \(date), more than \(dayMinutes / 60)h in one day"
            )
        }
        let onSkill = progress[skill: skill].minutes + minutes
        if let estimateHours, estimateHours > 0, Double(onSkill) > estimateHours * 60 * estimateFactor {
            exceeded.append(
                "that makes \(StudyDuration.format(minutes: onSkill)) on \(skill), more than twice its estimate of \(formatHours(estimateHours))h"
            )
        }
        return exceeded
    }
}
