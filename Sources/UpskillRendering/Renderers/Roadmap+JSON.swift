import UpskillCurriculum
import UpskillPlanner

extension Roadmap {
    /// The stable machine form of a roadmap (`--format json`), described by
    /// `Sources/UpskillRendering/Schema/roadmap.schema.json`. `totalHours`, `optimal`, `steps[].skill` and
    /// `steps[].hours` are a contract: their names and meaning stay.
    ///
    /// Written straight to bytes, step by step: a 100,000-skill roadmap is tens of megabytes.
    /// - Parameter progress: Progress to include (`progress`, each step's `status` and
    ///   `hoursLogged`); `nil` for an untracked plan (`progress` is `null`).
    /// - Returns: The UTF-8 text, ending in a newline.
    package func json(progress: RoadmapProgress? = nil) -> [UInt8] {
        let view = RoadmapView(self, progress: progress)
        // About 450 bytes a step.
        var writer = JSONWriter(capacity: 1_024 + 512 * view.steps.count)
        writer.object { object in
            object.member("from", strings: request.from)
            object.member("to", strings: request.to)
            object.member("goals", strings: request.goals)
            object.member("know", strings: request.know)
            object.member("avoid", strings: request.avoid)
            object.member("order", plan.order.rawValue)
            object.key("assumed")
            object.array { array in
                for assumption in plan.assumed {
                    array.object { object in
                        object.member("role", catalog.roles[Int(assumption.role)].id)
                        object.member("members", strings: assumption.members.map { catalog.id(ofSkill: $0) })
                        object.member("assumed", catalog.id(ofSkill: assumption.assumed))
                    }
                }
            }
            object.member("totalHours", plan.totalHours)
            object.member("optimal", plan.optimal)
            object.member("lowerBound", plan.lowerBound)
            object.member("hoursPerWeek", schedule.hoursPerWeek)
            object.member("weeks", Double(schedule.weekCount))
            object.member("start", schedule.start.description)
            object.member("finish", schedule.finish.description)
            object.member("deadline", deadline?.description)
            object.member("meetsDeadline", meetsDeadline)
            object.member("requiredHoursPerWeek", deadlinePace?.requiredHoursPerWeek)
            object.member("meanTargetCompletionWeek", meanTargetCompletionWeek)
            object.key("steps")
            object.array { array in
                precondition(view.steps.count == plan.steps.count, "RoadmapView has one step per plan step")
                view.steps.withUnsafeBufferPointer { stepViews in
                    for position in plan.steps.indices {
                        writeStep(plan.steps[position], view: stepViews[position], to: &array)
                    }
                }
            }
            object.key("milestones")
            object.array { array in
                for span in milestoneSpans {
                    guard case .milestone(let role, let milestone) = plan.groups[span.group].kind else { continue }
                    let weeks = span.steps.compactMap { $0 < schedule.weeks.count ? schedule.weeks[$0] : nil }
                    array.object { object in
                        object.member("role", catalog.roles[Int(role)].id)
                        object.member("id", milestone.id)
                        object.member("title", milestone.title)
                        object.member("outcome", milestone.outcome)
                        object.member("steps", Double(span.steps.count))
                        object.member("hours", plan.steps[span.steps].reduce(0) { $0 + $1.hours })
                        object.member("startWeek", Double(weeks.first?.lowerBound ?? 0))
                        object.member("endWeek", Double(weeks.last?.upperBound ?? 0))
                    }
                }
            }
            object.key("progress")
            if let progress {
                writeProgress(progress, view: view, to: &object)
            } else {
                object.null()
            }
        }
        return writer.finished()
    }

    /// Writes one step. `view` is read in place (borrowed from the view's buffer): a copy
    /// of each would cost a dozen reference counts, 34,000 times over at 100,000 skills.
    private func writeStep(_ step: PlanStep, view: borrowing RoadmapView.Step, to writer: inout JSONWriter) {
        writer.object { object in
            object.member("skill", view.skill.id)
            object.member("name", view.skill.name)
            object.member("category", view.skill.category)
            object.member("hours", step.hours)
            object.member("startWeek", Double(view.weeks?.lowerBound ?? 0))
            object.member("endWeek", Double(view.weeks?.upperBound ?? 0))
            object.member("startDate", view.dates?.lowerBound.description)
            object.member("endDate", view.dates?.upperBound.description)
            object.member("ready", step.isReady)
            object.member("status", view.status.rawValue)
            object.member("hoursLogged", view.hoursLogged)
            object.member("because", strings: step.because.lazy.map { id(of: $0, step: step) })
            object.member("milestone", milestoneID(of: step))
            object.key("alternatives")
            object.array { array in
                for alternative in step.alternatives {
                    array.object { object in
                        object.member("skill", catalog.id(ofSkill: alternative.skill))
                        object.member("hours", alternative.hours)
                        object.member("extraHours", alternative.extraHours)
                        object.member("extraHoursExact", alternative.extraHoursExact)
                    }
                }
            }
            object.key("resources")
            object.array { array in
                for resource in view.resources { array.value(resource.json) }
            }
        }
    }

    /// The id of the milestone a step is ordered in, if any.
    private func milestoneID(of step: PlanStep) -> String? {
        guard let group = step.group, group < plan.groups.count,
            case .milestone(_, let milestone) = plan.groups[group].kind
        else { return nil }
        return milestone.id
    }

    private func writeProgress(_ progress: RoadmapProgress, view: RoadmapView, to writer: inout JSONWriter) {
        let totals = view.totals
        writer.object { object in
            object.member("today", progress.today.description)
            object.member("plannedHours", totals.plannedHours)
            object.member("doneHours", totals.doneHours)
            object.member("remainingHours", totals.remainingHours)
            object.member("percentDone", Double(totals.percentDone))
            object.member("skills", Double(totals.stepCount))
            object.member("doneSkills", Double(totals.doneCount))
            object.member("forecastFinish", totals.forecast.description)
            object.member("onTrack", totals.onTrack)
            if let figures = progress.figures {
                // The saved goal's figures, named and rounded as `status --format json` has them.
                for (key, value) in figures.jsonMembers {
                    switch value {
                    case .number(let number): object.member(key, number)
                    case .string(let text): object.member(key, text)
                    default: continue
                    }
                }
            }
            object.key("earlier")
            object.array { array in
                for step in view.earlier {
                    array.object { object in
                        object.member("skill", step.skill.id)
                        object.member("name", step.skill.name)
                        object.member("category", step.skill.category)
                        object.member("hours", step.hours)
                        object.member("status", step.status.rawValue)
                        object.member("hoursLogged", step.hoursLogged)
                        object.member("date", step.finishedOn?.description)
                    }
                }
            }
        }
    }
}
