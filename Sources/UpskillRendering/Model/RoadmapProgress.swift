import UpskillPlanner

/// What a learner has done on a roadmap, as the renderers need it: each skill's state and
/// the hours logged on it, and the day it is.
///
/// The progress store (`upskill done`, `upskill log`, …) owns the real record; the CLI
/// turns it into this value for `upskill export`. `upskill plan` renders without one.
package struct RoadmapProgress: Sendable, Hashable {
    /// Where a skill stands.
    package enum State: String, Sendable, Hashable, CaseIterable {
        /// Learnt.
        case done
        /// Started: some hours logged, not done.
        case inProgress = "in-progress"
        /// Counted as known without studying it here.
        case skipped
    }

    /// One skill's progress.
    package struct Entry: Sendable, Hashable {
        /// Its state.
        package var state: State
        /// Hours logged on it so far (0 when none).
        package var hoursLogged: Double
        /// The day it was marked done or skipped, when known.
        package var date: CivilDate?
        /// The first day study was logged on it, when any was: the timeline draws done
        /// work from it to ``date``.
        package var started: CivilDate?

        package init(state: State, hoursLogged: Double = 0, date: CivilDate? = nil, started: CivilDate? = nil) {
            self.state = state
            self.hoursLogged = hoursLogged
            self.date = date
            self.started = started
        }
    }

    /// Today, in the learner's time zone: the timeline marks it and the forecast counts
    /// from it.
    package var today: CivilDate
    /// Progress by skill id (an alias counts for its skill). Skills not listed are not
    /// started.
    package var skills: [String: Entry]

    /// The saved goal's figures, when the roadmap is of one: every format prints its
    /// totals, percent and finish from them, as `upskill status` does.
    package var figures: ProgressFigures?

    package init(today: CivilDate, skills: [String: Entry] = [:], figures: ProgressFigures? = nil) {
        self.today = today
        self.skills = skills
        self.figures = figures
    }
}
